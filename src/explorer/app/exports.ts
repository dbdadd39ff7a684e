import { isAnnotation, type ShownEdge } from './edges';
import type { ShownEntity } from './graph-view';
import { parseViewState, formatViewState, type Position, type ViewState } from './view-state';

/**
 * What the page exports: a PNG of the canvas, the visible graph as JSON
 * (which the page loads back into the same graph), and the visible facts and
 * curated statements as CSV with their citations and provenance.
 */

const GRAPH_JSON_FORMAT = 'myoclonus-explorer-graph';

export interface GraphJson {
  format: typeof GRAPH_JSON_FORMAT;
  version: 1;
  /** The page state, as its link holds it. */
  state: string;
  entities: (ShownEntity & { position: Position })[];
  facts: ShownEdge[];
}

export function graphJson(
  state: ViewState,
  entities: (ShownEntity & { position: Position })[],
  facts: ShownEdge[],
): string {
  const body: GraphJson = {
    format: GRAPH_JSON_FORMAT,
    version: 1,
    state: formatViewState(state),
    entities,
    facts,
  };
  return JSON.stringify(body, null, 2);
}

export class GraphJsonError extends Error {
  override name = 'GraphJsonError';
}

/** A file exported by graphJson, checked; throws GraphJsonError when it is not one. */
export function readGraphJson(text: string): { state: ViewState; json: GraphJson } {
  let json: GraphJson;
  try {
    json = JSON.parse(text) as GraphJson;
  } catch {
    throw new GraphJsonError('The file is not JSON.');
  }
  if (json?.format !== GRAPH_JSON_FORMAT || json.version !== 1)
    throw new GraphJsonError(
      `The file is not a graph exported by the explorer (format ${GRAPH_JSON_FORMAT}, version 1).`,
    );
  if (!Array.isArray(json.entities) || !Array.isArray(json.facts) || typeof json.state !== 'string')
    throw new GraphJsonError('The file lacks its entities, facts or state.');
  const ids = new Set(json.entities.map((e) => e.id));
  for (const fact of json.facts)
    if (!ids.has(fact?.subject?.id) || !ids.has(fact?.object?.id))
      throw new GraphJsonError(
        `The file's fact "${String(fact?.id)}" joins entities it does not list.`,
      );
  return { state: parseViewState(json.state), json };
}

const CSV_COLUMNS = [
  'fact_id',
  'subject_id',
  'subject_name',
  'predicate',
  'object_id',
  'object_name',
  'modality',
  'frequency',
  'qualifier',
  'sentence',
  'source',
  'section',
  'paragraph',
  'date',
  'source_version',
  'negated',
  'record',
  'evidence',
  'references',
  'onset',
  'disclaimer',
];

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One row per edge: an article fact fills the citation columns, a curated statement its provenance. */
function csvRow(f: ShownEdge): (string | number | null)[] {
  const ends = [f.id, f.subject.id, f.subject.name, f.predicate, f.object.id, f.object.name];
  if (isAnnotation(f))
    return [
      ...ends,
      null,
      f.frequency?.text ?? null,
      null,
      f.statement,
      f.source.title,
      null,
      null,
      null,
      f.source.version,
      String(f.negated),
      f.record,
      [f.evidence, f.evidenceEco].filter(Boolean).join(' '),
      f.references.join('; '),
      f.onset,
      f.source.disclaimer,
    ];
  return [
    ...ends,
    f.modality,
    f.frequency ?? null,
    f.qualifier,
    f.statement,
    f.citation.source.title,
    f.citation.section,
    f.citations.map((c) => c.paragraph).join(' and '),
    f.citation.source.lastModified,
    f.citation.source.version,
    'false',
    null,
    null,
    null,
    null,
    f.citation.disclaimer,
  ];
}

export function factsCsv(facts: ShownEdge[]): string {
  return (
    [CSV_COLUMNS, ...facts.map(csvRow)].map((row) => row.map(csvCell).join(',')).join('\r\n') +
    '\r\n'
  );
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
