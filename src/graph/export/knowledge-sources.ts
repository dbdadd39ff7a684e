import type { SourceRecord } from '../read/records';
import { KG_INFORES, knowledgeSourceVersion } from './kgx-model';
import type { SourceCounts } from './source-counts';
import { SERVICE_NAME, SERVICE_TITLE } from '../../version';

/** A published work a knowledge source's statements come from: one source record of the seeds. */
interface SourceWork {
  /** The source record's id, as the API's `sources` names it. */
  id: string;
  kind: SourceRecord['kind'];
  title: string;
  author: string;
  publisher: string;
  /** As its publisher dates it (last modified, or the year of publication). */
  date: string;
  version: string;
  /** Its terms, and what the graph takes of it. */
  licence: string;
  citation: string;
  identifiers: string[];
}

/**
 * A primary knowledge source of the release's edges, one per infores id: a
 * source's own statements (the article's, HPO's), described by its source
 * record, or the graph's own curation (KG_INFORES), described as the graph.
 * `publications` lists the works its statements come from: the source's own
 * record, or the works the graph curated its statements from.
 */
export interface PrimaryKnowledgeSource {
  id: string;
  title: string;
  publisher: string;
  /** As the source dates it; null for the graph's own curation, which the seeds do not date. */
  lastModified: string | null;
  /** Its release; the seed version for the graph's own curation, as its edges give it. */
  version: string;
  licence: string;
  citation: string;
  identifiers: string[];
  publications: SourceWork[];
  /** What the release holds of it. */
  counts: SourceCounts;
}

const PUBLISHER = `The ${SERVICE_NAME} contributors`;

/** What describes a knowledge source, beside its id, works and counts. */
type Description = Omit<PrimaryKnowledgeSource, 'id' | 'publications' | 'counts'>;

/**
 * A knowledge source as its first record describes it; the graph's own
 * curation as the graph of `seedVersion` (README, NOTICE, package.json). Its
 * version is the one its edges give (knowledgeSourceVersion).
 */
function description(first: SourceRecord, seedVersion: string): Description {
  const version = knowledgeSourceVersion(first, seedVersion);
  if (first.infores !== KG_INFORES)
    return {
      title: first.title,
      publisher: first.publisher,
      lastModified: first.lastModified,
      version,
      licence: first.licence,
      citation: first.reference,
      identifiers: first.identifiers,
    };
  return {
    title: SERVICE_TITLE,
    publisher: PUBLISHER,
    lastModified: null,
    version,
    licence:
      "The graph's own curation of the works listed under publications, in the graph's own " +
      'words. The data comes from those works, each under its own terms (given with each ' +
      'work, and in NOTICE); those terms, not the Apache License 2.0 that covers the ' +
      "project's code, govern it. Whoever passes the data on passes NOTICE on with it.",
    citation: `${PUBLISHER}. ${SERVICE_TITLE} (${SERVICE_NAME}), seed version ${seedVersion}.`,
    identifiers: [],
  };
}

const work = (s: SourceRecord): SourceWork => ({
  id: s.id,
  kind: s.kind,
  title: s.title,
  author: s.author,
  publisher: s.publisher,
  date: s.lastModified,
  version: s.version,
  licence: s.licence,
  citation: s.reference,
  identifiers: s.identifiers,
});

/**
 * The release's primary knowledge sources, one per infores id, in the order
 * the source records first name them. Another source is described by its
 * record (the first, should two records name it); the graph's own curation as
 * the graph of `seedVersion`.
 */
export function primaryKnowledgeSources(
  sources: readonly SourceRecord[],
  seedVersion: string,
  counts: ReadonlyMap<string, SourceCounts>,
): PrimaryKnowledgeSource[] {
  const byInfores = new Map<string, SourceRecord[]>();
  for (const s of sources) byInfores.set(s.infores, [...(byInfores.get(s.infores) ?? []), s]);
  return [...byInfores].map(([infores, records]) => ({
    id: infores,
    ...description(records[0]!, seedVersion),
    publications: records.map(work),
    counts: counts.get(infores) ?? { nodes: 0, edges: 0, nodesOfOtherSources: 0 },
  }));
}
