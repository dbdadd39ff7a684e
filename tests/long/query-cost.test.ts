import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { buildSyntheticGraph } from '../../bench/synthetic-graph';
import { DATABASE } from '../../src/graph/driver';
import { applyGraphSchema, writeSeedGraph } from '../../src/graph/write';
import { DEFAULT_SEED_DIR, seedDatabase } from '../../src/seed/seed';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import { startTestServer, type TestServer } from '../fixtures/api-server';
import { clearGraph, testDriver } from '../fixtures/testkit';

/**
 * Cost follows the answer, not the graph: on a graph of some 20k entities,
 * every query the service sends for the documented operations (and for the
 * other root fields) is PROFILEd, and none may walk a whole label or index.
 * The planner picks such plans only when the graph is large, which is why
 * this runs on a synthetic graph and not on the article's.
 */
const EXAMPLES = path.resolve(__dirname, '..', '..', 'docs', 'examples');
const SYNTHETIC_RELATIONSHIPS = 25_000;
/** Far above any answer here (a few hundred hits), far below one pass over the graph. */
const MAX_DB_HITS = 5_000;
/** Operators that visit every node of a label or every entry of an index. */
const WHOLE_GRAPH_OPERATORS =
  /^(AllNodesScan|NodeByLabelScan|NodeIndexScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipIndexScan|UndirectedRelationshipIndexScan)/;

interface SentQuery {
  query: string;
  params: Record<string, unknown>;
}

/** A driver whose sessions record every query they run (and then run it). */
function recordingDriver(driver: Driver, sent: SentQuery[]): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        return new Proxy(session, {
          get(s, p, r) {
            if (p !== 'run') return Reflect.get(s, p, r);
            return (query: string, params: Record<string, unknown>, config: unknown) => {
              sent.push({ query, params });
              return (s.run as Session['run']).call(s, query, params, config as never);
            };
          },
        });
      };
    },
  });
}

interface PlanStep {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

function walk(step: PlanStep, visit: (s: PlanStep) => void): void {
  visit(step);
  for (const child of step.children) walk(child, visit);
}

const OPERATIONS: [string, string][] = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.graphql'))
    .map((f): [string, string] => [f, readFileSync(path.join(EXAMPLES, f), 'utf8')]),
  [
    'entity by id, all links',
    '{ entity(id: "stroke") { id facts { id } ... on Cause { causes { condition { id } } members { cause { id } } memberOf { cause { id } } } } }',
  ],
  [
    'population',
    '{ entity(id: "people-with-epilepsy") { id ... on Population { affectedBy { condition { id } } } } }',
  ],
  [
    'facts to depth 3',
    '{ facts(about: "secondary-myoclonus", depth: 3, first: 50) { totalCount edges { node { id } } } }',
  ],
  [
    'every fact, a later page',
    'query ($after: String) { facts(first: 20, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } } }',
  ],
  [
    'entities of a kind, a later page',
    'query ($after: String) { entities(kind: CAUSE, first: 10, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } } }',
  ],
  ['entities of every kind', '{ entities(first: 10) { totalCount edges { node { id } } } }'],
  ['condition by synonym', '{ condition(name: "hypnic jerk") { id } }'],
  ['graph info', '{ graphInfo { entityCount factCount } }'],
  // An id that names no fact: one statement looks up what it names (entity, retired id, node).
  ['facts about a node of the curated layer', '{ facts(about: "ORPHA:307") { totalCount } }'],
];

let server: TestServer;
let profiler: Driver;
const sent: SentQuery[] = [];

beforeAll(async () => {
  const driver = testDriver();
  try {
    await clearGraph(driver);
    await applyGraphSchema(driver);
    const seeds = loadSeedGraph(DEFAULT_SEED_DIR);
    const { graph } = buildSyntheticGraph(seeds, SYNTHETIC_RELATIONSHIPS);
    // With HPO's layer beside it, so that the curated examples find every term they name.
    await writeSeedGraph(
      driver,
      { ...graph, curated: seeds.curated },
      {
        singleTransactionTimeoutMs: 120_000,
        batchTimeoutMs: 120_000,
      },
    );
  } finally {
    await driver.close();
  }
  server = await startTestServer({}, { driver: recordingDriver(testDriver(), sent) });
  profiler = testDriver();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await profiler?.close();
  const driver = testDriver();
  await clearGraph(driver);
  await seedDatabase(driver);
  await driver.close();
}, 120_000);

test.each(OPERATIONS)('%s: every query stays off whole-graph scans', async (_name, operation) => {
  // A paged operation is asked for its second page (cursors are opaque: the first page gives one).
  let variables: Record<string, unknown> | undefined;
  if (operation.includes('$after')) {
    const first = await server.post(operation, { after: null });
    const page = Object.values(first.body.data ?? {})[0] as { pageInfo: { endCursor: string } };
    variables = { after: page.pageInfo.endCursor };
  }
  sent.length = 0;
  const { body } = await server.post(operation, variables);
  expect(body.errors).toBeUndefined();
  expect(sent.length).toBeGreaterThan(0);

  const session = profiler.session({ database: DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    for (const { query, params } of sent) {
      const result = await session.run(`PROFILE ${query}`, params);
      const profile = result.summary.profile as unknown as PlanStep;
      let hits = 0;
      const scans: string[] = [];
      walk(profile, (step) => {
        hits += step.dbHits;
        const details = String(step.arguments.Details ?? '');
        // The one Source node is read by label on purpose (its citations are shared by every answer).
        if (WHOLE_GRAPH_OPERATORS.test(step.operatorType) && !/:Source\b/.test(details))
          scans.push(`${step.operatorType} ${details} (${step.rows} rows)`);
      });
      expect({ query: query.trim().slice(0, 80), scans }).toEqual({
        query: query.trim().slice(0, 80),
        scans: [],
      });
      expect(hits).toBeLessThan(MAX_DB_HITS);
    }
  } finally {
    await session.close();
  }
});
