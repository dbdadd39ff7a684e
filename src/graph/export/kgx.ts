import {
  BIOLINK_PREDICATES,
  MODALITIES,
  curiePrefix,
  curieUrl,
  factStatement,
  isAlsoCalled,
} from '../../domain';
import type { FactRecord, RetiredIdRecord } from '../read/records';
import type { GraphSnapshot } from './graph-snapshot';

type SnapshotEntity = GraphSnapshot['entities'][number];

/**
 * The graph in KGX, the exchange format of Biolink knowledge graphs: nodes
 * and edges, each a flat record of Biolink slots. Built from a snapshot of
 * the loaded graph, so a release is always of one content hash.
 */

/** This graph's own prefix: every entity is a node `MYOKG:<id>`, every fact an edge `MYOKG:<fact id>`. */
export const LOCAL_PREFIX = 'MYOKG';
const LOCAL_PREFIX_IRI = 'https://w3id.org/myoclonus-kg/';
/** The infores id of this knowledge graph, which aggregates what its source states. */
export const KG_INFORES = 'infores:myoclonus-kg';

/** Prefixes a release uses that the Biolink Model's prefix map lacks, with their IRIs. */
export const LOCAL_CURIE_MAP: Record<string, string> = {
  [LOCAL_PREFIX]: LOCAL_PREFIX_IRI,
  ICD10CM: 'http://purl.bioontology.org/ontology/ICD10CM/',
};

interface KgxNode {
  id: string;
  category: string[];
  name: string;
  description: string;
  synonym: string[];
  xref: string[];
  provided_by: string[];
  /** The kind the article gives the entity (CONDITION, CAUSE, ...); empty for a retired id. */
  kind: string;
  source_section: string;
  source_paragraph: number | string;
  /** A retired id: kept, as an ontology keeps an obsolete term, and pointing to what replaced it. */
  deprecated?: boolean;
  replaced_by?: string;
}

interface KgxEdge {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  /** Our predicate, which the Biolink one stands for. */
  original_predicate: string;
  primary_knowledge_source: string;
  aggregator_knowledge_source: string[];
  knowledge_level: 'knowledge_assertion' | 'observation';
  agent_type: 'manual_agent';
  /** What kind of claim the cited sentence makes (CAUSATION, INDICATION, INCREASED_LIKELIHOOD, ...). */
  modality: string;
  /** The source's words that carry it. */
  modality_cue: string;
  /** How often it holds, in the source's words ("in rare cases"). */
  frequency_text: string;
  /** The fact as one sentence, in our words, as strong as its source. */
  statement: string;
  qualifier_text: string;
  /** Where another source reads it otherwise. */
  note: string;
  /** The source's identifiers (PMID, DOI), Biolink's publications slot. */
  publications: string[];
  source_section: string;
  /** Every paragraph that states it, in its section order ("1" or "2|3"). */
  source_paragraph: string;
  /** A figure's value, unit, denominator and measure (FREQUENCY_IN edges only). */
  figure_value?: number;
  figure_unit?: string;
  figure_per?: number;
  figure_measure?: string;
}

/** One row of the SSSOM mapping table: an entity and an ontology term. */
interface SssomMapping {
  subject_id: string;
  subject_label: string;
  predicate_id: string;
  object_id: string;
  object_label: string;
  mapping_justification: string;
  object_source_version: string;
}

const nodeId = (entityId: string) => `${LOCAL_PREFIX}:${entityId}`;

function toNode(entity: SnapshotEntity): KgxNode {
  return {
    id: nodeId(entity.id),
    category: [entity.category],
    name: entity.name,
    description: entity.description ?? '',
    // Only names of exactly the same thing are synonyms: the entity's exact names and an exact term's.
    synonym: [
      ...entity.names.filter(isAlsoCalled).map((n) => n.text),
      ...entity.ontologySynonyms.filter((s) => s.match === 'exact').map((s) => s.text),
    ],
    xref: entity.xrefs.filter((x) => x.match === 'exact').map((x) => x.id),
    provided_by: [KG_INFORES],
    kind: entity.kind,
    source_section: entity.citation.section,
    source_paragraph: entity.citation.paragraph,
  };
}

/** A retired entity id as a deprecated node that names its replacement, as OBO keeps obsolete terms. */
function toRetiredNode(retired: RetiredIdRecord, replacement: SnapshotEntity | undefined): KgxNode {
  return {
    id: nodeId(retired.id),
    category: [replacement?.category ?? 'biolink:NamedThing'],
    name: `obsolete ${retired.id}`,
    description: retired.reason,
    synonym: [],
    xref: [],
    provided_by: [KG_INFORES],
    kind: '',
    source_section: '',
    source_paragraph: '',
    deprecated: true,
    ...(retired.replacedBy ? { replaced_by: nodeId(retired.replacedBy) } : {}),
  };
}

function toEdge(fact: FactRecord): KgxEdge {
  const source = fact.citation.source;
  return {
    id: `${LOCAL_PREFIX}:${fact.id}`,
    subject: nodeId(fact.subject.id),
    predicate: BIOLINK_PREDICATES[fact.predicate].predicate,
    object: nodeId(fact.object.id),
    original_predicate: `${LOCAL_PREFIX}:${fact.predicate}`,
    primary_knowledge_source: source.infores,
    aggregator_knowledge_source: source.infores === KG_INFORES ? [] : [KG_INFORES],
    knowledge_level: MODALITIES[fact.modality].knowledgeLevel,
    agent_type: 'manual_agent',
    modality: fact.modality,
    modality_cue: fact.cue,
    frequency_text: fact.frequency ?? '',
    statement: factStatement(fact),
    qualifier_text: fact.qualifier ?? '',
    note: fact.note ?? '',
    publications: source.identifiers.filter((id) => /^(PMID|DOI):/.test(id)),
    source_section: fact.citation.section,
    source_paragraph: fact.citations.map((c) => c.paragraph).join('|'),
    ...(fact.figure
      ? {
          figure_value: fact.figure.value,
          figure_unit: fact.figure.unit,
          figure_per: fact.figure.per,
          figure_measure: fact.figure.measure,
        }
      : {}),
  };
}

const SKOS: Record<string, string> = {
  exact: 'skos:exactMatch',
  close: 'skos:closeMatch',
  broad: 'skos:broadMatch',
  narrow: 'skos:narrowMatch',
  related: 'skos:relatedMatch',
};

function toMappings(entity: SnapshotEntity): SssomMapping[] {
  return entity.xrefs.map((x) => ({
    subject_id: nodeId(entity.id),
    subject_label: entity.name,
    predicate_id: SKOS[x.match]!,
    object_id: x.id,
    object_label: x.label ?? '',
    // A UMLS or SNOMED CT id comes through an ontology's own mapping of a term we matched by hand.
    mapping_justification: x.via ? 'semapv:MappingChaining' : 'semapv:ManualMappingCuration',
    object_source_version: x.release,
  }));
}

export interface KgxGraph {
  nodes: KgxNode[];
  edges: KgxEdge[];
  mappings: SssomMapping[];
}

export function toKgx(snapshot: GraphSnapshot): KgxGraph {
  const entityById = new Map(snapshot.entities.map((e) => [e.id, e]));
  const retiredNodes = snapshot.retired
    .filter((r) => r.kind === 'entity')
    .map((r) => toRetiredNode(r, r.replacedBy ? entityById.get(r.replacedBy) : undefined));
  return {
    nodes: [...snapshot.entities.map(toNode), ...retiredNodes],
    edges: snapshot.facts.map(toEdge),
    mappings: snapshot.entities.flatMap(toMappings),
  };
}

// ---- serialisation -------------------------------------------------------------------

const NODE_COLUMNS: (keyof KgxNode)[] = [
  'id',
  'category',
  'name',
  'description',
  'synonym',
  'xref',
  'provided_by',
  'kind',
  'source_section',
  'source_paragraph',
  'deprecated',
  'replaced_by',
];
const EDGE_COLUMNS: (keyof KgxEdge)[] = [
  'id',
  'subject',
  'predicate',
  'object',
  'original_predicate',
  'primary_knowledge_source',
  'aggregator_knowledge_source',
  'knowledge_level',
  'agent_type',
  'modality',
  'modality_cue',
  'frequency_text',
  'statement',
  'qualifier_text',
  'note',
  'publications',
  'source_section',
  'source_paragraph',
  'figure_value',
  'figure_unit',
  'figure_per',
  'figure_measure',
];

/** A TSV cell: lists joined by `|` as KGX reads them; tabs and line breaks cannot occur in our text. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  if (/[\t\n\r]/.test(text)) throw new Error(`a KGX value holds a tab or line break: ${text}`);
  return text;
}

function tsv<T>(columns: (keyof T)[], rows: T[]): string {
  const lines = [
    columns.join('\t'),
    ...rows.map((row) => columns.map((c) => cell(row[c])).join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}

const jsonl = (rows: object[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('');

const SSSOM_COLUMNS: (keyof SssomMapping)[] = [
  'subject_id',
  'subject_label',
  'predicate_id',
  'object_id',
  'object_label',
  'mapping_justification',
  'object_source_version',
];

/** The SSSOM table with its metadata block, as SSSOM/TSV writes it. */
function sssom(mappings: SssomMapping[], version: string): string {
  const prefixes = [
    ...new Set(mappings.flatMap((m) => [m.subject_id, m.object_id]).map(curiePrefix)),
  ].sort();
  const curieMap = prefixes.map((p) => `#   ${p}: ${LOCAL_CURIE_MAP[p] ?? curieUrl(`${p}:`)}`);
  const header = [
    `# mapping_set_id: ${LOCAL_PREFIX_IRI}releases/${version}/mappings.sssom.tsv`,
    `# mapping_set_version: ${version}`,
    '# license: https://w3id.org/sssom/license/unspecified',
    '# curie_map:',
    '#   semapv: https://w3id.org/semapv/vocab/',
    '#   skos: http://www.w3.org/2004/02/skos/core#',
    ...curieMap,
  ];
  return `${header.join('\n')}\n${tsv(SSSOM_COLUMNS, mappings)}`;
}

export interface KgxFiles {
  'nodes.tsv': string;
  'edges.tsv': string;
  'nodes.jsonl': string;
  'edges.jsonl': string;
  'mappings.sssom.tsv': string;
}

export function serializeKgx(graph: KgxGraph, version: string): KgxFiles {
  return {
    'nodes.tsv': tsv(NODE_COLUMNS, graph.nodes),
    'edges.tsv': tsv(EDGE_COLUMNS, graph.edges),
    'nodes.jsonl': jsonl(graph.nodes),
    'edges.jsonl': jsonl(graph.edges),
    'mappings.sssom.tsv': sssom(graph.mappings, version),
  };
}
