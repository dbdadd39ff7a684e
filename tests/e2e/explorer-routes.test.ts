import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildExplorer } from '../../src/explorer/build';
import { explorerRoutes } from '../../src/http/explorer-routes';
import { EXPLORER_PATH } from '../../src/http/paths';
import { startTestServer, type TestServer } from '../fixtures/api-server';
import { scratchDir } from '../fixtures/testkit';

/** The explorer's door over HTTP: the front page links it, its assets come from the service itself. */
let server: TestServer;
let scriptBytes = 0;

beforeAll(async () => {
  scriptBytes = (await buildExplorer()).scriptBytes;
  server = await startTestServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

test('the front page links the explorer beside the playground', async () => {
  const response = await fetch(`${server.url}/`);
  expect(response.status).toBe(200);
  // It names the sources' versions, which a reseed changes: a cache may not serve it unchecked.
  expect(response.headers.get('cache-control')).toBe('no-cache');
  const page = await response.text();
  expect(page).toContain(`href="${EXPLORER_PATH}"`);
  expect(page).toContain('href="/playground"');
});

test("the front page names the graph's sources, HPO with its version as its licence asks", async () => {
  const page = await (await fetch(`${server.url}/`)).text();
  expect(page).toMatch(
    /This service is using the Human Phenotype Ontology \(version \d{4}-\d{2}-\d{2}\)/,
  );
  expect(page).toContain('Who Is At Risk For Myoclonus?');
  expect(page).not.toContain('from one cited article');
});

test('the page and its bundle are served by the service, under a policy of its own host only', async () => {
  const page = await fetch(`${server.url}${EXPLORER_PATH}`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toMatch(
    /script-src 'self'; .*connect-src 'self'/,
  );
  const html = await page.text();
  expect(html).not.toMatch(/https?:\/\//);
  const script = await fetch(`${server.url}${EXPLORER_PATH}/explorer.js`);
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toMatch(/javascript/);
  expect((await script.arrayBuffer()).byteLength).toBe(scriptBytes);
  const missing = await fetch(`${server.url}${EXPLORER_PATH}/no-such-asset.js`);
  expect(missing.status).toBe(404);
  // The same code the release door gives a missing file.
  expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
});

test('a server whose explorer is not built says so, rather than a blank page', async () => {
  const app = express().use(explorerRoutes(scratchDir('no-explorer-')));
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  try {
    const { port } = listening.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${EXPLORER_PATH}`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build:explorer/);
  } finally {
    listening.close();
  }
});
