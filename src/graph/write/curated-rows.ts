import {
  CURATED_KINDS,
  EVIDENCE_CODES,
  type AnnotationContent,
  type CuratedKindName,
  type CuratedNodeContent,
  type CuratedPredicateName,
} from '../../domain/curated';
import { canonicalJson, normalizeName, sha256 } from '../../domain';
import { xrefToken } from '../xref-token';

/**
 * The curated layer as the rows the write statements take: a node's names and
 * an edge's evidence flattened (Neo4j stores no maps), each row with the
 * content hash the diff compares.
 */

export interface CuratedNodeRow {
  id: string;
  kind: CuratedKindName;
  hash: string;
  props: Record<string, unknown>;
}

export interface AnnotationRow {
  id: string;
  predicate: CuratedPredicateName;
  subject: string;
  object: string;
  hash: string;
  props: Record<string, unknown>;
}

export function curatedNodeRow(n: CuratedNodeContent): CuratedNodeRow {
  const exact = n.names.filter((name) => name.scope === 'exact').map((name) => name.text);
  const props: Record<string, unknown> = {
    id: n.id,
    kind: n.kind,
    category: n.category ?? CURATED_KINDS[n.kind].category,
    name: n.name,
    nameLower: normalizeName(n.name),
    definition: n.definition,
    names: JSON.stringify(n.names),
    synonyms: exact,
    synonymsLower: exact.map(normalizeName),
    synonymsText: n.names.map((name) => name.text).join(' | '),
    curies: n.curies,
    curieText: n.curies.map(xrefToken).join(' '),
    source: n.source,
  };
  props.contentHash = sha256(canonicalJson(props));
  return { id: n.id, kind: n.kind, hash: props.contentHash as string, props };
}

export function annotationRow(a: AnnotationContent): AnnotationRow {
  const evidence = a.evidence ? EVIDENCE_CODES[a.evidence] : null;
  const props: Record<string, unknown> = {
    id: a.id,
    source: a.source,
    negated: a.negated,
    negatedBy: a.negatedBy,
    record: a.record,
    evidence: a.evidence,
    evidenceEco: evidence?.eco ?? null,
    agentType: evidence?.agentType ?? 'manual_agent',
    // A curated annotation asserts what its references report (Biolink's knowledge_assertion).
    knowledgeLevel: 'knowledge_assertion',
    references: a.references,
    frequency: a.frequency?.text ?? null,
    frequencyLabel: a.frequency?.label ?? null,
    frequencyValue: a.frequency?.value ?? null,
    onset: a.onset,
    sex: a.sex,
    modifiers: a.modifiers,
    curation: a.curation,
  };
  const contentHash = sha256(canonicalJson({ ...props, subjectId: a.subject, objectId: a.object }));
  props.contentHash = contentHash;
  return {
    id: a.id,
    predicate: a.predicate,
    subject: a.subject,
    object: a.object,
    hash: contentHash,
    props,
  };
}
