import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import type { Json } from './workload';

/**
 * The example operations cite a source by its title, as a reader sees it; the
 * comparison uses its id, as B and C return it. Every graph the bench loads,
 * synthetic ones too, cites the article's sources.
 */
const SOURCE_IDS = new Map(loadSeedGraph(DEFAULT_SEED_DIR).sources.map((s) => [s.title, s.id]));
export const sourceId = (source: { id?: string; title?: string }) =>
  source.id ?? SOURCE_IDS.get(source.title ?? '') ?? `unknown source ${source.title}`;

export const sorted = (lines: string[]) => [...lines].sort();
export const line = (...parts: unknown[]) =>
  parts.map((p) => (p === null || p === undefined ? '' : String(p))).join(' | ');

/** A fact as one line: id, predicate, ends, qualifier, citation. */
export const factLine = (f: {
  id: string;
  predicate: string;
  subject: string;
  object: string;
  qualifier: string | null;
  source: string;
  section: string;
  paragraph: number;
}) => line(f.id, f.predicate, f.subject, f.object, f.qualifier, f.source, f.section, f.paragraph);

/** C returns the data layer's raw fact maps ({props, predicate, subject, object}). */
export const rawFactLine = (f: Json) =>
  factLine({
    ...f.props,
    predicate: f.predicate,
    subject: f.subject?.id ?? f.subjectId,
    object: f.object?.id ?? f.objectId,
  });

/** A's fact (GraphQL, citation nested, source by title) as one line. */
export const citedFactLine = (f: Json) =>
  factLine({
    ...f,
    ...f.citation,
    source: sourceId(f.citation.source),
    subject: f.subject.id,
    object: f.object.id,
  });
