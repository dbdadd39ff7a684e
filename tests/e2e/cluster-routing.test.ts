import type { Driver } from 'neo4j-driver';
import { readGraphSettings } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { GraphReaders } from '../../src/graph/read';
import { HEALTH_READY_PATH, MCP_PATH, RELEASE_PATH } from '../../src/http/paths';
import { loadExamples } from '../../src/http/playground';
import { seedDatabase } from '../../src/seed/seed';
import { envConnection, startTestServer, type TestServer } from '../fixtures/api-server';
import { connectHttp } from '../fixtures/mcp-client';
import { recordingDriver, type RoutedStatement } from '../fixtures/recording-driver';
import { clearGraph, copySeeds, editSeedFile, testDriver } from '../fixtures/testkit';

/**
 * What a Neo4j cluster (Enterprise, Aura) asks of the service, checked on the
 * one Community server the tests run: every read the doors make is a READ
 * transaction (a cluster sends it to a follower or read replica), every
 * write of a seed load a WRITE one (to the leader), all through the driver's
 * one bookmark manager (so a read after the seed, in the same process, waits
 * for a server that has it), and the service seeds and answers through a
 * routing URI (`neo4j://`), which a single server answers too.
 */

jest.setTimeout(120_000);

const WRITE_CLAUSE = /\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP)\b/i;
const settings = readGraphSettings();

/** The article's seeds with one name changed: a load that must write. */
function revisedSeeds(): string {
  const dir = copySeeds();
  editSeedFile(dir, 'entities/conditions.yaml', (text) =>
    text.replace('    name: Myoclonus\n', '    name: Myoclonus (revised)\n'),
  );
  return dir;
}

const myoclonusName = async (readers: GraphReaders) =>
  (await readers.reader('cluster-test').entity('myoclonus'))?.name;

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await seedDatabase(driver);
}, 180_000);
afterAll(async () => {
  await seedDatabase(driver);
  await driver?.close();
}, 180_000);

test.each(['single', 'batched'] as const)(
  'a %s seed load writes in WRITE transactions, through the bookmark manager the reads share, and a read after it sees it',
  async (mode) => {
    const recording = recordingDriver(createDriver(envConnection(), settings.driver));
    const readers = new GraphReaders(recording.driver, {
      queryTimeoutMs: 10_000,
      deadlineGraceMs: 1_000,
    });
    try {
      await seedDatabase(recording.driver, revisedSeeds(), { ...settings.seedLoad, mode });
      const writes = recording.routed.filter((s) => WRITE_CLAUSE.test(s.query));
      expect(writes.length).toBeGreaterThan(10);
      expect(writes.filter((s) => s.mode !== 'WRITE')).toEqual([]);
      expect(recording.routed.filter((s) => !s.sharedBookmarks)).toEqual([]);
      // The load's last commit left its bookmark where the process's reads take theirs from.
      const bookmarks = await recording.driver.executeQueryBookmarkManager.getBookmarks();
      expect([...bookmarks].length).toBeGreaterThan(0);

      recording.routed.length = 0;
      expect(await myoclonusName(readers)).toBe('Myoclonus (revised)');
      expect(recording.routed.length).toBeGreaterThan(0);
      for (const read of recording.routed)
        expect(read).toMatchObject({ mode: 'READ', sharedBookmarks: true });
    } finally {
      await seedDatabase(recording.driver);
      await recording.driver.close();
    }
  },
);

describe('the doors', () => {
  let server: TestServer;
  let routed: RoutedStatement[];
  beforeAll(async () => {
    const recording = recordingDriver(createDriver(envConnection(), settings.driver));
    routed = recording.routed;
    server = await startTestServer({}, { driver: recording.driver });
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('every read GraphQL, MCP, the release and health make is a READ transaction sharing the bookmark manager', async () => {
    for (const { query } of loadExamples()) expect((await server.post(query)).status).toBe(200);
    const params = new URLSearchParams({ query: '{ entity(id: "myoclonus") { id name } }' });
    const got = await fetch(`${server.graphqlUrl}?${params.toString()}`, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
    });
    expect(got.status).toBe(200);

    const mcp = await connectHttp(`${server.url}${MCP_PATH}`, 'modern');
    try {
      const resolved = await mcp.call('resolve_entity', { text: 'twitching when I fall asleep' });
      expect(resolved.isError).toBe(false);
      expect((await mcp.call('get_facts', { entityIds: ['hypnic-jerks'] })).isError).toBe(false);
      const path = await mcp.call('explain_path', { fromId: 'stroke', toId: 'myoclonus' });
      expect(path.isError).toBe(false);
    } finally {
      await mcp.close();
    }

    expect((await fetch(`${server.url}${HEALTH_READY_PATH}`)).status).toBe(200);
    const release = await fetch(`${server.url}${RELEASE_PATH}`);
    expect(release.status).toBe(200);
    await release.arrayBuffer();

    const vias = new Set(routed.map((s) => s.via));
    // The API's reads (session.run) and the release's snapshot (a managed read transaction) both ran.
    expect(vias).toEqual(new Set(['session.run', 'executeRead']));
    expect(routed.filter((s) => s.mode !== 'READ' || !s.sharedBookmarks)).toEqual([]);
  });
});

test('through a routing URI (neo4j://), the service seeds and answers, and a read after the seed sees it', async () => {
  const { uri, user, password } = envConnection();
  const routing = uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  expect(routing).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  const routed = createDriver({ uri: routing, user, password }, settings.driver);
  const server = await startTestServer({}, { driver: routed });
  try {
    await seedDatabase(routed, revisedSeeds());
    // The same process reads it at once, before the seed-state poll has run.
    const readers = new GraphReaders(routed, { queryTimeoutMs: 10_000, deadlineGraceMs: 1_000 });
    expect(await myoclonusName(readers)).toBe('Myoclonus (revised)');

    await seedDatabase(routed);
    const answer = await server.post('{ entity(id: "myoclonus") { name } }');
    expect(answer.body.data).toEqual({ entity: { name: 'Myoclonus' } });
    const info = await server.post('{ graphInfo { loadState } }');
    expect(info.body.data.graphInfo.loadState).toBe('COMPLETE');
  } finally {
    await server.stop();
  }
});
