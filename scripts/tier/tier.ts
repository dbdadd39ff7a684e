/**
 * The HTTP cache tier on loopback: Varnish in front of N replicas of the
 * built service, their Neo4j (one shared, or one per replica seeded from the
 * same release), and the release watch that bans the edge after a reseed.
 * Used by `npm run deploy:local`, the tier's tests and `npm run bench:edge`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, provisionNeo4j, type Neo4jConnection } from '../../src/neo4j';
import { ensureArtifact } from './artifact';
import { createReplica, type Neo4jAddress, type Replica } from './replica';
import { watchReleases, type ReleaseWatch } from './release-watch';
import { startEdge, type Edge } from './varnish';

export interface TierOptions {
  /** Replicas behind the edge (default 2). */
  replicas?: number;
  /**
   * The Neo4j the replicas read: an address (every replica on it), 'shared'
   * (one provisioned for all: NEO4J_URI, else a local server) or
   * 'per-replica' (a local server each, each seeded by its replica).
   */
  neo4j?: Neo4jAddress | 'shared' | 'per-replica';
  /** The edge's port (default: a free one). */
  edgePort?: number;
  /** Environment for every replica, over the tier's own (README's table). */
  replicaEnv?: Record<string, string>;
  /** How often the release watch asks the replicas (default 1000 ms). */
  watchIntervalMs?: number;
  /** Which build script makes a missing or stale dist/ (default `build`). */
  buildScript?: 'build' | 'build:server';
  /** Progress lines (default: none). */
  report?: (line: string) => void;
  /**
   * Aborts the start: the step under way ends, what was started is stopped,
   * its logs are removed, and startTier rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

export interface Tier {
  edge: Edge;
  replicas: Replica[];
  watch: ReleaseWatch;
  /** Where the replicas' logs are. */
  logDir: string;
  neo4jUris: string[];
  /** Stops the watch, the edge, the replicas and the Neo4j the tier started, in that order. */
  stop(): Promise<void>;
}

/**
 * The environment every replica gets (over production defaults): the edge's
 * address, 127.0.0.1, as its one trusted proxy, so clients are told apart by
 * the X-Forwarded-For the edge appends to and a client's own header counts
 * for nothing; and seeding on start. Options override it.
 */
const TIER_ENV: Record<string, string> = {
  TRUSTED_PROXIES: '127.0.0.1',
  SEED_ON_START: 'true',
};

export async function startTier(options: TierOptions = {}): Promise<Tier> {
  const count = options.replicas ?? 2;
  const report = options.report ?? (() => undefined);
  const mode = options.neo4j ?? 'shared';
  const started: Neo4jConnection[] = [];
  const replicas: Replica[] = [];
  let edge: Edge | undefined;
  let watch: ReleaseWatch | undefined;
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'kg-tier-'));

  const stop = async () => {
    watch?.stop();
    await edge?.stop();
    await Promise.all(replicas.map((replica) => replica.stop()));
    for (const connection of started) await connection.stop();
    rmSync(logDir, { recursive: true, force: true });
  };

  const step = () => options.signal?.throwIfAborted();
  try {
    step();
    ensureArtifact(options.buildScript ?? 'build');
    const addresses: Neo4jAddress[] = [];
    if (typeof mode === 'object') addresses.push(...Array.from({ length: count }, () => mode));
    else if (mode === 'shared') {
      const connection = await provisionNeo4j({ instance: 'tier' });
      started.push(connection);
      addresses.push(...Array.from({ length: count }, () => connection));
    } else {
      if (process.env.NEO4J_URI)
        throw new Error('a Neo4j per replica is provisioned locally: unset NEO4J_URI, or share it');
      for (let i = 0; i < count; i += 1) {
        const connection = await provisionNeo4j({ instance: `tier-${i + 1}` });
        started.push(connection);
        addresses.push(connection);
      }
    }
    for (let i = 0; i < count; i += 1)
      replicas.push(
        createReplica({
          port: await freePort(),
          neo4j: addresses[i]!,
          env: { ...TIER_ENV, ...options.replicaEnv },
          logFile: path.join(logDir, `api${i + 1}.log`),
        }),
      );
    step();
    // On one shared Neo4j the first replica seeds it and the others find it seeded.
    const shared = mode !== 'per-replica';
    if (shared) await replicas[0]!.start();
    step();
    await Promise.all(replicas.slice(shared ? 1 : 0).map((replica) => replica.start()));
    report(`${count} replicas ready: ${replicas.map((r) => r.url).join(' ')}`);
    step();

    edge = await startEdge(
      replicas.map((r) => ({ host: '127.0.0.1', port: r.port })),
      options.edgePort ?? (await freePort()),
    );
    step();
    const theEdge = edge;
    watch = watchReleases(
      () => replicas.filter((r) => r.running()).map((r) => r.url),
      () => theEdge.ban(),
      options.watchIntervalMs,
      (releases) => report(`release changed (${releases}): edge banned`),
    );
    return {
      edge,
      replicas,
      watch,
      logDir,
      neo4jUris: [...new Set(addresses.map((a) => a.uri))],
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
