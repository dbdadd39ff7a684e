import type { ServerProcess } from './processes';
import {
  normaliserOf,
  requestOf,
  type AnsweringServer,
  type HttpRequest,
  type ServerId,
  type Workload,
} from './workloads';

/** A server's JSON answer; an HTTP error or a GraphQL error fails the run. */
export async function fetchJson(base: string, request: HttpRequest): Promise<unknown> {
  const response = await fetch(base + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(
      `${request.method} ${base}${request.path}: HTTP ${response.status} ${text.slice(0, 500)}`,
    );
  const body = JSON.parse(text) as { errors?: unknown };
  if (body && typeof body === 'object' && 'errors' in body && body.errors)
    throw new Error(
      `${base}${request.path}: GraphQL errors ${JSON.stringify(body.errors).slice(0, 500)}`,
    );
  return body;
}

/**
 * Asks A, B and C the same question (a few times: it also warms them up),
 * normalises the answers and fails the run if they differ.
 */
export async function checkSameAnswers(
  workload: Workload,
  servers: Record<ServerId, ServerProcess>,
  ids: AnsweringServer[],
  repeats: number,
): Promise<string> {
  const answers: Partial<Record<AnsweringServer, string[]>> = {};
  for (const id of ids) {
    for (let i = 0; i < repeats; i++) {
      const body = await fetchJson(servers[id].url, requestOf(workload, id));
      answers[id] = normaliserOf(workload, id)(body);
    }
  }
  const reference = answers[ids[0]!]!;
  if (reference.length === 0) throw new Error(`${workload.id}: ${ids[0]} gave an empty answer`);
  for (const id of ids.slice(1)) {
    const other = answers[id]!;
    const missing = reference.filter((l) => !other.includes(l));
    const extra = other.filter((l) => !reference.includes(l));
    if (missing.length > 0 || extra.length > 0 || other.length !== reference.length) {
      throw new Error(
        `${workload.id}: ${id} answers differently from ${ids[0]}\n` +
          `  only in ${ids[0]}: ${JSON.stringify(missing, null, 1)}\n  only in ${id}: ${JSON.stringify(extra, null, 1)}`,
      );
    }
  }
  return `${workload.id}: ${ids.join(', ')} agree (${reference.length} lines)`;
}
