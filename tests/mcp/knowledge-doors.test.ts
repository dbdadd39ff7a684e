import type { Json } from '../fixtures/api-server';
import { connectHttp, type McpTestClient } from '../fixtures/mcp-client';
import { expectBothChannelsComplete } from '../fixtures/mcp-channels';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * What a chatbot quotes is as strong as the article: the modality and the
 * frequency of each fact travel with its sentence, a name's scope with its
 * match, and a retired id still finds what replaced it.
 */
const ctx = useSeededServer();
let mcp: McpTestClient;

beforeAll(async () => {
  mcp = await connectHttp(`${ctx.server.url}/mcp`, 'modern');
});
afterAll(async () => {
  await mcp?.close();
});

test('an indication reads as a sign, in rare cases, in both channels; never as a cause', async () => {
  const answer = await mcp.call('get_facts', {
    entityIds: ['myoclonus'],
    predicates: ['MAY_INDICATE', 'CAUSES'],
  });
  expect(answer.isError).toBe(false);
  const facts = answer.structured.facts;
  expect(facts.map((f: Json) => f.object.id)).toEqual([
    'epilepsy',
    'head-injury',
    'medication-side-effect',
    'metabolic-condition',
    'parkinson-disease',
  ]);
  for (const fact of facts) {
    expect(fact).toMatchObject({
      predicate: 'MAY_INDICATE',
      modality: 'INDICATION',
      frequency: 'in rare cases',
    });
    expect(fact.sentence).toMatch(/^In rare cases, myoclonus can be a sign of underlying /);
    expect(answer.text).toContain(
      `[${fact.id}] ${fact.sentence} Claim: INDICATION, in rare cases.`,
    );
  }
  expectBothChannelsComplete(answer);
});

test('a fact drawn from two paragraphs cites both', async () => {
  const answer = await mcp.call('get_facts', { entityIds: ['seeing-a-doctor'] });
  const advice = answer.structured.facts.find((f: Json) => f.predicate === 'ADVISED_FOR');
  expect(advice).toMatchObject({
    modality: 'RECOMMENDATION',
    citation: { section: 'Conditions Similar To Myoclonus', paragraph: 1 },
    alsoCited: [{ section: 'Conditions Similar To Myoclonus', paragraph: 2 }],
  });
  expect(answer.text).toContain('also "Conditions Similar To Myoclonus" paragraph 2');
});

test('a retired id is found as the entity that replaced it, saying so', async () => {
  const answer = await mcp.call('get_facts', { entityIds: ['anti-seizure-medication'] });
  expect(answer.isError).toBe(false);
  const [status] = answer.structured.entities;
  expect(status).toMatchObject({
    id: 'anti-seizure-medication',
    status: 'found',
    entity: { id: 'antiepileptic-medication' },
    retired: { replacedBy: 'antiepileptic-medication', since: '3.0.0' },
  });
  expect(answer.structured.facts.map((f: Json) => f.id)).toContain(
    'antiepileptic-medication--treats--epileptic-myoclonus',
  );
  expect(answer.text).toMatch(
    /anti-seizure-medication was retired in 3\.0\.0 and replaced by antiepileptic-medication/,
  );
  expectBothChannelsComplete(answer);
});

test("a retired id, or a release's MYOKG: CURIE, names its entity in explain_path and get_facts", async () => {
  const path = await mcp.call('explain_path', {
    fromId: 'anti-seizure-medication',
    toId: 'MYOKG:epileptic-myoclonus',
  });
  expect(path.isError).toBe(false);
  expect(path.structured.status).toBe('connected');
  expect(path.structured.from.id).toBe('antiepileptic-medication');
  expect(path.structured.to.id).toBe('epileptic-myoclonus');
  const facts = await mcp.call('get_facts', { entityIds: ['MYOKG:myoclonus'] });
  expect(facts.structured.entities[0]).toMatchObject({
    status: 'found',
    entity: { id: 'myoclonus' },
  });
});

test('a broader lay word resolves with its scope, below what it names exactly', async () => {
  const answer = await mcp.call('resolve_entity', { text: 'twitching', limit: 10 });
  const myoclonus = answer.structured.candidates.find((c: Json) => c.id === 'myoclonus');
  expect(myoclonus.match).toEqual({ type: 'synonym', text: 'twitching', scope: 'broad' });
  expect(answer.text).toContain('on "twitching" (broad)');
});

test('the about resource lists the modalities and every source with its version', async () => {
  const { contents } = await mcp.client.readResource({ uri: 'kg://about' });
  const about = JSON.parse((contents[0] as { text: string }).text);
  expect(about.modalities.map((m: Json) => m.name)).toContain('INDICATION');
  expect(about.sources.map((s: Json) => [s.id, s.infores])).toEqual([
    ['caviness-1999-myoclonus-olmsted', 'infores:myoclonus-kg'],
    ['epainassist-myoclonus-risk', 'infores:epainassist-myoclonus-risk'],
    ['hpo-annotations', 'infores:hpo-annotations'],
  ]);
});
