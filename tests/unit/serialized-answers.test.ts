import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import {
  AnswerOffer,
  keepRawBody,
  SerializedAnswers,
} from '../../src/schema/response-cache/serialized-answers';
import { requestIdFrom } from '../../src/schema/request-id';
import { responseText } from '../../src/schema/response-extensions';

/**
 * The serialized-answer tier on its own, in front of a stand-in for Apollo
 * that counts what reaches it and says, per request, whether its answer may
 * be kept. The stand-in's rules are the test's: what is checked here is what
 * the tier does with an offer, a request's bytes and the content hash.
 */
interface Behaviour {
  accept: boolean;
  status: number;
  /** The stand-in lays its body out otherwise than the service does. */
  laidOut: boolean;
}

let server: Server;
let base: string;
let hash: string | null;
let behaviour: Behaviour;
let reachedApollo: number;
const hits: (string | null)[] = [];

beforeAll(async () => {
  const answers = new SerializedAnswers({
    contentHash: () => hash,
    maxBytes: 1 << 20,
    onHit: (operationName) => hits.push(operationName),
  });
  const app = express();
  app.use(express.json({ verify: keepRawBody }), answers.middleware());
  app.all('/graphql', (req, res) => {
    reachedApollo += 1;
    const requestId = requestIdFrom(req.headers);
    const offer = res.locals.answerOffer as AnswerOffer | undefined;
    const data = { answer: reachedApollo };
    if (offer && behaviour.accept) offer.accept('Probe', data);
    const body = behaviour.laidOut ? JSON.stringify({ data }, null, 2) : responseText({ data });
    res.status(behaviour.status);
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-cypher-round-trips', '3');
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'max-age=60, public');
    res.setHeader('etag', `W/"${hash}-${reachedApollo}"`);
    res.setHeader('x-not-kept', 'per request');
    res.end(body);
  });
  server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

let queries = 0;
beforeEach(() => {
  hash = 'hash-1';
  behaviour = { accept: true, status: 200, laidOut: false };
  reachedApollo = 0;
  hits.length = 0;
  queries += 1;
});

/** A body no earlier test sent, so each test starts with nothing kept for it. */
const freshBody = () => JSON.stringify({ query: `{ answer${queries} }` });

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(base, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

test('a kept answer is sent again without reaching Apollo: the same bytes, with its own request id and no round trips', async () => {
  const body = freshBody();
  const first = await post(body);
  const firstText = await first.text();
  const again = await post(body, { 'x-request-id': 'client-chosen-id' });

  expect(reachedApollo).toBe(1);
  expect(hits).toEqual(['Probe']);
  expect(await again.text()).toBe(firstText);
  expect(first.headers.get('x-cypher-round-trips')).toBe('3');
  expect(again.headers.get('x-cypher-round-trips')).toBe('0');
  expect(again.headers.get('x-request-id')).toBe('client-chosen-id');
  for (const name of ['content-type', 'cache-control', 'etag'])
    expect(again.headers.get(name)).toBe(first.headers.get(name));
  expect(again.headers.get('x-not-kept')).toBeNull();

  // Without an id of its own, each replay gets a new one.
  const ids = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const replay = await post(body);
    expect(await replay.text()).toBe(firstText);
    ids.add(replay.headers.get('x-request-id')!);
  }
  expect(ids.size).toBe(3);
  expect(reachedApollo).toBe(1);
});

test('a new content hash misses, and no hash at all neither replays nor keeps', async () => {
  const body = freshBody();
  await post(body);
  hash = 'hash-2';
  expect((await (await post(body)).json()).data.answer).toBe(2);
  expect(reachedApollo).toBe(2);

  hash = null;
  await post(body);
  await post(body);
  expect(reachedApollo).toBe(4);

  hash = 'hash-2';
  expect((await (await post(body)).json()).data.answer).toBe(2);
  expect(reachedApollo).toBe(4);
});

test('an answer Apollo did not accept, or one that is not a 200, is never kept', async () => {
  const body = freshBody();
  behaviour.accept = false;
  await post(body);
  await post(body);
  expect(reachedApollo).toBe(2);

  behaviour = { ...behaviour, accept: true, status: 400 };
  await post(body);
  await post(body);
  expect(reachedApollo).toBe(4);
  expect(hits).toEqual([]);
});

test('a kept answer comes from what the GraphQL side gave, not from reading the body sent', async () => {
  const body = freshBody();
  behaviour.laidOut = true;
  const first = await (await post(body)).json();
  const again = await post(body, { 'x-request-id': 'replayed' });
  expect(reachedApollo).toBe(1);
  // The service's own text of the data offered, not the stand-in's layout.
  expect(await again.text()).toBe(responseText({ data: first.data }));
  expect(again.headers.get('x-request-id')).toBe('replayed');
});

test('batched bodies are never kept', async () => {
  const body = JSON.stringify([{ query: `{ batch${queries} }` }]);
  await post(body);
  await post(body);
  expect(reachedApollo).toBe(2);
});

test('the headers Apollo reads for CSRF and media type are part of the key', async () => {
  const body = freshBody();
  await post(body);
  await post(body, { accept: 'application/graphql-response+json' });
  await post(body, { 'apollo-require-preflight': 'true' });
  await post(body, { 'x-apollo-operation-name': 'Probe' });
  expect(reachedApollo).toBe(4);
  await fetch(base, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
  expect(reachedApollo).toBe(5);
  // Each variant is kept on its own.
  await post(body, { 'apollo-require-preflight': 'true' });
  expect(reachedApollo).toBe(5);
});

test('a kept GET answer is replayed by URL, and a matching If-None-Match gets 304 with no body', async () => {
  const url = `${base}?query=${encodeURIComponent(`{ get${queries} }`)}`;
  const headers = { 'apollo-require-preflight': 'true' };
  const first = await fetch(url, { headers });
  const etag = first.headers.get('etag')!;
  await first.text();

  const notModified = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
  expect(notModified.status).toBe(304);
  expect(notModified.headers.get('etag')).toBe(etag);
  expect(await notModified.text()).toBe('');

  const other = await fetch(url, { headers: { ...headers, 'if-none-match': 'W/"other"' } });
  expect(other.status).toBe(200);
  expect((await other.json()).data.answer).toBe(1);
  expect(reachedApollo).toBe(1);

  // Another query string is another request.
  await (await fetch(`${url}&variables=%7B%7D`, { headers })).text();
  expect(reachedApollo).toBe(2);
});
