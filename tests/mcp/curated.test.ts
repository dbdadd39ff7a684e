import { countTokens as countO200k } from 'gpt-tokenizer/cjs/encoding/o200k_base';
import { estimateTokens } from '../../src/mcp/token-estimate';
import type { Json } from '../fixtures/api-server';
import { expectBothChannelsComplete } from '../fixtures/mcp-channels';
import { connectHttp, type McpTestClient, type ToolAnswer } from '../fixtures/mcp-client';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * The chatbot door over the curated layer (HPO's annotations): get_facts and
 * resolve_entity take any CURIE the graph knows and disease names as HPO
 * writes them; the article's facts come first, the curated statements after,
 * ranked and paged within the budget; kg://about credits HPO with its release.
 */
const ctx = useSeededServer();
let mcp: McpTestClient;

beforeAll(async () => {
  mcp = await connectHttp(`${ctx.server.url}/mcp`);
});
afterAll(async () => {
  await mcp?.close();
});

const channels = (answer: ToolAnswer) => [answer.text, JSON.stringify(answer.structured)];
const HPO = {
  source: 'hpo-annotations',
  infores: 'infores:hpo-annotations',
  version: '2025-01-16',
};

/** Every curated statement of a request, following its cursor; and the pages' answers. */
async function allPages(request: Json): Promise<{ facts: Json[]; answers: ToolAnswer[] }> {
  const facts: Json[] = [];
  const answers: ToolAnswer[] = [];
  let cursor: string | undefined;
  do {
    const answer = await mcp.call('get_facts', { ...request, ...(cursor ? { cursor } : {}) });
    expect(answer.isError).toBe(false);
    answers.push(answer);
    facts.push(...answer.structured.curatedFacts);
    cursor = answer.structured.nextCursor ?? undefined;
  } while (cursor && answers.length < 100);
  return { facts, answers };
}

/** How many positive curated statements a node has, counted on the Neo4j side. */
async function statementsOf(id: string): Promise<number> {
  const session = ctx.driver.session();
  try {
    const { records } = await session.run(
      `MATCH (p:Concept {id: $id})-[r]-(:Concept)
       WHERE type(r) IN ['HAS_PHENOTYPE', 'HAS_MODE_OF_INHERITANCE', 'GENE_ASSOCIATED_WITH_CONDITION', 'SUBCLASS_OF']
         AND NOT r.negated
       RETURN count(r) AS n`,
      { id },
    );
    return Number(records[0]!.get('n'));
  } finally {
    await session.close();
  }
}

describe('myoclonus: hundreds of curated statements within the budgets', () => {
  test('the first page gives the article facts first, and says how many curated statements follow and how to ask for them', async () => {
    const answer = await mcp.call('get_facts', { entityIds: ['myoclonus'] });
    expect(answer.isError).toBe(false);
    const { facts, curated, curatedFacts, truncated, nextCursor, entities } = answer.structured;
    expect(facts.length).toBeGreaterThan(0);
    expect(curatedFacts).toEqual([]);
    const expected = await statementsOf('myoclonus');
    expect(expected).toBeGreaterThan(100);
    expect(curated).toMatchObject({ total: expected, from: 0, remaining: expected });
    expect(entities[0]).toMatchObject({ status: 'found', curatedFactCount: expected });
    expect(curated.byPredicate.map((p: Json) => p.predicate)).toContain('HAS_PHENOTYPE');
    expect(curated.bySource).toEqual([expect.objectContaining({ ...HPO, count: expected })]);
    expect(curated.hint).toMatch(/curatedPredicates/);
    expect(curated.hint).toMatch(/sources/);
    expect(truncated).toBe(true);
    expect(typeof nextCursor).toBe('string');
    for (const channel of channels(answer))
      expect(estimateTokens(channel)).toBeLessThanOrEqual(2_000);
    expectBothChannelsComplete(answer);
  });

  test.each([2_000, 8_000])(
    'its curated statements alone stay within maxTokens %i in both channels, by real tokenizers too',
    async (maxTokens) => {
      const answer = await mcp.call('get_facts', {
        entityIds: ['HP:0001336'],
        curatedPredicates: ['HAS_PHENOTYPE', 'SUBCLASS_OF'],
        maxFacts: 200,
        maxTokens,
      });
      expect(answer.isError).toBe(false);
      expect(answer.structured.facts).toEqual([]);
      expect(answer.structured.curatedFacts.length).toBeGreaterThan(0);
      expect(answer.structured.truncated).toBe(true);
      for (const channel of channels(answer)) {
        const estimate = estimateTokens(channel);
        expect(estimate).toBeLessThanOrEqual(maxTokens);
        expect(countO200k(channel)).toBeLessThanOrEqual(estimate);
      }
      expectBothChannelsComplete(answer);
    },
  );

  test('at the smallest budget the facts still come, and the curated summary gives way to them', async () => {
    for (const request of [
      { entityIds: ['myoclonus'] },
      { entityIds: ['myoclonus'], curatedPredicates: ['HAS_PHENOTYPE'] },
    ]) {
      const answer = await mcp.call('get_facts', { ...request, maxTokens: 500 });
      expect(answer.isError).toBe(false);
      const { facts, curatedFacts } = answer.structured;
      expect(facts.length + curatedFacts.length).toBeGreaterThan(0);
      for (const channel of channels(answer))
        expect(estimateTokens(channel)).toBeLessThanOrEqual(500);
      expectBothChannelsComplete(answer);
    }
  });

  test('the curated statements are ranked: curators before programs, then the most frequent first', async () => {
    const request = {
      entityIds: ['myoclonus'],
      curatedPredicates: ['HAS_PHENOTYPE'],
      maxFacts: 200,
      maxTokens: 8_000,
    };
    const all: Json[] = [];
    let cursor: string | undefined;
    let total: number;
    do {
      const answer = await mcp.call('get_facts', { ...request, ...(cursor ? { cursor } : {}) });
      all.push(...answer.structured.curatedFacts);
      total = answer.structured.curated.total;
      cursor = answer.structured.nextCursor ?? undefined;
    } while (cursor);
    expect(all.length).toBe(total);
    expect(new Set(all.map((f) => f.id)).size).toBe(total);
    const rank = (f: Json) => [
      f.agentType === 'automated_agent' ? 1 : 0,
      -(f.frequency?.value ?? -1),
    ];
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [rank(all[i - 1]!), rank(all[i]!)];
      expect(a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!)).toBe(true);
    }
    expect(all.some((f) => f.frequency)).toBe(true);
  });
});

describe('any CURIE the graph knows', () => {
  test('OMIM, ORPHA and MONDO name one disease; its statements come once, each sentence naming disease, phenotype, frequency, source and references', async () => {
    const { facts, answers } = await allPages({
      entityIds: ['OMIM:254800', 'orpha:308', 'MONDO:0009698'],
      curatedPredicates: ['HAS_PHENOTYPE'],
      maxFacts: 200,
      maxTokens: 8_000,
    });
    const answer = answers[0]!;
    expect(answer.isError).toBe(false);
    for (const entity of answer.structured.entities)
      expect(entity).toMatchObject({
        status: 'found',
        entity: { id: 'MONDO:0009698', kind: 'DISEASE' },
      });
    const ids = facts.map((f: Json) => f.id);
    expect(ids.length).toBe(answer.structured.curated.total);
    expect(new Set(ids).size).toBe(ids.length);
    const ataxia = facts.find(
      (f: Json) => f.record === 'OMIM:254800' && f.object.id === 'HP:0001251',
    );
    expect(ataxia).toMatchObject({ predicate: 'HAS_PHENOTYPE', negated: false, evidence: 'PCS' });
    expect(ataxia.frequency.text).toBe('2/3');
    expect(ataxia.sentence).toContain('Unverricht-Lundborg syndrome has Ataxia');
    expect(ataxia.sentence).toContain('2/3');
    expect(ataxia.sentence).toContain('infores:hpo-annotations 2025-01-16');
    expect(ataxia.sentence).toContain('PMID:11571333');
    expect(answer.structured.curated.bySource).toEqual([
      expect.objectContaining({ source: HPO.source, version: HPO.version }),
    ]);
    expectBothChannelsComplete(answer);
  });

  test('an HP term and a gene', async () => {
    const answer = await mcp.call('get_facts', {
      entityIds: ['NCBIGene:1476', 'HP:0002123'],
      maxTokens: 8_000,
    });
    const [gene, term] = answer.structured.entities;
    expect(term).toMatchObject({
      status: 'found',
      entity: { id: 'HP:0002123', kind: 'PHENOTYPE' },
    });
    expect(gene).toMatchObject({ status: 'found', entity: { id: 'NCBIGene:1476', name: 'CSTB' } });
    const geneFacts = answer.structured.curatedFacts.filter(
      (f: Json) => f.subject.id === 'NCBIGene:1476',
    );
    expect(geneFacts.map((f: Json) => f.predicate)).toContain('GENE_ASSOCIATED_WITH_CONDITION');
  });

  test('an unknown CURIE is not_found, as any unknown id', async () => {
    const answer = await mcp.call('get_facts', { entityIds: ['OMIM:999999999', 'myoclonus'] });
    expect(answer.isError).toBe(false);
    expect(answer.structured.entities[0]).toMatchObject({ status: 'not_found' });
  });
});

describe('asking for part of them', () => {
  test('by source: the curated layer alone, or the article alone', async () => {
    const hpo = await mcp.call('get_facts', {
      entityIds: ['myoclonus'],
      sources: ['hpo-annotations'],
    });
    expect(hpo.structured.facts).toEqual([]);
    expect(hpo.structured.curatedFacts.length).toBeGreaterThan(0);
    const article = await mcp.call('get_facts', {
      entityIds: ['myoclonus'],
      sources: ['epainassist-myoclonus-risk'],
    });
    expect(article.structured.facts.length).toBeGreaterThan(0);
    expect(article.structured.curated.total).toBe(0);
  });

  test("naming only the article's predicates gives no curated statement, as before", async () => {
    const answer = await mcp.call('get_facts', {
      entityIds: ['myoclonus'],
      predicates: ['FREQUENCY_IN'],
    });
    expect(answer.structured.curatedFacts).toEqual([]);
    expect(answer.structured.curated.total).toBe(0);
    expect(answer.structured.curated.hint).toMatch(/curatedPredicates/);
  });

  test('what the source denies comes only when asked, and says NOT', async () => {
    const without = await mcp.call('get_facts', {
      entityIds: ['ORPHA:307'],
      curatedPredicates: ['HAS_PHENOTYPE'],
      maxTokens: 8_000,
      maxFacts: 200,
    });
    expect(without.structured.curated.negatedLeftOut).toBeGreaterThan(0);
    expect(without.structured.curatedFacts.every((f: Json) => !f.negated)).toBe(true);
    const withNot = await mcp.call('get_facts', {
      entityIds: ['ORPHA:307'],
      curatedPredicates: ['HAS_PHENOTYPE'],
      includeNegated: true,
      maxTokens: 8_000,
      maxFacts: 200,
    });
    const denied = withNot.structured.curatedFacts.filter((f: Json) => f.negated);
    expect(denied.length).toBe(without.structured.curated.negatedLeftOut);
    for (const f of denied) expect(f.sentence).toMatch(/ does not have /);
    // Denied statements come after the others.
    const flags = withNot.structured.curatedFacts.map((f: Json) => f.negated);
    expect(flags.indexOf(true)).toBe(flags.length - denied.length);
  });

  test('a count of none is denied as a NOT is: spinocerebellar ataxia 38 has myoclonus in 0 of 9', async () => {
    const request = {
      entityIds: ['MONDO:0014417'],
      curatedPredicates: ['HAS_PHENOTYPE'],
      maxTokens: 8_000,
      maxFacts: 200,
    };
    const myoclonus = (facts: Json[]) =>
      facts.filter((f: Json) => / Myoclonus \(in 0\/9 of patients\)/.test(f.sentence));
    const without = await mcp.call('get_facts', request);
    expect(myoclonus(without.structured.curatedFacts)).toEqual([]);
    const withNot = await mcp.call('get_facts', { ...request, includeNegated: true });
    const denied = myoclonus(withNot.structured.curatedFacts);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ negated: true });
    expect(denied[0].sentence).toMatch(/^Spinocerebellar ataxia type 38 does not have Myoclonus/i);
  });

  test('a bad source name or a cursor of another filter is an error result that says what to change', async () => {
    const bad = await mcp.call('get_facts', { entityIds: ['myoclonus'], sources: ['hpo'] });
    expect(bad.isError).toBe(true);
    expect(bad.structured.error.code).toBe('BAD_USER_INPUT');
    expect(bad.text).toMatch(/hpo-annotations/);
    // A source is named by its id or its infores id, as GraphQL names it.
    const byId = await mcp.call('get_facts', {
      entityIds: ['ORPHA:307'],
      sources: ['hpo-annotations'],
    });
    const byInfores = await mcp.call('get_facts', {
      entityIds: ['ORPHA:307'],
      sources: ['infores:hpo-annotations'],
    });
    expect(byInfores.isError).toBeFalsy();
    expect(byInfores.structured.curated.total).toBeGreaterThan(0);
    expect(byInfores.structured.curated.total).toBe(byId.structured.curated.total);
    const badPredicate = await mcp.call('get_facts', {
      entityIds: ['myoclonus'],
      curatedPredicates: ['CAUSES'],
    });
    expect(badPredicate.isError).toBe(true);
    const first = await mcp.call('get_facts', { entityIds: ['myoclonus'] });
    const other = await mcp.call('get_facts', {
      entityIds: ['myoclonus'],
      sources: ['hpo-annotations'],
      cursor: first.structured.nextCursor,
    });
    expect(other.isError).toBe(true);
    expect(other.text).toMatch(/another request/);
  });
});

describe('resolve_entity: disease names as HPO writes them, and CURIEs', () => {
  test.each([
    ['EPILEPSY, PROGRESSIVE MYOCLONIC 1A (UNVERRICHT AND LUNDBORG)', 'MONDO:0009698'],
    ['Epilepsy, progressive myoclonic, 6', 'MONDO:0013526'],
    ['progressive myoclonic epilepsy type 6', 'MONDO:0013526'],
    ['omim:254800', 'MONDO:0009698'],
    ['Orphanet:308', 'MONDO:0009698'],
    ['HP:0001336', 'myoclonus'],
  ])('%s is matched to %s', async (text, id) => {
    const answer = await mcp.call('resolve_entity', { text });
    expect(answer.structured.status).toBe('matched');
    expect(answer.structured.candidates[0].id).toBe(id);
    expectBothChannelsComplete(answer);
  });

  test("a disease's eponym is matched to the disease, before the entity it is only related to", async () => {
    // MONDO names it "Unverricht-Lundborg syndrome"; the article gives the eponym as a related name of progressive myoclonus.
    const answer = await mcp.call('resolve_entity', { text: 'Unverricht-Lundborg disease' });
    expect(answer.structured.status).toBe('matched');
    const [first, second] = answer.structured.candidates;
    expect(first).toMatchObject({ id: 'MONDO:0009698', kind: 'DISEASE' });
    expect(second).toMatchObject({ id: 'progressive-myoclonus', match: { scope: 'related' } });
    expectBothChannelsComplete(answer);
  });

  test('an Orphanet-style family name is ambiguous between its numbered subtypes', async () => {
    const answer = await mcp.call('resolve_entity', {
      text: 'Epilepsy, progressive myoclonic',
      limit: 10,
    });
    expect(answer.structured.status).toBe('ambiguous');
    const ids = answer.structured.candidates.map((c: Json) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['MONDO:0013526', 'MONDO:0012904']));
  });

  test('types narrow to the curated kinds', async () => {
    const answer = await mcp.call('resolve_entity', { text: 'CSTB', types: ['GENE'] });
    expect(answer.structured.candidates[0]).toMatchObject({
      id: 'NCBIGene:1476',
      kind: 'GENE',
      category: 'biolink:Gene',
      match: { type: 'exact_name' },
    });
  });
});

describe('resolve_entity: an article entity that is a term of a curated kind is of that kind too', () => {
  test.each([
    ['myoclonus', 'PHENOTYPE', 'myoclonus'],
    ['HP:0001336', 'PHENOTYPE', 'myoclonus'],
    ['kidney failure', 'PHENOTYPE', 'kidney-failure'],
    ['epilepsy', 'DISEASE', 'epilepsy'],
    ['MONDO:0005027', 'DISEASE', 'epilepsy'],
  ])('%s as a %s is matched to %s', async (text, type, id) => {
    const answer = await mcp.call('resolve_entity', { text, types: [type] });
    expect(answer.structured.status).toBe('matched');
    expect(answer.structured.candidates[0].id).toBe(id);
    expectBothChannelsComplete(answer);
  });

  test('"epilepsy" as a PHENOTYPE: no HPO term is named so, and a longer name holding the word is not matched', async () => {
    const answer = await mcp.call('resolve_entity', { text: 'epilepsy', types: ['PHENOTYPE'] });
    // The article's epilepsy is a MONDO disease, not an HPO term.
    expect(answer.structured.candidates.map((c: Json) => c.id)).not.toContain('epilepsy');
    expect(answer.structured.status).toBe('ambiguous');
  });

  test('a kind the node is not still leaves it out', async () => {
    for (const text of ['myoclonus', 'HP:0001336']) {
      const answer = await mcp.call('resolve_entity', { text, types: ['GENE'] });
      expect(answer.structured.candidates.map((c: Json) => c.id)).not.toContain('myoclonus');
    }
  });
});

describe('explain_path: every CURIE the graph holds names its node', () => {
  test("an article entity by a curated record merged into it (Huntington's disease by ORPHA:399)", async () => {
    const answer = await mcp.call('explain_path', { fromId: 'ORPHA:399', toId: 'myoclonus' });
    expect(answer.structured.status).toBe('connected');
    expect(answer.structured.from.id).toBe('huntingtons-disease');
    expectBothChannelsComplete(answer);
  });

  test('a node of the curated layer only is found, and no chain of facts reaches it', async () => {
    const answer = await mcp.call('explain_path', { fromId: 'ORPHA:307', toId: 'myoclonus' });
    expect(answer.structured).toMatchObject({
      status: 'no_path',
      from: { id: 'MONDO:0009696' },
      to: { id: 'myoclonus' },
      missing: [],
    });
    expect(answer.text).toMatch(/MONDO:0009696 "[^"]+" is a node of the curated layer only/);
    expect(answer.text).not.toMatch(/unknown id|not_found/);
    expectBothChannelsComplete(answer);
  });
});

test('kg://about credits HPO with its release, and lists the curated predicates', async () => {
  const { contents } = await mcp.client.readResource({ uri: 'kg://about' });
  const about = JSON.parse((contents[0] as { text: string }).text) as Json;
  const hpo = about.sources.find((s: Json) => s.id === 'hpo-annotations');
  expect(hpo).toMatchObject({ infores: HPO.infores, version: HPO.version, kind: 'dataset' });
  expect(hpo.attribution).toMatch(/Human Phenotype Ontology \(version 2025-01-16\)/);
  expect(hpo.licence).toMatch(/HPO/);
  expect(about.curatedPredicates.map((p: Json) => p.name)).toContain('HAS_PHENOTYPE');
});
