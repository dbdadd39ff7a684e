import type { Page } from 'puppeteer-core';
import type { Json } from '../fixtures/api-server';
import {
  CAP,
  open,
  ready,
  searchAndChoose,
  session,
  shot,
  shown,
  useExplorerPage,
} from '../fixtures/explorer-page';

/**
 * The curated layer (HPO's annotations) in the explorer, in Chromium against
 * the real service: a node of hundreds of curated neighbours expands a
 * capped page at a time, most frequent first; each curated edge shows its
 * source and version, record, evidence, references, frequency and onset, a
 * negated one says "does not have"; a source filter hides a source's edges;
 * HPO's attribution and version are on the page; a link naming an unknown
 * CURIE says so.
 */
useExplorerPage();

const HPO = 'hpo-annotations';

async function api(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const { body } = await session.server.post(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const annotationsOf = async (id: string, first: number) =>
  (
    await api(
      `query ($id: ID!, $first: Int!) { concept(id: $id) { id annotations(includeNegated: true, first: $first) {
        totalCount edges { node { id statement negated record evidence evidenceEco references
          frequency { text label } onset source { title version } } } } } }`,
      { id, first },
    )
  ).concept;

const hpoVersion = async () =>
  (await api('{ sources { id version } }')).sources.find((s: Json) => s.id === HPO).version;

const moreLabel = (page: Page, id: string) =>
  page.evaluate(
    (of) =>
      (window as unknown as { explorer: Json }).explorer.view.cy
        .getElementById(`more:${of}`)
        .data('label') as string | undefined,
    id,
  );

/** Expands the selected node (its button in the details panel) until the panel lists this edge. */
async function expandUntilListed(page: Page, factId: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if (await page.$(`#details .entity-facts button[data-fact="${factId}"]`)) return;
    await page.click('#details .actions button[aria-keyshortcuts="E"]');
    await ready(page);
  }
  throw new Error(`${factId} was not listed after ten pages`);
}

/** Selects an edge through the selected node's list of the facts it shows (a click, as a person would). */
async function chooseListedFact(page: Page, id: string): Promise<void> {
  await page.click(`#details .entity-facts button[data-fact="${id}"]`);
  await page.waitForSelector(`#details .evidence[data-fact="${id}"]`);
  await ready(page);
}

test('myoclonus expands a capped page at a time, its curated statements most frequent first, with "show more"', async () => {
  const page = await open();
  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  const [article, curated] = await Promise.all([
    api('{ facts(about: "myoclonus", first: 0) { totalCount } }'),
    annotationsOf('myoclonus', 2 * CAP),
  ]);
  const factTotal: number = article.facts.totalCount;
  const curatedTotal: number = curated.annotations.totalCount;
  expect(curatedTotal).toBeGreaterThan(300);
  const ranked: string[] = curated.annotations.edges.map((e: Json) => e.node.id);

  let state = await shown(page);
  // The first page: the article's first CAP facts and HPO's CAP most frequent statements, no more.
  expect(state.facts.filter((id) => ranked.slice(0, CAP).includes(id)).sort()).toEqual(
    ranked.slice(0, CAP).sort(),
  );
  expect(state.facts).toHaveLength(Math.min(CAP, factTotal) + CAP);
  expect(await moreLabel(page, 'myoclonus')).toBe(
    `+${factTotal + curatedTotal - state.facts.length} more`,
  );

  // "Show more" in the details panel loads the next page of each layer.
  await page.click('#details .show-more');
  await page.waitForFunction(
    (n) => (window as unknown as { explorer: Json }).explorer.view.factIds().length > n,
    {},
    state.facts.length,
  );
  await ready(page);
  state = await shown(page);
  expect(state.facts.filter((id) => ranked.includes(id)).sort()).toEqual([...ranked].sort());
  expect(state.facts).toHaveLength(Math.min(2 * CAP, factTotal) + 2 * CAP);
  expect(await moreLabel(page, 'myoclonus')).toBe(
    `+${factTotal + curatedTotal - state.facts.length} more`,
  );
  const pages = session.watched.graphqlBodies.filter((b) => b.query.includes('ExplorerNeighbours'));
  expect(pages).toHaveLength(2);
  for (const request of pages) {
    expect(request.variables.factsFirst).toBeLessThanOrEqual(CAP);
    expect(request.variables.annotationsFirst).toBeLessThanOrEqual(CAP);
  }
  await shot(page, 'curated-expand');
});

test("a curated edge's evidence: source and version, record, evidence and ECO class, references, frequency, onset", async () => {
  // A disease whose annotations give an onset: its record is OMIM:162350, its statement on HP:0002069.
  const disease = await annotationsOf('OMIM:162350', 100);
  const withOnset = disease.annotations.edges
    .map((e: Json) => e.node)
    .find((a: Json) => a.onset !== null);
  expect(withOnset).toBeDefined();
  const page = await open(`?nodes=OMIM:162350&selected=OMIM:162350`);
  expect(page.url()).toContain(`nodes=${disease.id}`);
  await expandUntilListed(page, withOnset.id);
  await chooseListedFact(page, withOnset.id);
  // The names of the statement's onset and modifiers are asked together, in one request.
  const terms = session.watched.graphqlBodies.filter((b) => b.query.includes('ExplorerTerm'));
  expect(terms).toHaveLength(1);
  expect(terms[0]!.variables.ids).toEqual(expect.arrayContaining([withOnset.onset]));
  const onsetName = (
    await api('query ($id: ID!) { concept(id: $id) { name } }', { id: withOnset.onset })
  ).concept.name;
  const evidence = await page.$eval('#details .evidence', (e) => ({
    sentence: e.querySelector('.sentence')?.textContent,
    source: e.querySelector('.source')?.textContent,
    record: e.querySelector('.record')?.textContent,
    evidence: e.querySelector('.evidence-code')?.textContent,
    references: [...e.querySelectorAll('.references li')].map((li) => li.textContent),
    pubmed: [...e.querySelectorAll('.references a')].map((a) => a.getAttribute('href')),
    frequency: e.querySelector('.frequency')?.textContent ?? null,
    onset: e.querySelector('.onset')?.textContent,
    attribution: e.querySelector('.attribution')?.textContent,
    negated: e.getAttribute('data-negated'),
  }));
  const version = await hpoVersion();
  expect(evidence).toEqual({
    sentence: withOnset.statement,
    source: expect.stringContaining(`${withOnset.source.title}, version ${version}`),
    record: withOnset.record,
    evidence: expect.stringMatching(
      new RegExp(`^${withOnset.evidence} .*${withOnset.evidenceEco}`),
    ),
    references: withOnset.references,
    pubmed: withOnset.references
      .filter((r: string) => r.startsWith('PMID:'))
      .map((r: string) => `https://pubmed.ncbi.nlm.nih.gov/${r.slice(5)}/`),
    frequency: withOnset.frequency ? expect.stringContaining(withOnset.frequency.text) : null,
    onset: `${withOnset.onset} (${onsetName})`,
    attribution: `This service is using the Human Phenotype Ontology (version ${version}).`,
    negated: 'false',
  });
  await shot(page, 'curated-evidence');
});

test('a negated statement is marked "does not have", on the canvas and in its evidence', async () => {
  // Self-limited infantile epilepsy (ORPHA:306): HPO states two features it does not have.
  const disease = await annotationsOf('ORPHA:306', 100);
  const negated = disease.annotations.edges.map((e: Json) => e.node).filter((a: Json) => a.negated);
  expect(negated.length).toBeGreaterThan(0);
  const page = await open(`?nodes=ORPHA:306&selected=ORPHA:306`);
  await expandUntilListed(page, negated[0].id);
  const edge = await page.evaluate((id) => {
    const e = (window as unknown as { explorer: Json }).explorer.view.cy.getElementById(id);
    return { negated: e.hasClass('negated'), label: e.data('label') };
  }, negated[0].id);
  expect(edge).toEqual({ negated: true, label: 'does not have phenotype' });
  await chooseListedFact(page, negated[0].id);
  const evidence = await page.$eval('#details .evidence', (e) => ({
    flag: e.getAttribute('data-negated'),
    heading: e.querySelector('h2')?.textContent,
    marked: e.querySelector('.negated')?.textContent,
    sentence: e.querySelector('.sentence')?.textContent,
  }));
  expect(evidence.flag).toBe('true');
  expect(evidence.heading).toContain('does not have');
  expect(evidence.marked).toMatch(/^Does not have: .* does not have /);
  expect(evidence.sentence).toBe(negated[0].statement);
  await shot(page, 'curated-negated');
});

test("the source filter hides HPO's edges and the nodes only they brought, and the link keeps it", async () => {
  const page = await open();
  await searchAndChoose(page, 'myoclonus', 'myoclonus');
  const visibleNodes = () =>
    page.evaluate(() => (window as unknown as { explorer: Json }).explorer.view.visibleEntityIds());
  const edgesBySource = await page.evaluate(() =>
    (window as unknown as { explorer: Json }).explorer.view.cy
      .edges()
      .not('.more-link')
      .map((e: Json) => [e.id(), e.data('statedBy'), e.source().id(), e.target().id()]),
  );
  const curated = (edgesBySource as string[][]).filter(([, source]) => source === HPO);
  const article = (edgesBySource as string[][]).filter(([, source]) => source !== HPO);
  expect(curated.length).toBeGreaterThan(0);
  expect(article.length).toBeGreaterThan(0);
  const before: string[] = await visibleNodes();

  await page.click(`#source-filter input[value="${HPO}"]`);
  await ready(page);
  const after = await shown(page);
  expect(after.visibleFacts).toEqual(article.map(([id]) => id).sort());
  const articleEnds = new Set(article.flatMap(([, , s, t]) => [s, t]));
  expect((await visibleNodes()).sort()).toEqual(before.filter((id) => articleEnds.has(id)).sort());
  expect(page.url()).toContain(`hideSources=${HPO}`);

  await page.reload({ waitUntil: 'load' });
  await ready(page);
  expect((await shown(page)).visibleFacts).toEqual(after.visibleFacts);
  expect(
    await page.$eval(
      `#source-filter input[value="${HPO}"]`,
      (i) => (i as HTMLInputElement).checked,
    ),
  ).toBe(false);
  await page.click(`#source-filter input[value="${HPO}"]`);
  await ready(page);
  expect((await shown(page)).visibleFacts).toEqual(after.facts);
});

test("HPO's attribution and version are on the page, from what the API says of the source", async () => {
  const page = await open();
  const { sources } = await api('{ sources { id kind version } }');
  const hpo = sources.find((s: Json) => s.id === HPO);
  expect(hpo.kind).toBe('dataset');
  const footer = await page.$eval('#attribution', (f) => ({
    text: f.textContent,
    visible: (f as HTMLElement).offsetHeight > 0,
  }));
  expect(footer.visible).toBe(true);
  expect(footer.text).toContain(
    `This service is using the Human Phenotype Ontology (version ${hpo.version}).`,
  );
  expect(footer.text).toContain('https://hpo.jax.org');
});

test('a link naming an unknown CURIE gets a message and an empty canvas; a known CURIE finds its node', async () => {
  const page = await open('?nodes=OMIM:0000000');
  expect(
    await page.$eval('#message', (m) => ({
      hidden: (m as HTMLElement).hidden,
      text: m.textContent,
    })),
  ).toEqual({
    hidden: false,
    text: expect.stringContaining('"OMIM:0000000"'),
  });
  expect((await shown(page)).entities).toEqual([]);

  await open('?nodes=HP:0001336&selected=HP:0001336');
  expect(await page.$eval('#message', (m) => (m as HTMLElement).hidden)).toBe(true);
  expect((await shown(page)).entities).toEqual(['myoclonus']);
  expect(page.url()).toContain('nodes=myoclonus');
});
