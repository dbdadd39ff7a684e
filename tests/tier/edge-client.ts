import { createHash } from 'node:crypto';
import http from 'node:http';

/**
 * A client of the edge. Node's http, not fetch: a request can leave from a
 * loopback address of its own (127.0.0.2, 127.0.0.3, ...), so the edge sees
 * distinct clients, as it would see distinct machines.
 */
export interface EdgeResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json(): any;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client's own address (any of 127.0.0.0/8). */
  from?: string;
  timeoutMs?: number;
}

const agents = new Map<string, http.Agent>();
const agentFor = (from: string) => {
  let agent = agents.get(from);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, localAddress: from });
    agents.set(from, agent);
  }
  return agent;
};

export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

export function request(url: string, options: RequestOptions = {}): Promise<EdgeResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: agentFor(options.from ?? '127.0.0.1'),
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface GraphQLGet {
  query?: string;
  variables?: Record<string, unknown>;
  /** Send the persisted-query extension with the query's hash. */
  persisted?: string;
}

/** The path of a GraphQL GET, as Apollo Client's persisted-query link builds it. */
export function graphqlPath({ query, variables, persisted }: GraphQLGet): string {
  const params = new URLSearchParams();
  if (query !== undefined) params.set('query', query);
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  if (persisted !== undefined)
    params.set(
      'extensions',
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(persisted) } }),
    );
  return `/graphql?${params.toString()}`;
}

/** The headers a GraphQL GET sends: its media type, and the header CSRF prevention asks for. */
export const GET_HEADERS = { accept: 'application/json', 'apollo-require-preflight': 'true' };

export function postGraphQL(
  base: string,
  query: string,
  options: Omit<RequestOptions, 'method' | 'body'> = {},
): Promise<EdgeResponse> {
  return request(`${base}/graphql`, {
    ...options,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
    body: JSON.stringify({ query }),
  });
}
