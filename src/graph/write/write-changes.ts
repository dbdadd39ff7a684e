import {
  ENTITY_KINDS,
  KIND_LABELS,
  PREDICATE_NAMES,
  type EntityKindName,
  type GraphContent,
  type PredicateName,
} from '../../domain';
import {
  changeCounts,
  diffContent,
  entityRow,
  factRow,
  retiredRow,
  sourceRow,
  statisticRow,
  type ChangeCounts,
} from './graph-rows';
import type { CypherStatement } from '../cypher';
import * as W from './statements';
import { writeStep, type Reader, type StepRunner } from './write-steps';
import {
  curatedSteps,
  readExistingCurated,
  type CuratedChanges,
  type ExistingCurated,
} from './write-curated-changes';

export type { Reader, StepRunner } from './write-steps';

/**
 * The steps every load takes, whatever its transaction shape: read what is
 * stored, diff, then remove, create and update in an order that keeps every
 * statement's references valid.
 */

/** What is stored: each item's content hash by id, and each fact's type and subject. */
export interface Existing {
  sources: Map<string, string | null>;
  entities: Map<string, string | null>;
  statistics: Map<string, string | null>;
  facts: Map<string, string | null>;
  retired: Map<string, string | null>;
  factEnds: Map<string, { predicate: PredicateName; subject: string }>;
  curated: ExistingCurated;
}

export interface Changes extends CuratedChanges {
  sources: ChangeCounts;
  entities: ChangeCounts;
  facts: ChangeCounts;
  statistics: ChangeCounts;
  retired: ChangeCounts;
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
    retired: await hashes(W.EXISTING_RETIRED),
    factEnds: new Map(),
    curated: await readExistingCurated(read),
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

/**
 * Diffs the graph against what is stored and writes the difference; returns
 * the counts. New entities and facts become rows batch by batch, as they are
 * written (see diffContent).
 */
export async function writeChanges(
  graph: GraphContent,
  existing: Existing,
  run: StepRunner,
): Promise<Changes> {
  const sourceDiff = diffContent(graph.sources, sourceRow, existing.sources);
  const entityDiff = diffContent(graph.entities, entityRow, existing.entities);
  const factDiff = diffContent(graph.facts, factRow, existing.facts);
  const statisticDiff = diffContent(graph.statistics, statisticRow, existing.statistics);
  const retiredDiff = diffContent(graph.retired, retiredRow, existing.retired);
  const curated = curatedSteps(graph.curated, existing.curated);

  // Removals first, so an entity that changed kind or a fact that moved is rewritten cleanly.
  await curated.removeFirst(run);
  await run(
    PREDICATE_NAMES.map((predicate) =>
      writeStep(
        `delete ${predicate}`,
        W.DELETE_FACTS[predicate],
        factDiff.remove
          .map((id) => ({ id, ...existing.factEnds.get(id)! }))
          .filter((f) => f.predicate === predicate),
        rowsOf,
      ),
    ),
  );
  await run([writeStep('delete statistics', W.DELETE_STATISTICS, statisticDiff.remove, ids)]);
  await run([writeStep('delete entities', W.DELETE_ENTITIES, entityDiff.remove, ids)]);
  await run([writeStep('delete sources', W.DELETE_SOURCES, sourceDiff.remove, ids)]);
  await run([writeStep('delete retired ids', W.DELETE_RETIRED, retiredDiff.remove, ids)]);

  const sourceRows = [...sourceDiff.create.map(sourceRow), ...sourceDiff.update];
  await run([writeStep('sources', W.UPSERT_SOURCES, sourceRows, rowsOf)]);
  const ofKind = (kind: EntityKindName) => (e: { kind: EntityKindName }) => e.kind === kind;
  const withPredicate = (predicate: PredicateName) => (f: { predicate: PredicateName }) =>
    f.predicate === predicate;
  // Creates of every kind in one step, then updates; then the facts, whose ends now all exist.
  await run(
    [
      writeStep('create entities', W.CREATE_ENTITIES, entityDiff.create, (batch) => ({
        rows: batch.map((e) => ({ label: KIND_LABELS[e.kind], props: entityRow(e).props })),
      })),
    ],
    true,
  );
  await run(
    ENTITY_KINDS.map((kind) =>
      writeStep(
        `update ${kind}`,
        W.UPDATE_ENTITIES[kind],
        entityDiff.update.filter(ofKind(kind)),
        rowsOf,
      ),
    ),
  );
  await run(
    [
      writeStep('create facts', W.CREATE_FACTS, factDiff.create, (batch) => ({
        rows: batch.map(factRow),
      })),
    ],
    true,
  );
  await run(
    PREDICATE_NAMES.map((predicate) =>
      writeStep(
        `update ${predicate}`,
        W.UPDATE_FACTS[predicate],
        factDiff.update.filter(withPredicate(predicate)),
        rowsOf,
      ),
    ),
  );
  await curated.writeAfterEntities(run);
  const statisticRows = [...statisticDiff.create.map(statisticRow), ...statisticDiff.update];
  await run([writeStep('statistics', W.UPSERT_STATISTICS, statisticRows, rowsOf)]);
  const retiredRows = [...retiredDiff.create.map(retiredRow), ...retiredDiff.update];
  await run([writeStep('retired ids', W.UPSERT_RETIRED, retiredRows, rowsOf)]);

  return {
    sources: changeCounts(sourceDiff),
    entities: changeCounts(entityDiff),
    facts: changeCounts(factDiff),
    statistics: changeCounts(statisticDiff),
    retired: changeCounts(retiredDiff),
    ...curated.changes,
  };
}

const rowsOf = <T>(rows: T[]) => ({ rows });
const ids = (batch: string[]) => ({ ids: batch });

export const anyChange = (changes: Changes) =>
  [
    changes.sources,
    changes.entities,
    changes.facts,
    changes.statistics,
    changes.retired,
    changes.curatedNodes,
    changes.annotations,
  ].some((c) => c.created + c.updated + c.removed > 0);
