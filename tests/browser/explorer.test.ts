import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { buildExplorer } from '../../src/explorer/build';
import { applyGraphSchema, writeSeedGraph } from '../../src/graph/write';
import { startTestServer, type Json, type TestServer } from '../fixtures/api-server';
import { launchBrowser, ready, watchedPage, type WatchedPage } from '../fixtures/browser';
import { HUB_ID, HUB_NEIGHBOURS, hubGraph } from '../fixtures/hub-graph';
import { clearGraph, testDriver } from '../fixtures/testkit';

/**
 * The explorer in a real browser (Debian's Chromium, headless), against the
 * real service on a real Neo4j holding the article graph and a node of 600
 * neighbours. Each test opens its own page and checks it raised no error and
 * asked no host but the service's.
 */
const SCREENSHOTS = path.resolve(__dirname, 'screenshots');
const CAP = 25;

let server: TestServer;
let browser: Browser;
let watched: WatchedPage;
let allowConsoleErrors = false;

beforeAll(async () => {
  await buildExplorer();
  const driver = testDriver();
  try {
    await clearGraph(driver);
    await applyGraphSchema(driver);
    await writeSeedGraph(driver, hubGraph());
  } finally {
    await driver.close();
  }
  server = await startTestServer();
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  allowConsoleErrors = false;
  watched = await watchedPage(browser, server.url);
});

afterEach(async () => {
  const { pageErrors, consoleErrors, foreignRequests } = watched;
  await watched.page.close();
  expect(pageErrors).toEqual([]);
  if (!allowConsoleErrors) expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

async function open(query = '', page = watched.page): Promise<Page> {
  await page.goto(`${server.url}/explorer${query}`, { waitUntil: 'load' });
  await ready(page);
  return page;
}

interface Shown {
  entities: string[];
  facts: string[];
  visibleFacts: string[];
  selected: string[];
  onPath: string[];
  layout: string;
}

const shown = (page: Page): Promise<Shown> =>
  page.evaluate(() => {
    const { view } = (window as unknown as { explorer: { view: Json } }).explorer;
    const cy = view.cy;
    return {
      entities: [...view.entityIds()].sort(),
      facts: [...view.factIds()].sort(),
      visibleFacts: cy
        .edges()
        .not('.more-link')
        .filter((e: Json) => e.visible())
        .map((e: Json) => e.id())
        .sort(),
      selected: cy.$(':selected').map((e: Json) => e.id()),
      onPath: cy
        .edges('.on-path')
        .map((e: Json) => e.id())
        .sort(),
      layout: (document.getElementById('layout') as HTMLSelectElement).value,
    };
  });

async function searchAndChoose(page: Page, text: string, id: string): Promise<void> {
  await page.focus('#search');
  await page.keyboard.type(text);
  await page.waitForSelector(`#search-results li[data-id="${id}"]`);
  const ids = await page.$$eval('#search-results li', (items) =>
    items.map((li) => li.getAttribute('data-id')),
  );
  for (let i = 0; i < ids.indexOf(id); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (want) => (window as unknown as { explorer: Json }).explorer.view.hasEntity(want),
    {},
    id,
  );
  await ready(page);
}

test('the page loads with no error, from its own host only, behind a strict content policy', async () => {
  const response = await watched.page.goto(`${server.url}/explorer`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
  await ready(watched.page);
  expect(await watched.page.$eval('#details', (d) => d.textContent)).toMatch(
    /Search for an entity/,
  );
  await shot(watched.page, 'empty');
});

test('a misspelt lay phrase finds the entity, and the keyboard selects it', async () => {
  const page = await open();
  await searchAndChoose(page, 'twiching when I fall aslep', 'hypnic-jerks');
  const state = await shown(page);
  expect(state.entities).toContain('hypnic-jerks');
  expect(state.selected).toEqual(['hypnic-jerks']);
  const { body } = await server.post('{ entity(id: "hypnic-jerks") { name } }');
  expect(await page.$eval('#details h2', (h) => h.textContent)).toBe(body.data.entity.name);
  await shot(page, 'search');
});

async function clickFact(page: Page, factId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const { view } = (window as unknown as { explorer: { view: Json } }).explorer;
    const mid = view.renderedMidpoint(id);
    const box = document.getElementById('canvas')!.getBoundingClientRect();
    return mid && { x: box.left + mid.x, y: box.top + mid.y };
  }, factId);
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await page.waitForSelector(`#details .evidence[data-fact="${factId}"]`);
}

test('clicking an edge on the canvas shows exactly that fact, with its sentence and citation', async () => {
  const page = await open();
  await searchAndChoose(page, 'hypnic jerks', 'hypnic-jerks');
  const { facts } = await shown(page);
  expect(facts.length).toBeGreaterThan(0);
  const factId = facts[0]!;
  await clickFact(page, factId);
  const { body } = await server.post(
    `query ($id: ID!) { facts(about: $id, first: 100) { edges { node { id statement qualifier citation { section paragraph disclaimer source { title lastModified } } } } } }`,
    { id: 'hypnic-jerks' },
  );
  const fact = body.data.facts.edges.map((e: Json) => e.node).find((f: Json) => f.id === factId);
  const evidence = await page.$eval('#details .evidence', (e) => ({
    sentence: e.querySelector('.sentence')?.textContent,
    section: e.querySelector('.section')?.textContent,
    paragraph: e.querySelector('.paragraph')?.textContent,
    date: e.querySelector('.date')?.textContent,
    source: e.querySelector('.source')?.textContent,
    disclaimer: e.querySelector('.disclaimer')?.textContent,
    qualifier: e.querySelector('.qualifier')?.textContent ?? null,
  }));
  expect(evidence).toEqual({
    sentence: fact.statement,
    section: fact.citation.section,
    paragraph: String(fact.citation.paragraph),
    date: fact.citation.source.lastModified,
    source: expect.stringContaining(fact.citation.source.title),
    disclaimer: fact.citation.disclaimer,
    qualifier: fact.qualifier,
  });
  expect(await page.$eval('#live', (l) => l.textContent)).toContain(fact.statement);
  await shot(page, 'evidence');
});

test(`expansion respects the cap of ${CAP} on a node of ${HUB_NEIGHBOURS} neighbours, with "+N more" to go on`, async () => {
  const page = await open();
  await searchAndChoose(page, 'synthetic hub population', HUB_ID);
  let state = await shown(page);
  expect(state.entities).toHaveLength(1 + CAP);
  const moreLabel = () =>
    page.evaluate(
      (id) =>
        (window as unknown as { explorer: Json }).explorer.view.cy
          .getElementById(`more:${id}`)
          .data('label'),
      HUB_ID,
    );
  expect(await moreLabel()).toBe(`+${HUB_NEIGHBOURS - CAP} more`);
  // "+N more" (a click on it) loads the next page only.
  const point = await page.evaluate((id) => {
    const { view } = (window as unknown as { explorer: Json }).explorer;
    const p = view.cy.getElementById(`more:${id}`).renderedPosition();
    const box = document.getElementById('canvas')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, HUB_ID);
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(
    (n) => (window as unknown as { explorer: Json }).explorer.view.entityIds().length === n,
    {},
    1 + 2 * CAP,
  );
  await ready(page);
  state = await shown(page);
  expect(state.entities).toHaveLength(1 + 2 * CAP);
  expect(await moreLabel()).toBe(`+${HUB_NEIGHBOURS - 2 * CAP} more`);
  const pages = watched.graphqlBodies.filter((b) => b.query.includes('ExplorerNeighbours'));
  expect(pages.length).toBe(2);
  for (const request of pages) expect(request.variables.first).toBeLessThanOrEqual(CAP);
});

test('the predicate filter hides exactly the edges of that predicate', async () => {
  const page = await open();
  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  const before = await shown(page);
  const predicates = await page.evaluate(() =>
    (window as unknown as { explorer: Json }).explorer.view.cy
      .edges()
      .not('.more-link')
      .map((e: Json) => [e.id(), e.data('predicate')]),
  );
  const counts = new Map<string, number>();
  for (const [, p] of predicates as [string, string][]) counts.set(p, (counts.get(p) ?? 0) + 1);
  const [predicate] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const label = predicate.toLowerCase().replace(/_/g, ' ');
  const boxes = await page.$$('#predicate-filter label');
  for (const box of boxes)
    if ((await box.evaluate((l) => l.textContent ?? '')).trim().startsWith(label))
      await box.click();
  await ready(page);
  const after = await shown(page);
  const ofPredicate = (predicates as [string, string][])
    .filter(([, p]) => p === predicate)
    .map(([id]) => id);
  expect(after.visibleFacts).toEqual(
    before.visibleFacts.filter((id) => !ofPredicate.includes(id)).sort(),
  );
  expect(after.entities).toEqual(before.entities);
  expect(page.url()).toContain(`hide=${predicate}`);
});

async function pathFromApi(
  from: string,
  to: string,
): Promise<{ entities: string[]; facts: Json[] }> {
  const { body } = await server.post(
    'query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { entities { id } facts { id statement } } }',
    { from, to },
  );
  return { entities: body.data.path.entities.map((e: Json) => e.id), facts: body.data.path.facts };
}

async function pickPathEnd(
  page: Page,
  end: 'from' | 'to',
  text: string,
  id: string,
): Promise<void> {
  await page.focus(`#path-${end}`);
  await page.keyboard.type(text);
  await page.waitForSelector(`#path-${end}-results li[data-id="${id}"]`);
  const ids = await page.$$eval(`#path-${end}-results li`, (items) =>
    items.map((li) => li.getAttribute('data-id')),
  );
  for (let i = 0; i < ids.indexOf(id); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test("the path highlighted is the API's path, listed as its cited sentences", async () => {
  const page = await open();
  await pickPathEnd(page, 'from', "alzheimer's disease", 'alzheimers-disease');
  await pickPathEnd(page, 'to', 'myoclonus', 'myoclonus');
  await page.click('#do-path');
  await page.waitForSelector('#details .path-facts');
  await ready(page);
  const api = await pathFromApi('alzheimers-disease', 'myoclonus');
  const state = await shown(page);
  expect(state.onPath).toEqual(api.facts.map((f) => f.id).sort());
  expect(
    await page.$$eval('#details .path-facts li .sentence', (items) =>
      items.map((i) => i.textContent),
    ),
  ).toEqual(api.facts.map((f) => f.statement));
  expect(state.entities).toEqual(expect.arrayContaining(api.entities));
  await shot(page, 'path');
});

async function downloadsTo(page: Page): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'explorer-downloads-'));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  return dir;
}

async function downloaded(dir: string, name: string): Promise<Buffer> {
  for (let i = 0; i < 100; i++) {
    if (readdirSync(dir).includes(name)) return readFileSync(path.join(dir, name));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} was not downloaded`);
}

test('the PNG export is a PNG; the JSON export loads back into the same graph; the CSV has the visible facts', async () => {
  const page = await open();
  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  const dir = await downloadsTo(page);
  await page.click('#do-png');
  const png = await downloaded(dir, 'myoclonus-graph.png');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await page.click('#do-csv');
  const csv = (await downloaded(dir, 'myoclonus-facts.csv')).toString('utf8').trim().split('\r\n');
  const before = await shown(page);
  expect(csv[0]).toMatch(
    /^fact_id,subject_id,subject_name,predicate,object_id,object_name,qualifier,sentence,source,section,paragraph,date,disclaimer$/,
  );
  expect(
    csv
      .slice(1)
      .map((line) => line.split(',')[0])
      .sort(),
  ).toEqual(before.visibleFacts);

  await page.click('#do-json');
  const json = await downloaded(dir, 'myoclonus-graph.json');
  const fresh = await open('');
  expect((await shown(fresh)).entities).toEqual([]);
  const file = path.join(dir, 'myoclonus-graph.json');
  const input = await fresh.$('#load-json');
  await (input as Json).uploadFile(file);
  await fresh.waitForFunction(
    (n) => (window as unknown as { explorer: Json }).explorer.view.entityIds().length === n,
    {},
    before.entities.length,
  );
  await ready(fresh);
  const after = await shown(fresh);
  expect(after.entities).toEqual(before.entities);
  expect(after.facts).toEqual(before.facts);
  expect(JSON.parse(json.toString('utf8')).format).toBe('myoclonus-explorer-graph');
});

test('a deep link restores the whole state, and a reload keeps it', async () => {
  const page = await open();
  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  await page.select('#layout', 'hierarchy');
  await ready(page);
  const boxes = await page.$$('#predicate-filter label');
  for (const box of boxes)
    if ((await box.evaluate((l) => l.textContent ?? '')).trim().startsWith('subtype of'))
      await box.click();
  await ready(page);
  const { facts } = await shown(page);
  await clickFact(
    page,
    facts.find((f) => !f.includes('subtype_of'))!,
  );
  const link = page.url();
  const before = await shown(page);
  expect(link).toMatch(/layout=hierarchy/);
  expect(link).toMatch(/hide=SUBTYPE_OF/);

  const other = await browser.newPage();
  try {
    await open(new URL(link).search, other);
    expect(await other.$eval('#message', (m) => m.textContent)).toBe('');
    expect(await shown(other)).toEqual(before);
    expect(await other.$eval('#details .evidence', (e) => e.getAttribute('data-fact'))).toBe(
      before.selected[0],
    );
    await other.reload();
    await ready(other);
    expect(await shown(other)).toEqual(before);
    expect(other.url()).toBe(link);
  } finally {
    await other.close();
  }
});

test('with the API down the page says so in words and keeps what it shows', async () => {
  allowConsoleErrors = true;
  const page = await open();
  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  const before = await shown(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) void request.abort('connectionrefused');
    else void request.continue();
  });
  await page.focus('#search');
  await page.keyboard.type('stroke');
  await page.waitForSelector('#message:not([hidden])');
  expect(await page.$eval('#message', (m) => m.textContent)).toMatch(/cannot be reached/);
  expect(await shown(page)).toEqual(before);
  await shot(page, 'api-down');
});

test('an API error is shown as the API gave it, and nothing shown is lost', async () => {
  const page = await open();
  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  const before = await shown(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql'))
      void request.respond({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'The query took too long', extensions: { code: 'QUERY_TIMEOUT' } }],
        }),
      });
    else void request.continue();
  });
  await page.keyboard.press('e');
  await page.waitForSelector('#message:not([hidden])');
  expect(await page.$eval('#message', (m) => m.textContent)).toMatch(
    /answered with an error: The query took too long/,
  );
  expect(await shown(page)).toEqual(before);
});

test.each([
  ['an unknown entity', '?nodes=no-such-entity-here', /does not have: "no-such-entity-here"/],
  ['a malformed page count', '?nodes=myoclonus&expanded=myoclonus~lots', /page count "lots"/],
  ['an id that is no id', '?nodes=%3Cscript%3E', /is not an id/],
  [
    'a path to an entity not shown',
    '?nodes=myoclonus&path=myoclonus,stroke',
    /not among the entities it shows/,
  ],
  ['an unknown layout', '?nodes=myoclonus&layout=spiral', /layout "spiral"/],
])(
  'a bad deep link (%s) gives a message and an empty canvas, not a blank page',
  async (_name, query, text) => {
    const page = await open(query);
    expect(await page.$eval('#message', (m) => m.textContent)).toMatch(text);
    expect(await page.$eval('#message', (m) => (m as HTMLElement).hidden)).toBe(false);
    expect((await shown(page)).entities).toEqual([]);
    expect(await page.$eval('#search', (s) => s.isConnected)).toBe(true);
  },
);

test('keyboard only: search, expand, path and export', async () => {
  const page = await open();
  const dir = await downloadsTo(page);
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
  await page.keyboard.type('synthetic hub population');
  await page.waitForSelector(`#search-results li[data-id="${HUB_ID}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => (window as unknown as { explorer: Json }).explorer.view.entityIds().length === n,
    {},
    1 + CAP,
  );
  await ready(page);
  await page.focus('#canvas');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => (window as unknown as { explorer: Json }).explorer.view.entityIds().length === n,
    {},
    1 + 2 * CAP,
  );
  await ready(page);
  expect(await page.$eval('#live', (l) => l.textContent)).toMatch(/25 more facts shown/);
  await page.keyboard.press('ArrowRight');
  await ready(page);
  expect((await shown(page)).selected).toHaveLength(1);

  await page.keyboard.press('p');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('path-from');
  await page.keyboard.type("alzheimer's disease");
  await page.waitForSelector('#path-from-results li[data-id="alzheimers-disease"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('myoclonus');
  await page.waitForSelector('#path-to-results li[data-id="myoclonus"]');
  const ids = await page.$$eval('#path-to-results li', (items) =>
    items.map((li) => li.getAttribute('data-id')),
  );
  for (let i = 0; i < ids.indexOf('myoclonus'); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#details .path-facts');
  await ready(page);
  const api = await pathFromApi('alzheimers-disease', 'myoclonus');
  expect((await shown(page)).onPath).toEqual(api.facts.map((f) => f.id).sort());

  await page.focus('#canvas');
  await page.keyboard.press('s');
  const png = await downloaded(dir, 'myoclonus-graph.png');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  await shot(page, 'keyboard');
});

test('the page works at a narrow width too', async () => {
  const page = await (await watchedPage(browser, server.url, { width: 390, height: 844 })).page;
  try {
    await open('', page);
    await searchAndChoose(page, 'myoclonus', 'myoclonus');
    const box = await page.$eval('#canvas', (c) => c.getBoundingClientRect().toJSON());
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(300);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true);
    await shot(page, 'narrow');
  } finally {
    await page.close();
  }
});

test('"Open in playground" opens /playground with the query that fetches what is shown', async () => {
  const page = await open();
  await searchAndChoose(page, 'hypnic jerks', 'hypnic-jerks');
  const before = await shown(page);
  const opened = new Promise<string>((resolve) =>
    browser.once('targetcreated', (target) => resolve(target.url())),
  );
  await page.click('#do-playground');
  const url = new URL(await opened);
  expect(url.origin + url.pathname).toBe(`${server.url}/playground`);
  const query = url.searchParams.get('query')!;
  const variables = JSON.parse(url.searchParams.get('variables') ?? '{}');
  const { body } = await server.post(query, variables);
  expect(body.errors).toBeUndefined();
  const fetched = Object.values(body.data as Record<string, Json>).flatMap((field) =>
    field?.edges ? field.edges.map((e: Json) => e.node.id) : [],
  );
  expect(new Set(fetched)).toEqual(new Set(before.facts));
  const entities = Object.values(body.data as Record<string, Json>).flatMap((field) =>
    field?.kind ? [field.id] : [],
  );
  expect(entities.sort()).toEqual(before.entities);
  for (const page of await browser.pages())
    if (page.url().includes('/playground')) await page.close();
});
