import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { watchReleases, type ReleaseWatch } from '../../scripts/tier/release-watch';

/**
 * The tier's release watch against stand-in replicas that answer its
 * graphInfo question with a content hash, a load state and, as the service
 * does for a complete graph, an ETag naming the graph and the service's build.
 */
interface Replica {
  contentHash: string;
  loadState: string;
  etag: string | null;
}

const replica: Replica = { contentHash: 'c0ffee', loadState: 'COMPLETE', etag: '"build-a"' };
let server: http.Server;
let url: string;
let watch: ReleaseWatch | undefined;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (replica.etag !== null) res.setHeader('etag', replica.etag);
      const { contentHash, loadState } = replica;
      res.end(JSON.stringify({ data: { graphInfo: { contentHash, loadState } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => watch?.stop());
afterAll(() => new Promise((resolve) => server.close(resolve)));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, or fails after `ms`. */
async function until(condition: () => boolean, ms = 3_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(10);
  }
}

test('a deploy of another build on the same graph bans the edge, twice, as a reseed does', async () => {
  Object.assign(replica, { contentHash: 'c0ffee', loadState: 'COMPLETE', etag: '"build-a"' });
  const banned: string[] = [];
  watch = watchReleases(
    () => [url],
    async () => undefined,
    20,
    (releases) => banned.push(releases),
  );
  await sleep(200);
  expect(watch.bans()).toBe(0);

  replica.etag = '"build-b"';
  await until(() => watch!.bans() >= 2);
  await sleep(200);
  expect(watch.bans()).toBe(2);
  expect(banned[0]).toContain('build-b');

  replica.contentHash = 'decade';
  replica.etag = '"build-b-decade"';
  await until(() => watch!.bans() >= 4);
});

test('a complete answer without an ETag (not kept this once) says nothing and bans nothing', async () => {
  Object.assign(replica, { contentHash: 'c0ffee', loadState: 'COMPLETE', etag: '"build-a"' });
  watch = watchReleases(
    () => [url],
    async () => undefined,
    20,
  );
  await sleep(150);
  replica.etag = null;
  await sleep(150);
  replica.etag = '"build-a"';
  await sleep(150);
  expect(watch.bans()).toBe(0);
});
