import path from 'node:path';
import type { Json } from '../fixtures/api-server';
import {
  CAP,
  clickFact,
  downloaded,
  downloadsTo,
  open,
  pathFromApi,
  ready,
  searchAndChoose,
  session,
  shot,
  shown,
  useExplorerPage,
} from '../fixtures/explorer-page';
import { HUB_ID } from '../../bench/hub-graph';
import { MAX_LOOKUP_IDS } from '../../src/domain/limits';

/**
 * Keeping and sharing what the explorer shows, in Chromium against the real
 * service: exports, deep links and reload, the API down or in error, bad
 * links, the keyboard alone, and the playground link.
 */
useExplorerPage();

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
    /^fact_id,subject_id,subject_name,predicate,object_id,object_name,modality,frequency,qualifier,sentence,source,section,paragraph,date,source_version,negated,record,evidence,references,onset,disclaimer$/,
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
  // One of the article's facts (its ids are lower-case slugs), not a curated statement among many edges.
  await clickFact(
    page,
    facts.find((f) => /^[a-z0-9-]+--(?!subtype_of)[a-z_]+--[a-z0-9-]+$/.test(f))!,
  );
  const link = page.url();
  const before = await shown(page);
  expect(link).toMatch(/layout=hierarchy/);
  expect(link).toMatch(/hide=SUBTYPE_OF/);

  const other = await session.browser.newPage();
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

test('a link that names no entities keeps its layout and filters, in the controls and the URL', async () => {
  const page = await open('?layout=hierarchy&hide=TREATS');
  expect(await page.$eval('#message', (m) => (m as HTMLElement).hidden)).toBe(true);
  expect((await shown(page)).layout).toBe('hierarchy');
  const treats = await page.$$eval('#predicate-filter label', (labels) =>
    labels
      .filter((l) => (l.textContent ?? '').trim().startsWith('treats'))
      .map((l) => l.querySelector('input')!.checked),
  );
  expect(treats).toEqual([false]);
  expect(new URL(page.url()).search).toBe('?hide=TREATS&layout=hierarchy');

  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  const kept = new URL(page.url()).searchParams;
  expect(kept.get('layout')).toBe('hierarchy');
  expect(kept.get('hide')).toBe('TREATS');
});

test('a link naming 150 nodes looks them up in two requests, not one per node', async () => {
  const nodes = Array.from(
    { length: 150 },
    (_, i) => `syn-hub-condition-${String(i).padStart(3, '0')}`,
  );
  const page = await open(`?nodes=${nodes.join(',')}`);
  expect(await page.$eval('#message', (m) => m.textContent)).toBe('');
  expect((await shown(page)).entities).toEqual(nodes);
  const lookups = session.watched.graphqlBodies.filter((b) => /\bconcepts?\(/.test(b.query));
  expect(lookups.map((b) => (b.variables.ids as string[] | undefined)?.length)).toEqual([
    MAX_LOOKUP_IDS,
    150 - MAX_LOOKUP_IDS,
  ]);
});

test('with the API down the page says so in words and keeps what it shows', async () => {
  session.allowConsoleErrors = true;
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
  [
    'an unknown entity among known ones',
    '?nodes=myoclonus,no-such-entity-here,stroke',
    /does not have: "no-such-entity-here"\.$/,
  ],
  ['a malformed page count', '?nodes=myoclonus&expanded=myoclonus~lots', /page count "lots"/],
  ['an id that is no id', '?nodes=%3Cscript%3E', /is not an id/],
  [
    'a path to an entity not shown',
    '?nodes=myoclonus&path=myoclonus,stroke',
    /not among the entities it shows/,
  ],
  ['an unknown layout', '?nodes=myoclonus&layout=spiral', /layout "spiral"/],
  ['a selection and no entities', '?selected=foo', /selects "foo", which it does not show/],
  ['a source the graph does not have', '?nodes=myoclonus&hideSources=foo', /source "foo"/],
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

test('"Open in playground" opens /playground with the query that fetches what is shown', async () => {
  const page = await open();
  await searchAndChoose(page, 'hypnic jerks', 'hypnic-jerks');
  const before = await shown(page);
  const opened = new Promise<string>((resolve) =>
    session.browser.once('targetcreated', (target) => resolve(target.url())),
  );
  await page.click('#do-playground');
  const url = new URL(await opened);
  expect(url.origin + url.pathname).toBe(`${session.server.url}/playground`);
  const query = url.searchParams.get('query')!;
  const variables = JSON.parse(url.searchParams.get('variables') ?? '{}');
  const { body } = await session.server.post(query, variables);
  expect(body.errors).toBeUndefined();
  const fetched = Object.values(body.data as Record<string, Json>).flatMap((field) => {
    const page = field?.edges ? field : field?.annotations;
    return page?.edges ? page.edges.map((e: Json) => e.node.id) : [];
  });
  expect(new Set(fetched)).toEqual(new Set(before.facts));
  const entities = Object.values(body.data as Record<string, Json>).flatMap((field) =>
    field?.name ? [field.id] : [],
  );
  expect(entities.sort()).toEqual(before.entities);
  for (const page of await session.browser.pages())
    if (page.url().includes('/playground')) await page.close();
});
