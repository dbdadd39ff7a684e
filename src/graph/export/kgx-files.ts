import { curiePrefix, curieUrl } from '../../domain';
import {
  LOCAL_CURIE_MAP,
  LOCAL_PREFIX_IRI,
  OWN_EDGE_COLUMNS,
  SCOPED_SYNONYM_COLUMNS,
  type KgxEdge,
  type KgxGraph,
  type KgxNode,
  type SssomMapping,
} from './kgx-model';

/** A release's records written as files: KGX TSV and JSON Lines, and the SSSOM mapping table. */

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
  ...SCOPED_SYNONYM_COLUMNS,
];
/** Biolink's slots first (shared, then the curated layer's qualifiers), then the article's own columns. */
const EDGE_COLUMNS: (keyof KgxEdge)[] = [
  'id',
  'subject',
  'predicate',
  'object',
  'category',
  'original_predicate',
  'primary_knowledge_source',
  'primary_knowledge_source_version',
  'aggregator_knowledge_source',
  'knowledge_level',
  'agent_type',
  'negated',
  'original_subject',
  'original_object',
  'has_evidence',
  'publications',
  'frequency_qualifier',
  'has_count',
  'has_total',
  'has_percentage',
  'onset_qualifier',
  'sex_qualifier',
  'clinical_modifier_qualifier',
  ...OWN_EDGE_COLUMNS,
];

/** A TSV cell: lists joined by `|` as KGX reads them; a tab or line break would break the row. */
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
