import { countTokens as countO200k } from 'gpt-tokenizer/cjs/encoding/o200k_base';
import { countTokens as countCl100k } from 'gpt-tokenizer/cjs/encoding/cl100k_base';
import { encodeFactCursor, decodeFactCursor } from '../../src/mcp/fact-cursor';
import { TOOL_LIMITS } from '../../src/mcp/limits';
import { estimateTokens } from '../../src/mcp/token-estimate';
import { startTestServer, type Json, type TestServer } from '../fixtures/api-server';
import { connectHttp, type McpTestClient, type ToolAnswer } from '../fixtures/mcp-client';
import { expectBothChannelsComplete } from '../fixtures/mcp-channels';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * The token budget of get_facts: the worst case (the best-connected entity at
 * depth 2) stays within maxTokens in both channels, by our estimate and by
 * two real BPE tokenizers; a cut result pages on by its cursor, on any
 * instance, and a cursor of another graph content is refused.
 */
const ctx = useSeededServer();
let mcp: McpTestClient;
let worst: { id: string; totalFacts: number };

const channels = (answer: ToolAnswer) => [answer.text, JSON.stringify(answer.structured)];

beforeAll(async () => {
  mcp = await connectHttp(`${ctx.server.url}/mcp`);
  // The entities with the most relationships, then the one with most facts at depth 2.
  const session = ctx.driver.session();
  const { records } = await session.run(
    'MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 8',
  );
  await session.close();
  const totals = await Promise.all(
    records.map(async (r) => {
      const id = r.get('id') as string;
      const answer = await mcp.call('get_facts', { entityIds: [id], depth: 2, maxFacts: 1 });
      return { id, totalFacts: answer.structured.totalFacts as number };
    }),
  );
  worst = totals.sort((a, b) => b.totalFacts - a.totalFacts)[0]!;
}, 60_000);
afterAll(async () => {
  await mcp?.close();
});

test.each([500, 2_000, 8_000])(
  'the best-connected entity at depth 2 stays within maxTokens %i in both channels',
  async (maxTokens) => {
    const answer = await mcp.call('get_facts', {
      entityIds: [worst.id],
      depth: 2,
      maxFacts: 200,
      maxTokens,
    });
    expect(answer.isError).toBe(false);
    for (const channel of channels(answer)) {
      const estimate = estimateTokens(channel);
      expect(estimate).toBeLessThanOrEqual(maxTokens);
      // The estimate is from above for real tokenizers.
      expect(countO200k(channel)).toBeLessThanOrEqual(estimate);
      expect(countCl100k(channel)).toBeLessThanOrEqual(estimate);
    }
    expect(answer.structured.facts.length).toBeGreaterThan(0);
    if (maxTokens < 8_000) {
      expect(answer.structured.truncated).toBe(true);
      expect(typeof answer.structured.nextCursor).toBe('string');
      expect(answer.text).toContain(answer.structured.nextCursor);
    }
    expectBothChannelsComplete(answer);
  },
);

test('the default budget is about 2,000 tokens', async () => {
  const answer = await mcp.call('get_facts', { entityIds: [worst.id], depth: 2, maxFacts: 200 });
  const largest = Math.max(...channels(answer).map(estimateTokens));
  expect(largest).toBeLessThanOrEqual(2_000);
  expect(largest).toBeGreaterThan(1_500);
});

test('following nextCursor gives every fact, then every curated statement, exactly once, in pages within the budget', async () => {
  const request = { entityIds: [worst.id, 'hiccups'], depth: 2, maxFacts: 200, maxTokens: 1_000 };
  const seen: string[] = [];
  const curated: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  let total: number | undefined;
  let curatedTotal: number | undefined;
  do {
    const answer = await mcp.call('get_facts', { ...request, ...(cursor ? { cursor } : {}) });
    expect(answer.isError).toBe(false);
    for (const channel of channels(answer))
      expect(estimateTokens(channel)).toBeLessThanOrEqual(1_000);
    const { facts, curatedFacts, from } = answer.structured;
    if (facts.length > 0) expect(from).toBe(seen.length + 1);
    // The curated statements come only once the article's facts are all given.
    if (curatedFacts.length > 0) {
      expect(seen.length + facts.length).toBe(answer.structured.totalFacts);
      expect(answer.structured.curated.from).toBe(curated.length + 1);
    }
    seen.push(...facts.map((f: Json) => f.id as string));
    curated.push(...curatedFacts.map((f: Json) => f.id as string));
    total = answer.structured.totalFacts;
    curatedTotal = answer.structured.curated.total;
    expect(answer.structured.curated.remaining).toBe(curatedTotal! - curated.length);
    cursor = answer.structured.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 200);
  expect(pages).toBeGreaterThan(1);
  expect(seen.length).toBe(total);
  expect(new Set(seen).size).toBe(total);
  expect(curated.length).toBe(curatedTotal);
  expect(new Set(curated).size).toBe(curatedTotal);
});

test('unknown ids, with no fact to page, stay within a small budget too', async () => {
  // The longest ids an argument may carry, each with words that find suggestions.
  const entityIds = [1, 2, 3, 4, 5].map((n) =>
    `${n}-myoclonus-jerks-epilepsy-twitching-`.repeat(10).slice(0, TOOL_LIMITS.maxIdLength),
  );
  const answer = await mcp.call('get_facts', { entityIds, maxTokens: TOOL_LIMITS.minTokens });
  for (const channel of channels(answer))
    expect(estimateTokens(channel)).toBeLessThanOrEqual(TOOL_LIMITS.minTokens);
  if (answer.isError) {
    // No room even for the entities' statuses: refused, saying how much they need.
    expect(answer.structured.error.code).toBe('BAD_USER_INPUT');
    const needed = Number(/ask again with maxTokens (\d+) or more/.exec(answer.text)?.[1]);
    expect(needed).toBeGreaterThan(TOOL_LIMITS.minTokens);
    const enough = await mcp.call('get_facts', { entityIds, maxTokens: needed });
    expect(enough.isError).toBe(false);
    for (const channel of channels(enough))
      expect(estimateTokens(channel)).toBeLessThanOrEqual(needed);
    expect(enough.structured.entities.map((e: Json) => e.status)).toEqual(
      entityIds.map(() => 'not_found'),
    );
  }
});

test('maxFacts cuts the page too, with a cursor', async () => {
  const answer = await mcp.call('get_facts', { entityIds: [worst.id], maxFacts: 2 });
  expect(answer.structured.facts).toHaveLength(2);
  expect(answer.structured.truncated).toBe(true);
});

describe('the cursor', () => {
  const request = () => ({ entityIds: [worst.id], depth: 2, maxTokens: 600 });

  test('is self-contained: another instance continues it with the same page', async () => {
    const first = await mcp.call('get_facts', request());
    const cursor = first.structured.nextCursor as string;
    const here = await mcp.call('get_facts', { ...request(), cursor });
    let other: TestServer | undefined;
    let otherClient: McpTestClient | undefined;
    try {
      other = await startTestServer();
      otherClient = await connectHttp(`${other.url}/mcp`, 'legacy');
      const there = await otherClient.call('get_facts', { ...request(), cursor });
      expect(there.structured.facts).toEqual(here.structured.facts);
      expect(there.structured.from).toBe(first.structured.facts.length + 1);
    } finally {
      await otherClient?.close();
      await other?.stop();
    }
  });

  test('is refused, clearly, once the graph content has changed', async () => {
    const first = await mcp.call('get_facts', request());
    const cursor = first.structured.nextCursor as string;
    const session = ctx.driver.session();
    const { records } = await session.run(
      "MATCH (m:SeedMeta {id: 'current'}) WITH m, m.contentHash AS was SET m.contentHash = 'a-newer-content' RETURN was",
    );
    try {
      const answer = await mcp.call('get_facts', { ...request(), cursor });
      expect(answer.isError).toBe(true);
      expect(answer.text).toMatch(/changed since this cursor was made/);
      expect(answer.structured.error.code).toBe('BAD_USER_INPUT');
    } finally {
      await session.run("MATCH (m:SeedMeta {id: 'current'}) SET m.contentHash = $was", {
        was: records[0]!.get('was'),
      });
      await session.close();
    }
  });

  test('of another request, or not one we gave, is refused', async () => {
    const first = await mcp.call('get_facts', request());
    const cursor = first.structured.nextCursor as string;
    const otherRequest = await mcp.call('get_facts', { entityIds: ['hiccups'], cursor });
    expect(otherRequest.isError).toBe(true);
    expect(otherRequest.text).toMatch(/another request/);
    for (const bad of ['not-a-cursor', Buffer.from('{"v":2}').toString('base64url'), '']) {
      const answer = await mcp.call('get_facts', { ...request(), cursor: bad });
      expect(answer.isError).toBe(true);
      expect(answer.text).toMatch(/cursor/);
    }
  });

  test('round-trips what it holds', () => {
    const cursor = { v: 1 as const, h: 'abc', e: ['myoclonus'], p: null, d: 2, o: 7 };
    expect(decodeFactCursor(encodeFactCursor(cursor))).toEqual(cursor);
  });
});

test('the estimate is UTF-8 bytes over 2.5, rounded up', () => {
  expect(estimateTokens('')).toBe(0);
  expect(estimateTokens('ab')).toBe(1);
  expect(estimateTokens('abc')).toBe(2);
  expect(estimateTokens('é')).toBe(1);
  expect(estimateTokens('x'.repeat(2_500))).toBe(1_000);
});
