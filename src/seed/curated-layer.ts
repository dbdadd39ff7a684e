import {
  annotationId,
  type AnnotationContent,
  type AnnotationFrequencyContent,
  type CuratedContent,
  type CuratedNodeContent,
  type CuratedPredicateName,
} from '../domain/curated';
import { sha256, type EntityContent, type RetiredIdContent } from '../domain';
import type { HpoExtract } from './curated/hpo-extract';
import type { HpoAnnotation, HpoPhenotype } from './curated/hpo-records';

/** The source record every statement of the HPO extract cites (seeds/source.yaml). */
export const HPO_SOURCE_ID = 'hpo-annotations';

/** HPO's root of the modes of inheritance: its terms are Biolink GeneticInheritance, not phenotypes. */
const MODE_OF_INHERITANCE = 'HP:0000005';

/** Which aspects of phenotype.hpoa the graph loads, and as what. Clinical course (C), modifiers (M) and history (H) stay in the extract. */
const LOADED_ASPECTS: Partial<Record<HpoAnnotation['aspect'], CuratedPredicateName>> = {
  P: 'HAS_PHENOTYPE',
  I: 'HAS_MODE_OF_INHERITANCE',
};

/**
 * The share of cases an HPO frequency term stands for: the middle of the range
 * its definition gives ("Present in 80% to 99% of the cases.", "in 100% of
 * the cases"); null where the definition gives none.
 */
export function frequencyTermValue(definition: string): number | null {
  const range = /(\d+)% to (\d+)%/.exec(definition);
  if (range) return (Number(range[1]) + Number(range[2])) / 200;
  const single = /(\d+)% of/.exec(definition);
  return single ? Number(single[1]) / 100 : null;
}

function frequencyOf(
  annotation: HpoAnnotation,
  terms: Map<string, HpoPhenotype>,
): AnnotationFrequencyContent | null {
  const f = annotation.frequency;
  if (!f) return null;
  if (f.kind === 'ratio') return { text: `${f.n}/${f.m}`, label: null, value: f.n / f.m };
  if (f.kind === 'percent') return { text: `${f.percent}%`, label: null, value: f.percent / 100 };
  const term = terms.get(f.id);
  return {
    text: f.id,
    label: term?.label ?? null,
    value: term ? frequencyTermValue(term.definition) : null,
  };
}

/**
 * Why a statement of HPO's is negated: HPO's NOT (`qualifier`), or a
 * frequency that counts none of the patients studied (`0/n`, `0%`), which
 * says the feature was absent in them; null when it is not negated.
 */
function negationOf(annotation: HpoAnnotation): AnnotationContent['negatedBy'] {
  if (annotation.negated) return 'qualifier';
  const f = annotation.frequency;
  if ((f?.kind === 'ratio' && f.n === 0) || (f?.kind === 'percent' && f.percent === 0))
    return 'frequency';
  return null;
}

/** The seed version from which a count of none is read as a negated statement. */
const ZERO_COUNT_NEGATED_SINCE = '4.0.0';

/**
 * Joins HPO's extract to the article's entities. An article entity whose
 * exact mapping is a curated id (a MONDO class, an HP term) is that node: it
 * keeps the article's id, gains the curated CURIEs, and the curated edges
 * attach to it. Never on a close or broader match. Every other curated id is
 * a node of its own, named as HPO (or MONDO) names it.
 */
export function buildCuratedLayer(
  extract: HpoExtract,
  entities: readonly EntityContent[],
): { curated: CuratedContent; entities: EntityContent[]; retired: RetiredIdContent[] } {
  const articleIdOf = new Map<string, string>();
  for (const e of entities)
    for (const x of e.xrefs) if (x.match === 'exact') articleIdOf.set(x.id, e.id);
  const mergedCuries = new Map<string, Set<string>>();
  const nodeIdOf = (curie: string) => articleIdOf.get(curie) ?? curie;
  const merge = (articleId: string, curies: string[]) => {
    const set = mergedCuries.get(articleId) ?? new Set<string>();
    for (const c of curies) set.add(c);
    mergedCuries.set(articleId, set);
  };

  const terms = new Map(extract.phenotypes.map((p) => [p.id, p]));
  const isInheritance = (() => {
    const memo = new Map<string, boolean>();
    const walk = (id: string): boolean => {
      if (id === MODE_OF_INHERITANCE) return true;
      const known = memo.get(id);
      if (known !== undefined) return known;
      memo.set(id, false);
      const answer = (terms.get(id)?.parents ?? []).some(walk);
      memo.set(id, answer);
      return answer;
    };
    return walk;
  })();

  const nodes: CuratedNodeContent[] = [];
  for (const p of extract.phenotypes) {
    if (p.obsolete) continue;
    const article = articleIdOf.get(p.id);
    if (article) {
      merge(article, [p.id]);
      continue;
    }
    nodes.push({
      id: p.id,
      kind: 'PHENOTYPE',
      category: isInheritance(p.id) ? 'biolink:GeneticInheritance' : 'biolink:PhenotypicFeature',
      name: p.label,
      definition: p.definition === '' ? null : p.definition,
      names: p.synonyms.map((s) => ({ text: s.text, scope: s.scope, type: s.type ?? undefined })),
      curies: [p.id],
      source: HPO_SOURCE_ID,
    });
  }
  for (const d of extract.diseases) {
    const curies = [d.id, ...d.records.map((r) => r.id).filter((id) => id !== d.id)];
    const article = [d.id, ...curies].map((c) => articleIdOf.get(c)).find(Boolean);
    if (article) {
      merge(article, curies);
      for (const c of curies) articleIdOf.set(c, article);
      continue;
    }
    // HPO's name of each record is a name of the same disease (MONDO maps it exactly).
    const recordNames = [...new Set(d.records.map((r) => r.name))].filter((n) => n !== d.name);
    nodes.push({
      id: d.id,
      kind: 'DISEASE',
      category: 'biolink:Disease',
      name: d.name,
      definition: null,
      names: recordNames.map((text) => ({ text, scope: 'exact', type: 'hpo_disease_name' })),
      curies,
      source: HPO_SOURCE_ID,
    });
  }
  for (const g of extract.genes) {
    nodes.push({
      id: g.id,
      kind: 'GENE',
      category: 'biolink:Gene',
      name: g.symbol,
      definition: null,
      names: [],
      curies: [g.id],
      source: HPO_SOURCE_ID,
    });
  }

  const annotations: AnnotationContent[] = [];
  const ids = new Set<string>();
  // One record may state the same thing twice, from other references: each row stays a
  // statement, its id told apart by a digest of what it says (as ids were first made: why a
  // statement is negated is not part of it, so that no id changed when that came).
  const uniqueId = (a: Omit<AnnotationContent, 'id'>, taken: Set<string>) => {
    const id = annotationId(a);
    const { negatedBy: _why, ...said } = a;
    return taken.has(id) ? `${id}--${sha256(JSON.stringify(said)).slice(0, 8)}` : id;
  };
  const add = (a: Omit<AnnotationContent, 'id'>) => {
    const id = uniqueId(a, ids);
    ids.add(id);
    annotations.push({ id, ...a });
    return id;
  };
  const none = { evidence: null, references: [], frequency: null, onset: null, sex: null };
  // The id each statement had before a count of none was read as negated (then only HPO's NOT
  // negated one), made as it was made then: a renamed id is retired, and names its replacement.
  const idsBefore = new Set<string>();
  const renamed = new Map<string, string>();
  const negatedByCount = new Set<string>();
  for (const a of extract.annotations) {
    const predicate = LOADED_ASPECTS[a.aspect];
    if (!predicate) continue;
    const negatedBy = negationOf(a);
    const statement = {
      predicate,
      subject: nodeIdOf(a.nodeId),
      object: nodeIdOf(a.hpoId),
      source: HPO_SOURCE_ID,
      negated: negatedBy !== null,
      negatedBy,
      record: a.record,
      evidence: a.evidence,
      references: a.references,
      frequency: frequencyOf(a, terms),
      onset: a.onset,
      sex: a.sex,
      modifiers: a.modifiers,
      curation: a.biocuration.length > 0 ? a.biocuration.join(';') : null,
    };
    const before = uniqueId(
      { ...statement, negated: negatedBy === 'qualifier', negatedBy: null },
      idsBefore,
    );
    idsBefore.add(before);
    const id = add(statement);
    if (id !== before) renamed.set(before, id);
    if (negatedBy === 'frequency') negatedByCount.add(id);
  }
  for (const p of extract.phenotypes) {
    if (p.obsolete) continue;
    for (const parent of p.parents)
      add({
        predicate: 'SUBCLASS_OF',
        subject: nodeIdOf(p.id),
        object: nodeIdOf(parent),
        source: HPO_SOURCE_ID,
        negated: false,
        negatedBy: null,
        record: null,
        ...none,
        modifiers: [],
        curation: null,
      });
  }
  for (const pair of extract.geneDiseases)
    add({
      predicate: 'GENE_ASSOCIATED_WITH_CONDITION',
      subject: pair.gene,
      object: nodeIdOf(pair.nodeId),
      source: HPO_SOURCE_ID,
      negated: false,
      negatedBy: null,
      record: pair.record,
      ...none,
      modifiers: [],
      curation: null,
    });

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const merged = Object.fromEntries(
    [...mergedCuries].map(([id, curies]) => [id, [...curies].sort()] as const).sort(),
  );
  return {
    curated: {
      nodes: nodes.sort(byId),
      annotations: annotations.sort(byId),
      mergedCuries: merged,
    },
    entities: entities.map((e) => (merged[e.id] ? { ...e, curatedCuries: merged[e.id] } : e)),
    retired: [...renamed]
      .filter(([before]) => !ids.has(before))
      .map(([id, replacedBy]) => ({
        id,
        kind: 'fact' as const,
        replacedBy,
        since: ZERO_COUNT_NEGATED_SINCE,
        reason: negatedByCount.has(replacedBy)
          ? "HPO's frequency counts none of the patients studied (0/n), which says the feature " +
            'was absent in them: the statement is negated, and has the id of a negated one.'
          : "The same statement under its record's plain id: the row that held that id before " +
            'counts none of the patients studied (0/n) and is negated now, under an id of its own, ' +
            'and this one, which the digest had told apart from it, took the plain id.',
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
