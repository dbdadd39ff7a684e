import type { Driver } from 'neo4j-driver';
import { readConfig } from '../../src/config';
import { createApiServer } from '../../src/http/server';
import { estimateTokens } from '../../src/mcp/token-estimate';
import { TOOL_LIMITS } from '../../src/mcp/limits';
import { graphql } from '../workloads/requests';
import type { HttpRequest } from '../workloads';

/**
 * The budgets on a node with hundreds of curated statements: myoclonus.
 * GraphQL's static cost (GraphQL Armor's, against MAX_QUERY_COST) of a page
 * of 100 of its statements and of 100 diseases with it, and the size of
 * their answers; MCP's get_facts on it, its estimated tokens against the
 * budget it was given.
 */

/** The fields of docs/examples/diseases-with-myoclonus.graphql, and the statement's sentence. */
const ANNOTATION = `negated record evidence evidenceEco references statement
  frequency { text label value } source { infores version }
  subject { id name } object { id name }`;

/** Every field of an Annotation. */
const EVERY_FIELD = `id predicate biolinkPredicate negated record evidence evidenceEco agentType
  knowledgeLevel references onset sex modifiers curation statement
  frequency { text label value } source { id infores version }
  subject { id name } object { id name }`;

export const BUDGET_QUERIES: { id: string; title: string; request: HttpRequest }[] = [
  {
    id: 'B0',
    title: 'concept(id: "myoclonus") { annotations(first: 100) }, every field of Annotation',
    request: graphql(
      `{ concept(id: "myoclonus") { id name annotations(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${EVERY_FIELD} } } } } }`,
    ),
  },
  {
    id: 'B1',
    title: 'concept(id: "myoclonus") { annotations(first: 100) }, the fields of the examples',
    request: graphql(
      `{ concept(id: "myoclonus") { id name annotations(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ANNOTATION} } } } } }`,
    ),
  },
  {
    id: 'B2',
    title: 'diseasesWithPhenotype(phenotype: "HP:0001336", first: 100)',
    request: graphql(
      `{ diseasesWithPhenotype(phenotype: "HP:0001336", includeNarrower: true, first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ANNOTATION} } } } }`,
    ),
  },
];

export interface BudgetRow {
  id: string;
  title: string;
  cost: number;
  maxCost: number;
  accepted: boolean;
  responseBytes: number;
  totalCount: number;
}

export interface McpBudgetRow {
  arguments: Record<string, unknown>;
  budget: number;
  tokens: number;
  responseBytes: number;
  facts: number;
  truncated: boolean;
}

async function post(base: string, request: HttpRequest): Promise<string> {
  const response = await fetch(base + request.path, request);
  return response.text();
}

/**
 * Each query's cost as Armor counts it (a server whose limit is 1 says "found
 * N"), whether the service as configured accepts it, and its answer's size.
 */
export async function measureGraphqlBudgets(
  driver: Driver,
  env: Record<string, string>,
): Promise<BudgetRow[]> {
  const base = { ...process.env, ...env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1' };
  const config = readConfig({
    ...base,
    RATE_LIMIT_PER_MINUTE: '0',
    RESPONSE_CACHE_ENABLED: 'false',
  });
  const strict = readConfig({ ...base, RATE_LIMIT_PER_MINUTE: '0', MAX_QUERY_COST: '1' });
  const served = await createApiServer(driver, config);
  const counting = await createApiServer(driver, strict);
  try {
    const url = `http://127.0.0.1:${await served.listen()}`;
    const countingUrl = `http://127.0.0.1:${await counting.listen()}`;
    const rows: BudgetRow[] = [];
    for (const q of BUDGET_QUERIES) {
      const refused = await post(countingUrl, q.request);
      const found = /exceeded, found (\d+)/.exec(refused);
      if (!found) throw new Error(`${q.id}: no cost in ${refused.slice(0, 300)}`);
      const text = await post(url, q.request);
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
      const totals = JSON.stringify(body.data ?? {}).match(/"totalCount":(\d+)/);
      rows.push({
        id: q.id,
        title: q.title,
        cost: Number(found[1]),
        maxCost: config.MAX_QUERY_COST,
        accepted: !body.errors && body.data != null,
        responseBytes: Buffer.byteLength(text),
        totalCount: Number(totals?.[1] ?? NaN),
      });
    }
    return rows;
  } finally {
    await served.stop();
    await counting.stop();
  }
}

/** get_facts on myoclonus, at the default budget and at the largest a client may ask. */
export async function measureMcpBudgets(baseUrl: string): Promise<McpBudgetRow[]> {
  const rows: McpBudgetRow[] = [];
  const asks: Record<string, unknown>[] = [
    { entityIds: ['myoclonus'] },
    {
      entityIds: ['myoclonus'],
      depth: 2,
      maxFacts: TOOL_LIMITS.maxFacts,
      maxTokens: TOOL_LIMITS.maxTokens,
    },
  ];
  for (const args of asks) {
    const response = await fetch(`${baseUrl}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'get_facts', arguments: args },
      }),
    });
    const raw = await response.text();
    const json = raw.startsWith('{') ? raw : (/^data: (.*)$/m.exec(raw)?.[1] ?? '{}');
    const message = JSON.parse(json) as {
      result?: {
        content?: { text?: string }[];
        structuredContent?: Record<string, unknown>;
        isError?: boolean;
      };
    };
    const result = message.result;
    if (!result || result.isError) throw new Error(`get_facts failed: ${raw.slice(0, 300)}`);
    const text = (result.content ?? []).map((c) => c.text ?? '').join('');
    const structured = result.structuredContent ?? {};
    rows.push({
      arguments: args,
      budget: Number(args.maxTokens ?? TOOL_LIMITS.defaultTokens),
      tokens: estimateTokens(text),
      responseBytes: Buffer.byteLength(raw),
      facts: Array.isArray(structured.facts) ? structured.facts.length : NaN,
      truncated: Boolean(structured.truncated),
    });
  }
  return rows;
}
