import {
  canonicalJson,
  isAlsoCalled,
  normalizeName,
  sha256,
  type EntityContent,
  type EntityKindName,
  type FactContent,
  type GraphContent,
  type PredicateName,
  type RetiredIdContent,
  type SourceContent,
  type StatisticContent,
} from '../../domain';
import { ontologyNameRank } from '../../domain/graph-content';
import { xrefToken } from '../xref-token';

/**
 * The graph's content as the rows the write statements take: node and
 * relationship properties flattened (Neo4j stores no maps), each with the
 * content hash that the diff compares.
 */

/** Adds the content hash to a row's own (freshly built) properties. */
function withHash<P extends Record<string, unknown>>(props: P): P & { contentHash: string } {
  const hashed = props as P & { contentHash: string };
  hashed.contentHash = sha256(canonicalJson(props));
  return hashed;
}

export interface SourceRow {
  id: string;
  hash: string;
  props: Record<string, unknown>;
}
export interface EntityRow extends SourceRow {
  kind: EntityKindName;
}
export interface FactRow extends SourceRow {
  predicate: PredicateName;
  subject: string;
  object: string;
}
export interface StatisticRow extends SourceRow {
  condition: string;
  population: string;
}
export interface GraphRows {
  sources: SourceRow[];
  entities: EntityRow[];
  facts: FactRow[];
  statistics: StatisticRow[];
  retired: SourceRow[];
}

export function sourceRow(s: SourceContent): SourceRow {
  const props = withHash({ ...s, review: s.review ?? null, disclaimer: s.disclaimer ?? null });
  return { id: s.id, hash: props.contentHash, props };
}

export function retiredRow(r: RetiredIdContent): SourceRow {
  const props = withHash({ ...r });
  return { id: r.id, hash: props.contentHash, props };
}

/** A statement's citations: the first as plain properties (what most reads need), all of them as JSON. */
function citationProps(citations: FactContent['citations']) {
  const first = citations[0]!;
  return {
    source: first.source,
    section: first.section,
    paragraph: first.paragraph,
    citations: JSON.stringify(
      citations.map((c) => ({ section: c.section, paragraph: c.paragraph })),
    ),
  };
}

export function entityRow(e: EntityContent): EntityRow {
  // Exact names (misspellings among them) and an exact term's exact ontology names rank as the
  // entity's own; broad, narrow and related names, an exact term's other names and a close term's
  // exact names rank as scoped names; a close term's other names are only searched.
  const ontology = (rank: number) =>
    e.ontologySynonyms.filter((s) => ontologyNameRank(s) === rank).map((s) => s.text);
  const exactNames = [
    ...e.names.filter((n) => n.scope === 'exact').map((n) => n.text),
    ...ontology(0),
  ];
  const otherNames = [
    ...e.names.filter((n) => n.scope !== 'exact').map((n) => n.text),
    ...ontology(1),
  ];
  const searchable = [...exactNames, ...otherNames, ...ontology(2)];
  const exactXrefIds = e.xrefs.filter((x) => x.match === 'exact').map((x) => x.id);
  // Every CURIE that names this node: its exact terms, and the curated records merged into it.
  const curies = [...new Set([...exactXrefIds, ...(e.curatedCuries ?? [])])];
  const props = withHash({
    id: e.id,
    kind: e.kind,
    category: e.category,
    name: e.name,
    nameLower: normalizeName(e.name),
    properName: e.properName ?? false,
    synonyms: e.names.filter(isAlsoCalled).map((n) => n.text),
    names: JSON.stringify(e.names),
    synonymsLower: exactNames.map(normalizeName),
    otherNamesLower: otherNames.map(normalizeName),
    synonymsText: searchable.join(' | '),
    // Neo4j stores no maps: the list of cross-references and of ontology synonyms as JSON.
    ontologySynonyms: JSON.stringify(e.ontologySynonyms),
    xrefs: JSON.stringify(e.xrefs),
    xrefNote: e.xrefNote ?? null,
    exactXrefIds,
    xrefText: exactXrefIds.map(xrefToken).join(' '),
    curies,
    curieText: curies.map(xrefToken).join(' '),
    description: e.description,
    source: e.citation.source,
    section: e.citation.section,
    paragraph: e.citation.paragraph,
  });
  return { id: e.id, kind: e.kind, hash: props.contentHash, props };
}

export function factRow(f: FactContent): FactRow {
  const props: Record<string, unknown> = {
    id: f.id,
    modality: f.modality,
    cue: f.cue,
    frequency: f.frequency ?? null,
    qualifier: f.qualifier ?? null,
    note: f.note ?? null,
    ...citationProps(f.citations),
  };
  if (f.figure) Object.assign(props, f.figure);
  // The ends are part of the hash, so a moved fact is rewritten, but not stored: the relationship has them.
  const contentHash = sha256(canonicalJson({ ...props, subjectId: f.subject, objectId: f.object }));
  props.contentHash = contentHash;
  return {
    id: f.id,
    predicate: f.predicate,
    subject: f.subject,
    object: f.object,
    hash: contentHash,
    props,
  };
}

export function statisticRow(s: StatisticContent): StatisticRow {
  const props = withHash({
    id: s.id,
    value: s.value,
    unit: s.unit,
    per: s.per,
    measure: s.measure,
    qualifier: s.qualifier ?? null,
    note: s.note ?? null,
    conditionId: s.condition,
    populationId: s.population,
    ...citationProps(s.citations),
  });
  return {
    id: s.id,
    condition: s.condition,
    population: s.population,
    hash: props.contentHash,
    props,
  };
}

/** Every item of a graph as the row a load writes. */
export function toGraphRows(graph: GraphContent): GraphRows {
  return {
    sources: graph.sources.map(sourceRow),
    entities: graph.entities.map(entityRow),
    facts: graph.facts.map(factRow),
    statistics: graph.statistics.map(statisticRow),
    retired: graph.retired.map(retiredRow),
  };
}

export interface ChangeCounts {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/**
 * What a load must do to one kind of item: items to create (as content: a
 * row is built when its batch is written), rows to update, ids to remove.
 */
export interface Diff<Item, Row = Item> {
  create: Item[];
  update: Row[];
  remove: string[];
  unchanged: number;
}

/**
 * Compares wanted items with the stored content hashes (id to hash; null for
 * an item stored without one). Only an item stored already needs its row,
 * for the hash: a new one is created whatever its hash, so the first load of
 * a large graph builds each row once, in its batch, and lets it go.
 */
export function diffContent<Item extends { id: string }, Row extends { hash: string }>(
  wanted: Item[],
  toRow: (item: Item) => Row,
  existing: Map<string, string | null>,
): Diff<Item, Row> {
  const result: Diff<Item, Row> = { create: [], update: [], remove: [], unchanged: 0 };
  const wantedIds = new Set<string>();
  for (const item of wanted) {
    wantedIds.add(item.id);
    const hash = existing.get(item.id);
    if (hash === undefined) {
      result.create.push(item);
      continue;
    }
    const row = toRow(item);
    if (hash !== row.hash) result.update.push(row);
    else result.unchanged++;
  }
  for (const id of existing.keys()) if (!wantedIds.has(id)) result.remove.push(id);
  return result;
}

export const changeCounts = (d: Diff<unknown, unknown>): ChangeCounts => ({
  created: d.create.length,
  updated: d.update.length,
  removed: d.remove.length,
  unchanged: d.unchanged,
});
