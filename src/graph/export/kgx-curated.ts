import { CURATED_PREDICATES, annotationStatement } from '../../domain/curated';
import type { ConceptRecord } from '../read/curated-records';
import type { AnnotationRef } from './annotation-ref';
import {
  KG_INFORES,
  LOCAL_PREFIX,
  edgeId,
  knowledgeSourceVersion,
  nodeId,
  type KgxEdge,
  type KgxNode,
} from './kgx-model';

/**
 * The curated layer in KGX: HPO's terms, diseases and genes as nodes, and
 * each row of HPO's files as an edge with Biolink's association slots. What
 * HPO writes (labels, definitions, synonyms, references, terms) is carried
 * as written.
 */

/** A curated node: the source's name and definition, its exact synonyms, the records it merges. */
export function curatedNode(node: ConceptRecord): KgxNode {
  return {
    id: node.id,
    category: [node.category],
    name: node.name,
    description: node.definition ?? '',
    synonym: node.synonyms,
    xref: node.curies.filter((curie) => curie !== node.id),
    provided_by: node.source ? [node.source.infores] : [],
    kind: node.kind,
  };
}

/** Biolink's sex qualifier takes a biological sex class: PATO's, for HPO's MALE and FEMALE. */
const SEX_CLASSES: Record<string, string> = {
  MALE: 'PATO:0000384',
  FEMALE: 'PATO:0000383',
};

/** HPO's frequency as Biolink's slots: a frequency term, `n/m` as count and total, `n%` as a percentage. */
function frequencySlots(text: string | undefined): Partial<KgxEdge> {
  if (text === undefined) return {};
  if (/^HP:\d+$/.test(text)) return { frequency_qualifier: text };
  const ratio = /^(\d+)\/(\d+)$/.exec(text);
  if (ratio) return { has_count: Number(ratio[1]), has_total: Number(ratio[2]) };
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) return { has_percentage: Number(percent[1]) };
  throw new Error(`an HPO frequency the release cannot write: ${text}`);
}

/** The statement's sentence, with how often when HPO says. */
function sentence(a: AnnotationRef, subjectName: string, objectName: string): string {
  const frequency = a.frequency
    ? a.frequency.label
      ? ` (${a.frequency.label.toLowerCase()})`
      : ` (in ${a.frequency.text} of patients)`
    : '';
  return `${annotationStatement(a, subjectName, objectName)}${frequency}.`;
}

/**
 * A curated statement as an edge. The disease record HPO annotated is the
 * original subject of a disease's statement and the original object of a
 * gene's association; `nameOf` gives each end's name, for the sentence.
 */
export function curatedEdge(
  a: AnnotationRef,
  nameOf: (id: string) => string,
  seedVersion: string,
): KgxEdge {
  const rule = CURATED_PREDICATES[a.predicate];
  const sex = a.sex === null ? undefined : SEX_CLASSES[a.sex.toUpperCase()];
  if (a.sex !== null && sex === undefined)
    throw new Error(`an HPO sex the release cannot write: ${a.sex}`);
  const recordSlot =
    a.predicate === 'GENE_ASSOCIATED_WITH_CONDITION' ? 'original_object' : 'original_subject';
  return {
    id: edgeId(a.id),
    category: [rule.association],
    subject: nodeId(a.subjectId),
    predicate: rule.biolink,
    object: nodeId(a.objectId),
    original_predicate: `${LOCAL_PREFIX}:${a.predicate}`,
    primary_knowledge_source: a.source.infores,
    primary_knowledge_source_version: knowledgeSourceVersion(a.source, seedVersion),
    aggregator_knowledge_source: [KG_INFORES],
    knowledge_level: a.knowledgeLevel,
    agent_type: a.agentType,
    statement: sentence(a, nameOf(a.subjectId), nameOf(a.objectId)),
    publications: a.references,
    // Only a negated statement (a NOT row, a count of none) says `negated`: every other edge is positive.
    ...(a.negated ? { negated: true } : {}),
    ...(a.record !== null ? { [recordSlot]: a.record } : {}),
    ...(a.evidenceEco !== null ? { has_evidence: [a.evidenceEco] } : {}),
    ...frequencySlots(a.frequency?.text),
    ...(a.onset !== null ? { onset_qualifier: a.onset } : {}),
    ...(sex !== undefined ? { sex_qualifier: sex } : {}),
    ...(a.modifiers.length > 0 ? { clinical_modifier_qualifier: a.modifiers } : {}),
    ...(a.curation !== null ? { curation: a.curation } : {}),
  };
}
