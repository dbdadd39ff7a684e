import type { Json } from '../fixtures/api-server';
import { watchedPage } from '../fixtures/browser';
import {
  CAP,
  clickFact,
  open,
  pathFromApi,
  pickPathEnd,
  ready,
  searchAndChoose,
  session,
  shot,
  shown,
  useExplorerPage,
} from '../fixtures/explorer-page';
import { HUB_ID, HUB_NEIGHBOURS } from '../../bench/hub-graph';

/**
 * Reading the graph in the explorer, in Chromium against the real service on
 * the article graph plus a 600-neighbour hub: the page loads clean, search,
 * evidence on click, capped expansion, the predicate filter, the path, and a
 * narrow screen. Each test checks its page raised no error and asked no host
 * but the service's.
 */
useExplorerPage();

test('the page loads with no error, from its own host only, behind a strict content policy', async () => {
  const response = await session.watched.page.goto(`${session.server.url}/explorer`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
  await ready(session.watched.page);
  expect(await session.watched.page.$eval('#details', (d) => d.textContent)).toMatch(
    /Search for an entity/,
  );
  await shot(session.watched.page, 'empty');
});

test('a misspelt lay phrase finds the entity, and the keyboard selects it', async () => {
  const page = await open();
  await searchAndChoose(page, 'twiching when I fall aslep', 'hypnic-jerks');
  const state = await shown(page);
  expect(state.entities).toContain('hypnic-jerks');
  expect(state.selected).toEqual(['hypnic-jerks']);
  const { body } = await session.server.post('{ entity(id: "hypnic-jerks") { name } }');
  expect(await page.$eval('#details h2', (h) => h.textContent)).toBe(body.data.entity.name);
  await shot(page, 'search');
});

test('clicking an edge on the canvas shows exactly that fact, with its sentence and citation', async () => {
  const page = await open();
  await searchAndChoose(page, 'hypnic jerks', 'hypnic-jerks');
  const { facts } = await shown(page);
  expect(facts.length).toBeGreaterThan(0);
  const factId = facts[0]!;
  await clickFact(page, factId);
  const { body } = await session.server.post(
    `query ($id: ID!) { facts(about: $id, first: 100) { edges { node { id statement qualifier citations { paragraph } citation { section paragraph disclaimer source { title lastModified } } } } } }`,
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
    paragraph: fact.citations.map((c: Json) => String(c.paragraph)).join(' and '),
    date: fact.citation.source.lastModified,
    source: expect.stringContaining(fact.citation.source.title),
    disclaimer: fact.citation.disclaimer,
    qualifier: fact.qualifier,
  });
  expect(await page.$eval('#live', (l) => l.textContent)).toContain(fact.statement);
  await shot(page, 'evidence');
});

test('the evidence of an indication says it is a sign, in rare cases, and not a cause', async () => {
  const page = await open();
  await searchAndChoose(page, 'epilepsy', 'epilepsy');
  await clickFact(page, 'myoclonus--may_indicate--epilepsy');
  const claim = await page.$eval('#details .evidence .claim', (e) => ({
    text: e.textContent,
    modality: e.getAttribute('data-modality'),
  }));
  expect(claim.modality).toBe('INDICATION');
  expect(claim.text).toContain('not a cause');
  expect(claim.text).toContain('in rare cases');
  expect(await page.$eval('#details .evidence .sentence', (e) => e.textContent)).toBe(
    'In rare cases, myoclonus can be a sign of underlying epilepsy.',
  );
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
  const pages = session.watched.graphqlBodies.filter((b) => b.query.includes('ExplorerNeighbours'));
  expect(pages.length).toBe(2);
  for (const request of pages) {
    expect(request.variables.factsFirst).toBeLessThanOrEqual(CAP);
    expect(request.variables.annotationsFirst).toBeLessThanOrEqual(CAP);
  }
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

test('the page works at a narrow width too', async () => {
  const page = await (
    await watchedPage(session.browser, session.server.url, { width: 390, height: 844 })
  ).page;
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
