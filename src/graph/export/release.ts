import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { BIOLINK_MODEL_VERSION } from '../../domain';
import { GraphNotReadyError } from '../../errors';
import { readGraphSnapshot } from './graph-snapshot';
import { recordsOfFiles } from './kept-release';
import type { RetiredIdRecord } from '../read/records';
import { retiredReleaseId } from './kgx-model';
import type { RetiredId } from './release-diff';
import {
  releaseChanges,
  type Baseline,
  type ChangesSummary,
  type ReleaseChanges,
  type ReleaseHistory,
} from './release-changes';
import { changesMarkdown } from './release-notes';
import { countsBySource } from './source-counts';
import { primaryKnowledgeSources, type PrimaryKnowledgeSource } from './knowledge-sources';
import {
  KG_INFORES,
  LOCAL_CURIE_MAP,
  serializeKgx,
  toKgx,
  type KgxFiles,
  type KgxGraph,
} from './kgx';
import { SERVICE_NAME } from '../../version';

/**
 * What a release is: its files and a manifest that names the graph they are
 * of. All of it is a function of the release (its content and the kept
 * history it is compared with), so every replica serves the same bytes under
 * the release's ETag: nothing of the store it was read from (when that store
 * loaded the content: graphInfo's loadedAt) nor of the moment it was built.
 */
interface ReleaseManifest {
  name: string;
  seedVersion: string;
  /** The content hash of the loaded graph the files are of. */
  contentHash: string;
  format: 'KGX';
  biolinkModelVersion: string;
  knowledgeSources: {
    aggregator: string;
    /**
     * Every primary knowledge source of the release's edges, once per infores id:
     * a source with its version, licence, citation and the works it gives.
     */
    primary: PrimaryKnowledgeSource[];
  };
  /** Ids of earlier versions that name nothing now, each with what replaced it, as the release's ids (`MYOKG:<fact id>`). */
  retired: { id: string; kind: string; replacedBy: string | null; since: string; reason: string }[];
  counts: {
    nodes: number;
    edges: number;
    mappings: number;
    nodesByCategory: Record<string, number>;
    edgesByPredicate: Record<string, number>;
  };
  /** Prefixes the files use that the Biolink prefix map lacks. */
  curieMap: Record<string, string>;
  files: { name: keyof KgxFiles; bytes: number; sha256: string }[];
  /** What changed since the previous release, in brief; the files hold it all. */
  changes: {
    previousVersion: string | null;
    compared: boolean;
    summary: ChangesSummary | null;
    files: { name: keyof ChangeFiles; bytes: number; sha256: string }[];
  };
}

/** A release's changes since the previous one: as JSON, and as Markdown for people. */
export interface ChangeFiles {
  'changes.json': string;
  'CHANGES.md': string;
}

export interface Release {
  manifest: ReleaseManifest;
  graph: KgxGraph;
  files: KgxFiles;
  changes: ReleaseChanges;
  changeFiles: ChangeFiles;
}

const digest = <F extends object>(files: F) =>
  (Object.keys(files) as (keyof F & string)[]).map((name) => ({
    name,
    bytes: Buffer.byteLength(files[name] as string),
    sha256: createHash('sha256')
      .update(files[name] as string)
      .digest('hex'),
  }));

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

/**
 * The baseline with the retired ids of the graph released: the seeds' list
 * and those the curated layer derives when the seeds are loaded (a statement
 * of HPO's whose id changed), which the seeds' list does not hold. The
 * graph's entry wins where both name an id.
 */
export function withRetired(baseline: Baseline, retired: readonly RetiredIdRecord[]): Baseline {
  const graph: RetiredId[] = retired.map(({ id, kind, replacedBy, reason }) => ({
    id,
    kind,
    reason,
    ...(replacedBy !== null && { replacedBy }),
  }));
  const key = (r: RetiredId) => retiredReleaseId(r.kind, r.id);
  const named = new Set(graph.map(key));
  return {
    ...baseline,
    retired: [...baseline.retired.filter((r) => !named.has(key(r))), ...graph],
  };
}

/**
 * The loaded graph as a KGX release, with its changes since the release
 * `history` gives as the previous one. A graph still loading, or left
 * incomplete by a failed load, has no release: GraphNotReadyError.
 * `snapshotTimeoutMs` bounds the read of the whole graph.
 */
export async function buildRelease(
  driver: Driver,
  history: ReleaseHistory,
  snapshotTimeoutMs: number,
): Promise<Release> {
  const snapshot = await readGraphSnapshot(driver, snapshotTimeoutMs);
  if (snapshot.info.loadState !== 'COMPLETE' || snapshot.info.contentHash === '')
    throw new GraphNotReadyError(
      snapshot.info.contentHash === ''
        ? 'The graph has not been loaded, so there is no release of it.'
        : `The graph is ${snapshot.info.loadState.toLowerCase()}; its release is made once a load completes.`,
    );
  const graph = toKgx(snapshot);
  const files = serializeKgx(graph, snapshot.info.seedVersion);
  const version = snapshot.info.seedVersion;
  const sourceCounts = countsBySource(snapshot, graph);
  const changes = releaseChanges(
    version,
    recordsOfFiles(files),
    withRetired(history.baselineOf(version), snapshot.retired),
  );
  const changeFiles: ChangeFiles = {
    'changes.json': `${JSON.stringify(changes, null, 2)}\n`,
    'CHANGES.md': changesMarkdown(changes),
  };
  const manifest: ReleaseManifest = {
    name: SERVICE_NAME,
    seedVersion: snapshot.info.seedVersion,
    contentHash: snapshot.info.contentHash,
    format: 'KGX',
    biolinkModelVersion: BIOLINK_MODEL_VERSION,
    knowledgeSources: {
      aggregator: KG_INFORES,
      primary: primaryKnowledgeSources(snapshot.sources, version, sourceCounts),
    },
    retired: snapshot.retired.map((r) => ({
      ...r,
      id: retiredReleaseId(r.kind, r.id),
      replacedBy: r.replacedBy === null ? null : retiredReleaseId(r.kind, r.replacedBy),
    })),
    counts: {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      mappings: graph.mappings.length,
      nodesByCategory: countBy(graph.nodes, (n) => n.category[0]!),
      edgesByPredicate: countBy(graph.edges, (e) => e.predicate),
    },
    curieMap: LOCAL_CURIE_MAP,
    files: digest(files),
    changes: {
      previousVersion: changes.previousVersion,
      compared: changes.compared,
      summary: changes.summary,
      files: digest(changeFiles),
    },
  };
  return { manifest, graph, files, changes, changeFiles };
}
