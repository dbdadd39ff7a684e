import { loadExamples } from '../../src/http/playground';
import type { HttpRequest } from './workload';

/** A's requests are the operations of docs/examples, asked with the workload's values as variables. */
const EXAMPLES = new Map(loadExamples().map((e) => [e.file, e.query]));
export function example(file: string): string {
  const query = EXAMPLES.get(file);
  if (query === undefined) throw new Error(`docs/examples/${file} is missing`);
  return query;
}

export const graphql = (query: string, variables: Record<string, unknown> = {}): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  // Comment lines go before whitespace is folded: on one line a comment would swallow the operation.
  body: JSON.stringify({
    query: query
      .replace(/^\s*#.*$/gm, '')
      .replace(/\s+/g, ' ')
      .trim(),
    variables,
  }),
});

export const get = (path: string, params: Record<string, string | number>): HttpRequest => ({
  method: 'GET',
  path: `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`,
});
