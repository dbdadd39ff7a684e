import type { Record as Neo4jRecord } from 'neo4j-driver';
import {
  ENTITY_KINDS,
  PREDICATE_NAMES,
  type EntityKindName,
  type PredicateName,
} from '../../domain';
import type { CypherStatement } from '../cypher';
import { changeCounts, diff, type ChangeCounts, type GraphRows } from './graph-rows';
import * as W from './statements';

/**
 * The steps every load takes, whatever its transaction shape: read what is
 * stored, diff, then remove, create and update in an order that keeps every
 * statement's references valid.
 */

/** Runs the batches of one write step; `parallel` steps may use several writers. */
export type StepRunner = <T>(
  step: string,
  statement: CypherStatement,
  items: T[],
  toParams: (batch: T[]) => Record<string, unknown>,
  parallel?: boolean,
) => Promise<void>;

/** Reads a query's rows (inside the load transaction, or on their own in batched mode). */
export type Reader = (
  statement: CypherStatement,
  params?: Record<string, unknown>,
) => Promise<Neo4jRecord[]>;

/** What is stored: each item's content hash by id, and each fact's type and subject. */
export interface Existing {
  sources: Map<string, string | null>;
  entities: Map<string, string | null>;
  statistics: Map<string, string | null>;
  facts: Map<string, string | null>;
  factEnds: Map<string, { predicate: PredicateName; subject: string }>;
}

export interface Changes {
  sources: ChangeCounts;
  entities: ChangeCounts;
  facts: ChangeCounts;
  statistics: ChangeCounts;
}

export async function readExisting(read: Reader): Promise<Existing> {
  const hashes = async (statement: CypherStatement) =>
    new Map(
      (await read(statement)).map((r) => [
        r.get('id') as string,
        (r.get('hash') as string | null) ?? null,
      ]),
    );
  const existing: Existing = {
    sources: await hashes(W.EXISTING_SOURCES),
    entities: await hashes(W.EXISTING_ENTITIES),
    statistics: await hashes(W.EXISTING_STATISTICS),
    facts: new Map(),
    factEnds: new Map(),
  };
  for (const r of await read(W.EXISTING_FACTS, { predicates: PREDICATE_NAMES })) {
    existing.facts.set(r.get('id') as string, (r.get('hash') as string | null) ?? null);
    existing.factEnds.set(r.get('id') as string, {
      predicate: r.get('predicate') as PredicateName,
      subject: r.get('subject') as string,
    });
  }
  return existing;
}

/** Diffs the wanted rows against what is stored and writes the difference; returns the counts. */
export async function writeChanges(
  rows: GraphRows,
  existing: Existing,
  run: StepRunner,
): Promise<Changes> {
  const sourceDiff = diff(rows.sources, existing.sources);
  const entityDiff = diff(rows.entities, existing.entities);
  const factDiff = diff(rows.facts, existing.facts);
  const statisticDiff = diff(rows.statistics, existing.statistics);

  // Removals first, so an entity that changed kind or a fact that moved is rewritten cleanly.
  for (const predicate of PREDICATE_NAMES) {
    const stale = factDiff.remove
      .map((id) => ({ id, ...existing.factEnds.get(id)! }))
      .filter((f) => f.predicate === predicate);
    await run(`delete ${predicate}`, W.DELETE_FACTS[predicate], stale, (rows) => ({ rows }));
  }
  await run('delete statistics', W.DELETE_STATISTICS, statisticDiff.remove, (ids) => ({ ids }));
  await run('delete entities', W.DELETE_ENTITIES, entityDiff.remove, (ids) => ({ ids }));
  await run('delete sources', W.DELETE_SOURCES, sourceDiff.remove, (ids) => ({ ids }));

  const sourceRows = [...sourceDiff.create, ...sourceDiff.update];
  await run('sources', W.UPSERT_SOURCES, sourceRows, (rows) => ({ rows }));
  for (const kind of ENTITY_KINDS) {
    const ofKind = (e: { kind: EntityKindName }) => e.kind === kind;
    const create = entityDiff.create.filter(ofKind);
    await run(`create ${kind}`, W.CREATE_ENTITIES[kind], create, (rows) => ({ rows }), true);
    const update = entityDiff.update.filter(ofKind);
    await run(`update ${kind}`, W.UPDATE_ENTITIES[kind], update, (rows) => ({ rows }));
  }
  for (const predicate of PREDICATE_NAMES) {
    const withPredicate = (f: { predicate: PredicateName }) => f.predicate === predicate;
    const create = factDiff.create.filter(withPredicate);
    await run(`create ${predicate}`, W.CREATE_FACTS[predicate], create, (rows) => ({ rows }), true);
    const update = factDiff.update.filter(withPredicate);
    await run(`update ${predicate}`, W.UPDATE_FACTS[predicate], update, (rows) => ({ rows }));
  }
  const statisticRows = [...statisticDiff.create, ...statisticDiff.update];
  await run('statistics', W.UPSERT_STATISTICS, statisticRows, (rows) => ({ rows }));

  return {
    sources: changeCounts(sourceDiff),
    entities: changeCounts(entityDiff),
    facts: changeCounts(factDiff),
    statistics: changeCounts(statisticDiff),
  };
}

export const anyChange = (changes: Changes) =>
  [changes.sources, changes.entities, changes.facts, changes.statistics].some(
    (c) => c.created + c.updated + c.removed > 0,
  );
