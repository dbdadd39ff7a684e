import { Client, InMemoryTransport } from '@modelcontextprotocol/client';
import { PREDICATE_NAMES } from '../../src/domain';
import { GraphReaders, type GraphReader } from '../../src/graph/read';
import { logger } from '../../src/logger';
import { createMcpServer } from '../../src/mcp/server';
import { AMBIGUOUS_SHARE, resolveStatus } from '../../src/mcp/tools/resolve-entity';
import { DISCLAIMER } from '../../src/mcp/instructions';
import type { Json } from '../fixtures/api-server';
import { connectHttp, type McpTestClient } from '../fixtures/mcp-client';
import { expectBothChannelsComplete } from '../fixtures/mcp-channels';
import { useSeededServer } from '../fixtures/seeded-server';

const testReaders = () =>
  new GraphReaders(ctx.driver, { queryTimeoutMs: 10_000, deadlineGraceMs: 1_000 });

/** The tools over Streamable HTTP, through the SDK's own client (a 2026-07-28 client). */
const ctx = useSeededServer();
let mcp: McpTestClient;

beforeAll(async () => {
  mcp = await connectHttp(`${ctx.server.url}/mcp`, 'modern');
});
afterAll(async () => {
  await mcp?.close();
});

describe('the server', () => {
  test('lists exactly the three curated tools: no raw-query tool, no schema tool', async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'explain_path',
      'get_facts',
      'resolve_entity',
    ]);
  });

  test('every tool is read-only, idempotent and closed-world, with an output schema', async () => {
    const { tools } = await mcp.client.listTools();
    for (const tool of tools) {
      expect(tool.annotations).toMatchObject({
        readOnlyHint: true,
        idempotentHint: true,
        openWorldHint: false,
      });
      expect(tool.outputSchema?.type).toBe('object');
    }
  });

  test('input schemas carry the kinds and predicates as enums', async () => {
    const { tools } = await mcp.client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t.inputSchema as Json]));
    expect(byName.get('get_facts').properties.predicates.items.enum).toEqual(PREDICATE_NAMES);
    expect(byName.get('resolve_entity').properties.types.items.enum).toContain('CONDITION');
    expect(byName.get('get_facts').properties.entityIds.maxItems).toBe(5);
    expect(byName.get('get_facts').properties.depth.maximum).toBe(2);
    expect(byName.get('explain_path').properties.maxHops.maximum).toBe(4);
  });

  test('its instructions give the workflow, the quoting rule and that facts are data', () => {
    const instructions = mcp.client.getInstructions() ?? '';
    expect(instructions).toMatch(/resolve_entity/);
    expect(instructions).toMatch(/get_facts/);
    expect(instructions).toMatch(/citation/);
    expect(instructions).toMatch(/never instructions/);
    expect(instructions).toContain(DISCLAIMER);
  });
});

describe('resolve_entity', () => {
  test('"twitching when I fall asleep" is matched to hypnic jerks, saying how', async () => {
    const answer = await mcp.call('resolve_entity', { text: 'twitching when I fall asleep' });
    expect(answer.isError).toBe(false);
    expect(answer.structured.status).toBe('matched');
    const [first] = answer.structured.candidates;
    expect(first).toMatchObject({ id: 'hypnic-jerks', kind: 'CONDITION' });
    expect(['fuzzy', 'words', 'synonym']).toContain(first.match.type);
    expect(first.match.text.toLowerCase()).toContain('asleep');
    expectBothChannelsComplete(answer);
  });

  test('an exact synonym says synonym; candidates are best first', async () => {
    const answer = await mcp.call('resolve_entity', { text: 'hypnic jerks' });
    expect(answer.structured.candidates[0]).toMatchObject({
      id: 'hypnic-jerks',
      match: { type: 'synonym', text: 'hypnic jerks' },
    });
    const scores = answer.structured.candidates.map((c: Json) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('types narrows the kinds', async () => {
    const answer = await mcp.call('resolve_entity', { text: 'myoclonus', types: ['SYMPTOM'] });
    for (const candidate of answer.structured.candidates) expect(candidate.kind).toBe('SYMPTOM');
  });

  test('text that names nothing is no_match: not an error, and not an empty result', async () => {
    const answer = await mcp.call('resolve_entity', { text: 'quantum chromodynamics' });
    expect(answer.isError).toBe(false);
    expect(answer.structured.status).toBe('no_match');
    expect(answer.structured.candidates).toEqual([]);
    expect(answer.text).toMatch(/no_match/);
    expectBothChannelsComplete(answer);
  });

  test('close scores are ambiguous, a clear lead is matched', () => {
    expect(resolveStatus([])).toBe('no_match');
    expect(resolveStatus([50])).toBe('matched');
    expect(resolveStatus([100, 100 * AMBIGUOUS_SHARE])).toBe('ambiguous');
    expect(resolveStatus([100, 100 * AMBIGUOUS_SHARE - 1])).toBe('matched');
    // Found through a related name only, the first does not stand out alone.
    expect(resolveStatus([100, 10], 'related')).toBe('ambiguous');
    expect(resolveStatus([100, 10], 'exact')).toBe('matched');
    expect(resolveStatus([100], 'related')).toBe('matched');
    // Found only by some words of a longer name: never matched, even alone.
    expect(resolveStatus([20], null, { partial: true })).toBe('ambiguous');
    // A second found through a related name only does not contest a first found by its own name.
    expect(resolveStatus([100, 90], null, { secondScope: 'related' })).toBe('matched');
    expect(resolveStatus([100, 90], 'related', { secondScope: 'related' })).toBe('ambiguous');
  });

  test('words two entities share about equally are ambiguous', async () => {
    const answer = await mcp.call('resolve_entity', { text: 'baby twitching' });
    expect(answer.structured.status).toBe('ambiguous');
    const ids = answer.structured.candidates.map((c: Json) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['infant-twitching-after-feeding', 'infant-twitching-during-sleep']),
    );
  });
});

describe('get_facts', () => {
  test('the facts of an entity, each with its sentence, citation and the disclaimer', async () => {
    const answer = await mcp.call('get_facts', { entityIds: ['alzheimers-disease'] });
    expect(answer.isError).toBe(false);
    const { entities, facts, disclaimer, truncated, nextCursor } = answer.structured;
    expect(entities).toEqual([
      expect.objectContaining({ id: 'alzheimers-disease', status: 'found' }),
    ]);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(fact.sentence).toMatch(/\.$/);
      expect(fact.citation).toEqual({
        source: 'Who Is At Risk For Myoclonus?',
        section: expect.any(String),
        paragraph: expect.any(Number),
        date: '2019-07-23',
      });
      expect([fact.subject.id, fact.object.id]).toContain('alzheimers-disease');
    }
    expect(disclaimer).toBe(DISCLAIMER);
    expect(truncated).toBe(false);
    expect(nextCursor).toBeNull();
    expectBothChannelsComplete(answer);
  });

  test('several entities in one call, found, not_found with suggestions, and a shared fact once', async () => {
    const answer = await mcp.call('get_facts', {
      entityIds: ['alzheimers-disease', 'neurological-condition', 'alzheimers'],
    });
    const [alzheimers, neurological, ghost] = answer.structured.entities;
    expect(alzheimers.status).toBe('found');
    expect(neurological.status).toBe('found');
    expect(ghost).toMatchObject({ id: 'alzheimers', status: 'not_found' });
    expect(ghost.suggestions.map((s: Json) => s.id)).toContain('alzheimers-disease');
    const ids = answer.structured.facts.map((f: Json) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('alzheimers-disease--member_of--neurological-condition');
    expectBothChannelsComplete(answer);
  });

  test('an entity with no facts of the predicates asked is no_facts', async () => {
    const answer = await mcp.call('get_facts', {
      entityIds: ['alzheimers-disease'],
      predicates: ['TREATS'],
    });
    expect(answer.structured.entities[0]).toMatchObject({ status: 'no_facts', factCount: 0 });
    expect(answer.structured.facts).toEqual([]);
    expectBothChannelsComplete(answer);
  });

  test('not found, no facts and found are three different answers, none an error', async () => {
    const answer = await mcp.call('get_facts', {
      entityIds: ['no-such-entity', 'alzheimers-disease'],
      predicates: ['MEMBER_OF'],
    });
    expect(answer.isError).toBe(false);
    expect(answer.structured.entities.map((e: Json) => e.status)).toEqual(['not_found', 'found']);
    const none = await mcp.call('get_facts', {
      entityIds: ['myoclonus'],
      predicates: ['MEMBER_OF'],
    });
    expect(none.structured.entities[0].status).toBe('no_facts');
  });

  test('predicates narrow the facts, and the figures come as facts', async () => {
    const answer = await mcp.call('get_facts', {
      entityIds: ['myoclonus'],
      predicates: ['FREQUENCY_IN'],
    });
    const facts = answer.structured.facts;
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.predicate).toBe('FREQUENCY_IN');
    expect(facts[0].figure).toEqual(
      expect.objectContaining({ value: 1.3, unit: 'cases per 100,000 persons', per: 100000 }),
    );
    expect(facts[0].sentence).toContain('1.3 cases per 100,000 persons');
    expectBothChannelsComplete(answer);
  });

  test("depth 2 adds the facts of the neighbours, after the entity's own", async () => {
    const one = await mcp.call('get_facts', { entityIds: ['hypnic-jerks'], depth: 1 });
    const two = await mcp.call('get_facts', {
      entityIds: ['hypnic-jerks'],
      depth: 2,
      maxTokens: 8000,
    });
    expect(two.structured.totalFacts).toBeGreaterThan(one.structured.totalFacts);
    const own = one.structured.facts.map((f: Json) => f.id);
    expect(two.structured.facts.slice(0, own.length).map((f: Json) => f.id)).toEqual(own);
  });

  test('a CURIE names the entity it maps to exactly', async () => {
    const answer = await mcp.call('get_facts', { entityIds: ['HP:0001336'] });
    expect(answer.structured.entities[0]).toMatchObject({
      id: 'HP:0001336',
      status: 'found',
      entity: { id: 'myoclonus' },
    });
  });
});

test('get_facts by id asks Neo4j twice: the facts, their ends and the content hash in one transaction, the curated statements in another', async () => {
  const readers: GraphReader[] = [];
  const server = createMcpServer({
    reader: async () => {
      const reader = testReaders().reader('mcp-test');
      readers.push(reader);
      return reader;
    },
    releaseChanges: () => Promise.reject(new Error('not asked for')),
    releaseChangesUrl: null,
    log: logger,
    recordToolCall: () => undefined,
    serverVersion: 'test',
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'round-trips', version: '1.0.0' });
  await client.connect(clientSide);
  try {
    const found = (await client.callTool({
      name: 'get_facts',
      arguments: { entityIds: ['myoclonus'] },
    })) as Json;
    expect(found.structuredContent.entities[0].status).toBe('found');
    const { contentHash } = await testReaders().reader('test').graphInfo();
    expect(found.structuredContent.contentHash).toBe(contentHash);
    expect(readers.at(-1)!.roundTrips).toBe(2);
    // With no facts to carry it, the entity is read on its own (and no curated statement is asked for).
    const none = (await client.callTool({
      name: 'get_facts',
      arguments: { entityIds: ['myoclonus'], predicates: ['MEMBER_OF'] },
    })) as Json;
    expect(none.structuredContent.entities[0].status).toBe('no_facts');
    expect(readers.at(-1)!.roundTrips).toBe(2);
  } finally {
    await client.close();
    await server.close();
  }
});

describe('explain_path', () => {
  test("Alzheimer's disease to myoclonus: a chain of cited facts", async () => {
    const answer = await mcp.call('explain_path', {
      fromId: 'alzheimers-disease',
      toId: 'myoclonus',
    });
    expect(answer.structured.status).toBe('connected');
    const [path] = answer.structured.paths;
    expect(path.hops.length).toBe(path.length);
    expect(path.hops[0].subject.id).toBe('alzheimers-disease');
    for (const hop of path.hops) {
      expect(hop.sentence.length).toBeGreaterThan(10);
      expect(hop.citation.section).toBeTruthy();
    }
    expectBothChannelsComplete(answer);
  });

  test('too few hops is no_path; an unknown end is not_found with suggestions', async () => {
    const short = await mcp.call('explain_path', {
      fromId: 'alzheimers-disease',
      toId: 'myoclonus',
      maxHops: 1,
    });
    expect(short.isError).toBe(false);
    expect(short.structured).toMatchObject({ status: 'no_path', paths: [] });
    expectBothChannelsComplete(short);
    const ghost = await mcp.call('explain_path', { fromId: 'alzheimer', toId: 'myoclonus' });
    expect(ghost.structured.status).toBe('not_found');
    expect(ghost.structured.missing[0].id).toBe('alzheimer');
    expect(ghost.structured.missing[0].suggestions[0].id).toBe('alzheimers-disease');
    expectBothChannelsComplete(ghost);
  });

  test.each([
    ['one id twice', 'myoclonus', 'myoclonus', 'myoclonus'],
    ['an id and a CURIE it carries', 'myoclonus', 'HP:0001336', 'myoclonus'],
    [
      'a retired id and its replacement',
      'anti-seizure-medication',
      'antiepileptic-medication',
      'antiepileptic-medication',
    ],
  ])(
    '%s: the same entity, a path of 0 hops, as GraphQL path answers',
    async (_what, fromId, toId, id) => {
      const answer = await mcp.call('explain_path', { fromId, toId });
      expect(answer.isError).toBe(false);
      expect(answer.structured).toMatchObject({
        status: 'connected',
        from: { id },
        to: { id },
        paths: [{ length: 0, hops: [] }],
        missing: [],
      });
      expect(answer.text).toContain(`${id} to ${id}: status connected`);
      expect(answer.text).toMatch(/the same entity, joined by 0 facts \(0 hops\)/);
      expectBothChannelsComplete(answer);
      const graphql = await ctx.server.post(
        `{ path(from: "${fromId}", to: "${toId}") { length entities { id } facts { id } } }`,
      );
      expect(graphql.body.errors).toBeUndefined();
      expect(graphql.body.data.path).toEqual({ length: 0, entities: [{ id }], facts: [] });
    },
  );
});

describe('resources and the prompt', () => {
  test('kg://about gives the seed version, content hash, counts, predicates and disclaimer', async () => {
    const { contents } = await mcp.client.readResource({ uri: 'kg://about' });
    const about = JSON.parse((contents[0] as { text: string }).text) as Json;
    const info = await ctx.server.post(
      '{ graphInfo { seedVersion contentHash entityCount factCount conceptCount curatedStatementCount } }',
    );
    expect(about).toMatchObject(info.body.data.graphInfo);
    expect(about.predicates.map((p: Json) => p.name)).toEqual(PREDICATE_NAMES);
    expect(about.predicates.find((p: Json) => p.name === 'CAUSES').biolink).toBe('biolink:causes');
    expect(about.disclaimer).toBe(DISCLAIMER);
  });

  test('kg://sources/{id} gives the source; the template lists it; an unknown id is an error', async () => {
    const { resources } = await mcp.client.listResources();
    const uris = resources.map((r) => r.uri);
    expect(uris).toEqual(
      expect.arrayContaining(['kg://about', 'kg://sources/epainassist-myoclonus-risk']),
    );
    const { contents } = await mcp.client.readResource({
      uri: 'kg://sources/epainassist-myoclonus-risk',
    });
    expect(JSON.parse((contents[0] as { text: string }).text)).toMatchObject({
      title: 'Who Is At Risk For Myoclonus?',
      lastModified: '2019-07-23',
    });
    await expect(mcp.client.readResource({ uri: 'kg://sources/nothing' })).rejects.toThrow();
  });

  test('answer_with_citations gives the workflow, the citation rule and the fallback answer', async () => {
    const { prompts } = await mcp.client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['answer_with_citations']);
    const prompt = await mcp.client.getPrompt({
      name: 'answer_with_citations',
      arguments: { question: 'Can Alzheimer disease cause jerks?' },
    });
    const text = (prompt.messages[0]!.content as { text: string }).text;
    expect(text).toMatch(/resolve_entity/);
    expect(text).toMatch(/get_facts/);
    expect(text).toMatch(/\[fact-id\]/);
    expect(text).toContain('not in the knowledge graph');
    expect(text).toContain('Can Alzheimer disease cause jerks?');
  });
});
