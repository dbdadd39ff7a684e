import { request as httpRequest } from 'node:http';
import type { Json } from '../fixtures/api-server';
import { envConnection, startTestServer } from '../fixtures/api-server';
import { recordingDriver } from '../fixtures/recording-driver';
import { useSeededServer } from '../fixtures/seeded-server';
import { seedDatabase } from '../../src/seed/seed';
import { copySeeds, editSeedFile } from '../fixtures/testkit';
import { readGraphSettings } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { GRAPH_INFO, SEED_STATE } from '../../src/graph/read/queries';
import { readSeedMeta } from '../../src/graph/write';
import { releaseEntityTag, serviceBuild } from '../../src/schema/response-cache';

/** The current KGX release, served for download and tied to the loaded content hash. */

jest.setTimeout(120_000);
const ctx = useSeededServer();

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${ctx.server.url}${path}`, { headers });

/** A GET of a path exactly as written: no client-side resolving of dot segments. */
function getAsSent(path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(ctx.server.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body,
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

/** The content hash the graph holds now, read from Neo4j (GraphQL may answer from its cache for up to a poll). */
async function loadedHash(): Promise<string> {
  return (await readSeedMeta(ctx.driver))!.contentHash;
}

test('the manifest names the loaded graph and links every file', async () => {
  const response = await get('/releases/current');
  expect(response.status).toBe(200);
  const manifest = (await response.json()) as Json;
  expect(manifest.contentHash).toBe(await loadedHash());
  expect(manifest.seedVersion).toBe((await readSeedMeta(ctx.driver))!.version);
  expect(manifest.files.map((f: Json) => f.url)).toEqual([
    '/releases/current/nodes.tsv',
    '/releases/current/edges.tsv',
    '/releases/current/nodes.jsonl',
    '/releases/current/edges.jsonl',
    '/releases/current/mappings.sssom.tsv',
  ]);
  expect(response.headers.get('etag')).toBe(
    releaseEntityTag(serviceBuild(), manifest.contentHash, null),
  );
});

test("the manifest is the release's alone: a replica whose store loaded the content at another time serves the same bytes under the same ETag", async () => {
  const first = await get('/releases/current');
  const text = await first.text();
  expect(Object.keys(JSON.parse(text) as Json)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/^(loadedAt|exportedAt)$/)]),
  );
  // Another store's load of the same content: its own load time, and a later clock to build with.
  const setLoadedAt = (at: string) =>
    ctx.driver.executeQuery(
      'MATCH (m:SeedMeta {id: "current"}) WITH m, m.loadedAt AS was SET m.loadedAt = datetime($at) RETURN toString(was) AS was',
      { at },
      { database: 'neo4j' },
    );
  const { records } = await setLoadedAt('2000-01-01T00:00:00Z');
  const was = records[0]!.get('was') as string;
  const other = await startTestServer();
  try {
    const second = await fetch(`${other.url}/releases/current`);
    expect(await second.text()).toBe(text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    const revalidated = await fetch(`${other.url}/releases/current`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
  } finally {
    await other.stop();
    await setLoadedAt(was);
  }
});

test('a file downloads with its type and name, and revalidates with 304', async () => {
  const response = await get('/releases/current/edges.tsv');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/tab-separated-values/);
  const { version } = (await readSeedMeta(ctx.driver))!;
  expect(response.headers.get('content-disposition')).toContain(
    `myoclonus-kg-${version}-edges.tsv`,
  );
  const text = await response.text();
  expect(text.split('\n')[0]).toMatch(/^id\tsubject\tpredicate\tobject\t/);
  const etag = response.headers.get('etag')!;
  const again = await get('/releases/current/edges.tsv', { 'if-none-match': etag });
  expect(again.status).toBe(304);
});

test('a GET naming the current tag gets 304 from a replica that never built the release, and builds nothing', async () => {
  const manifest = await get('/releases/current');
  await manifest.arrayBuffer();
  const file = await get('/releases/current/nodes.tsv');
  const nodes = await file.text();
  const recording = recordingDriver(createDriver(envConnection(), readGraphSettings().driver));
  const fresh = await startTestServer({}, { driver: recording.driver });
  try {
    for (const [path, tag] of [
      ['/releases/current', manifest.headers.get('etag')!],
      ['/releases/current/manifest.json', manifest.headers.get('etag')!],
      ['/releases/current/nodes.tsv', file.headers.get('etag')!],
    ] as const) {
      const response = await fetch(`${fresh.url}${path}`, { headers: { 'if-none-match': tag } });
      expect([path, response.status, response.headers.get('etag')]).toEqual([path, 304, tag]);
    }
    // Nothing but the seed state was read (the watch's reads and the routes'): no snapshot.
    expect([...new Set(recording.routed.map((s) => s.query))]).toEqual([SEED_STATE.text]);
    // Without the tag the release is built, as the recording sees.
    const built = await fetch(`${fresh.url}/releases/current/nodes.tsv`);
    expect(built.status).toBe(200);
    expect(await built.text()).toBe(nodes);
    expect(recording.routed.map((s) => s.query)).toContain(GRAPH_INFO.text);
  } finally {
    await fresh.stop();
  }
});

test('an unknown file is a 404 NOT_FOUND naming the files a release has', async () => {
  const response = await get('/releases/current/secrets.txt');
  expect(response.status).toBe(404);
  const { errors } = (await response.json()) as Json;
  expect(errors[0].message).toMatch(/nodes\.tsv/);
  expect(errors[0].extensions.code).toBe('NOT_FOUND');
});

test('the manifest is also manifest.json, the name an export gives it: the same bytes and ETag', async () => {
  const manifest = await get('/releases/current');
  const named = await get('/releases/current/manifest.json');
  expect(named.status).toBe(200);
  expect(named.headers.get('content-type')).toMatch(/^application\/json/);
  expect(named.headers.get('etag')).toBe(manifest.headers.get('etag'));
  expect(await named.text()).toBe(await manifest.text());
});

test('every other path under /releases is the JSON 404 NOT_FOUND, never an HTML page', async () => {
  for (const path of [
    '/releases',
    '/releases/',
    '/releases/3.9.0',
    '/releases/%2e%2e/package.json',
    '/releases/current/%2e%2e',
    '/releases/current/a/b',
  ]) {
    // As sent, dots and all (fetch would resolve /releases/%2e%2e/ to /).
    const response = await getAsSent(path);
    expect([path, response.status]).toEqual([path, 404]);
    expect([path, response.type]).toEqual([path, expect.stringMatching(/^application\/json/)]);
    const { errors } = JSON.parse(response.body) as Json;
    expect([path, errors[0].extensions.code]).toEqual([path, 'NOT_FOUND']);
    expect(errors[0].message).toContain('nodes.tsv');
  }
});

test('a reseed gives the next request the new graph’s release', async () => {
  const before = (await (await get('/releases/current')).json()) as Json;
  const dir = copySeeds();
  editSeedFile(dir, 'entities/risk-factors.yaml', (t) =>
    t.replace(
      'One of the neurological conditions the article names',
      'A brain condition the article links',
    ),
  );
  try {
    await seedDatabase(ctx.driver, dir);
    const after = (await (await get('/releases/current')).json()) as Json;
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.contentHash).toBe(await loadedHash());
    const nodes = await (await get('/releases/current/nodes.jsonl')).text();
    expect(nodes).toContain('A brain condition the article links');
  } finally {
    await seedDatabase(ctx.driver);
  }
});

test('while a load runs and no release was made yet, the answer is 503 with a code', async () => {
  await ctx.driver.executeQuery(
    "MATCH (m:SeedMeta {id: 'current'}) SET m.loading = 'another-load', m.loadingHeartbeat = datetime()",
    {},
    { database: 'neo4j' },
  );
  const fresh = await startTestServer();
  try {
    const response = await fetch(`${fresh.url}/releases/current`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as Json;
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0].message).toMatch(/loading/);
  } finally {
    await fresh.stop();
    await ctx.driver.executeQuery(
      "MATCH (m:SeedMeta {id: 'current'}) REMOVE m.loading, m.loadingHeartbeat",
      {},
      { database: 'neo4j' },
    );
  }
});
