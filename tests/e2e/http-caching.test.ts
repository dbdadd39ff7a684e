import { createHash } from 'node:crypto';
import { seedDatabase } from '../../src/seed/seed';
import { roundTripsOf, startTestServer } from '../fixtures/api-server';
import { copySeeds, editSeedFile } from '../fixtures/testkit';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * GraphQL over GET as a CDN or a browser cache meets it: Automatic Persisted
 * Queries, Cache-Control from the SDL's @cacheControl hints, a strong ETag of
 * the graph's content, operation, variables and Accept, 304 for
 * If-None-Match, bodies that are the same bytes for every client and every
 * replica (what is the request's own goes in headers), with CSRF prevention
 * and the query limits still in force.
 */

const POLL_MS = 200;
const ctx = useSeededServer({ SEED_STATE_POLL_MS: POLL_MS });

const QUERY = 'query Names($id: ID!) { entity(id: $id) { id name } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (query: string) => ({
  persistedQuery: { version: 1, sha256Hash: sha256(query) },
});

interface GetOptions {
  query?: string;
  variables?: Record<string, unknown>;
  extensions?: unknown;
  headers?: Record<string, string>;
  /** The GraphQL endpoint asked (another replica's); the suite's server by default. */
  graphqlUrl?: string;
}

/** A GET as Apollo Client sends one (its operation-name header is what CSRF prevention asks for). */
async function get({ query, variables, extensions, headers = {}, graphqlUrl }: GetOptions) {
  const params = new URLSearchParams();
  if (query !== undefined) params.set('query', query);
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  if (extensions !== undefined) params.set('extensions', JSON.stringify(extensions));
  const response = await fetch(`${graphqlUrl ?? ctx.server.graphqlUrl}?${params.toString()}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
    allowOrigin: response.headers.get('access-control-allow-origin'),
    requestId: response.headers.get('x-request-id'),
    roundTrips: roundTripsOf(response),
    text,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: (text === '' ? null : JSON.parse(text)) as any,
  };
}

test('a persisted query by its hash: unknown until sent once (and that answer kept nowhere), then answered by hash alone', async () => {
  const byHashOnly = { variables: { id: 'myoclonus' }, extensions: persisted(QUERY) };
  for (let i = 0; i < 2; i++) {
    const unknown = await get(byHashOnly);
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // No cache may keep it: the client's retry with the full query must reach a replica.
    expect(unknown.cacheControl).toBe('no-store');
    expect(unknown.etag).toBeNull();
    // An error body names its request, for the client to report.
    expect(unknown.body.extensions.requestId).toBe(unknown.requestId);
  }

  const registered = await get({ ...byHashOnly, query: QUERY });
  expect(registered.status).toBe(200);
  expect(registered.body.data.entity.name).toBe('Myoclonus');

  // The very URL that was not found: answered now, so the not-found answer was not kept in memory.
  const byHash = await get(byHashOnly);
  expect(byHash.status).toBe(200);
  expect(byHash.text).toBe(registered.text);
  expect(byHash.etag).toBe(registered.etag);
});

test("a persisted query whose hash is not its text, or of a version Apollo does not know, is the client's error: 400 BAD_REQUEST", async () => {
  const wrongHash = await get({
    query: QUERY,
    variables: { id: 'myoclonus' },
    extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ ping }') } },
  });
  expect(wrongHash.status).toBe(400);
  expect(wrongHash.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(wrongHash.body.errors[0].message).toBe('provided sha does not match query');
  const version2 = await get({
    query: QUERY,
    variables: { id: 'myoclonus' },
    extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } },
  });
  expect(version2.status).toBe(400);
  expect(version2.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(version2.body.errors[0].extensions.stacktrace).toBeUndefined();
});

test('each replica learns a persisted query for itself: the retry with the full query registers it where it lands', async () => {
  const query = 'query Kinds($id: ID!) { entity(id: $id) { id kind } }';
  const asked = { variables: { id: 'hypnic-jerks' }, extensions: persisted(query) };
  const other = await startTestServer({ SEED_STATE_POLL_MS: POLL_MS });
  try {
    const known = await get({ ...asked, query });
    expect(known.status).toBe(200);

    const unknownThere = await get({ ...asked, graphqlUrl: other.graphqlUrl });
    expect(unknownThere.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknownThere.cacheControl).toBe('no-store');
    const retry = await get({ ...asked, query, graphqlUrl: other.graphqlUrl });
    expect(retry.status).toBe(200);
    const byHashThere = await get({ ...asked, graphqlUrl: other.graphqlUrl });
    expect(byHashThere.status).toBe(200);

    // Both replicas answer it alike: the same bytes, the same validator.
    for (const answer of [retry, byHashThere]) {
      expect(answer.text).toBe(known.text);
      expect(answer.etag).toBe(known.etag);
      expect(answer.cacheControl).toBe('max-age=60, public');
    }
  } finally {
    await other.stop();
  }
});

test("a cacheable answer is the same bytes for every client and every replica; what is the request's own comes in headers", async () => {
  const asked = { query: QUERY, variables: { id: 'hypnic-jerks' } };
  const other = await startTestServer({ SEED_STATE_POLL_MS: POLL_MS });
  try {
    const first = await get({ ...asked, headers: { 'x-request-id': 'client-a' } });
    const again = await get({ ...asked, headers: { 'x-request-id': 'client-b' } });
    const elsewhere = await get({
      ...asked,
      graphqlUrl: other.graphqlUrl,
      headers: { 'x-request-id': 'client-c' },
    });
    expect([first.requestId, again.requestId, elsewhere.requestId]).toEqual([
      'client-a',
      'client-b',
      'client-c',
    ]);
    // Read from the graph, then from memory, then from the graph by the other replica.
    expect(first.roundTrips).toBeGreaterThan(0);
    expect(again.roundTrips).toBe(0);
    expect(elsewhere.roundTrips).toBe(first.roundTrips);

    expect(first.body.data.entity.id).toBe('hypnic-jerks');
    expect(first.body.extensions).toBeUndefined();
    expect(first.text).not.toMatch(/client-a|requestId|cypherRoundTrips/);
    expect(again.text).toBe(first.text);
    expect(elsewhere.text).toBe(first.text);
    expect(again.etag).toBe(first.etag);
    expect(elsewhere.etag).toBe(first.etag);

    // One replica's validator is good at the other.
    const revalidated = await get({
      ...asked,
      graphqlUrl: other.graphqlUrl,
      headers: { 'if-none-match': first.etag! },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.etag).toBe(first.etag);

    // Another media type is another representation: the same body, another strong validator.
    const typed = await get({ ...asked, headers: { accept: 'application/graphql-response+json' } });
    expect(typed.text).toBe(first.text);
    expect(typed.etag).toMatch(/^"[\w-]+"$/);
    expect(typed.etag).not.toBe(first.etag);

    // A script in a browser may read the request's own headers.
    const posted = await ctx.server.post(
      QUERY,
      { id: 'hypnic-jerks' },
      { origin: 'https://app.example' },
    );
    const exposed = posted.headers.get('access-control-expose-headers') ?? '';
    expect(exposed).toMatch(/x-request-id/);
    expect(exposed).toMatch(/x-cypher-round-trips/);
  } finally {
    await other.stop();
  }
});

test('Cache-Control comes from the fields asked for; the ETag from graph, operation and variables', async () => {
  const entity = await get({ query: QUERY, variables: { id: 'myoclonus' } });
  expect(entity.cacheControl).toBe('max-age=60, public');
  // Strong: every client and replica gets the same bytes for it.
  expect(entity.etag).toMatch(/^"[\w-]+"$/);
  // The body's media type follows Accept, so a shared cache must key on it.
  expect(entity.vary).toBe('accept');

  const withInfo = await get({
    query: '{ graphInfo { seedVersion } entity(id: "myoclonus") { id } }',
  });
  expect(withInfo.cacheControl).toBe('max-age=5, public');
  expect(withInfo.etag).toMatch(/^"[\w-]+"$/);

  // When the content was loaded is the store's, not the release's: with a
  // store per replica it differs between replicas, so an answer holding it
  // is kept by no cache and has no ETag of the release.
  for (let i = 0; i < 2; i += 1) {
    const loadedAt = await get({ query: '{ graphInfo { contentHash loadedAt } }' });
    expect(loadedAt.status).toBe(200);
    expect(Number.isNaN(Date.parse(loadedAt.body.data.graphInfo.loadedAt))).toBe(false);
    expect(loadedAt.cacheControl).toBe('no-store');
    expect(loadedAt.etag).toBeNull();
    // Asked again, it is read again: not answered from memory.
    expect(loadedAt.roundTrips).toBeGreaterThan(0);
  }

  const other = await get({ query: QUERY, variables: { id: 'positive-myoclonus' } });
  expect(other.etag).not.toBe(entity.etag);
  const again = await get({ query: QUERY, variables: { id: 'myoclonus' } });
  expect(again.etag).toBe(entity.etag);

  const introspection = await get({ query: '{ __schema { queryType { name } } }' });
  expect(introspection.status).toBe(200);
  expect(introspection.cacheControl).toBe('no-store');
  expect(introspection.etag).toBeNull();

  const failed = await get({ query: '{ search(text: "", first: 3) { score } }' });
  expect(failed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(failed.cacheControl).toBe('no-store');
  expect(failed.etag).toBeNull();
});

test("the curated layer's answers are cacheable like the article's: every node type inherits the root's max-age", async () => {
  const curated = await get({
    query: `query ($id: ID!) { concept(id: $id) { id ... on Disease { genes { symbol } }
      annotations(first: 2) { edges { node { subject { id } object { id name } frequency { text } } } } } }`,
    variables: { id: 'ORPHA:307' },
  });
  expect(curated.status).toBe(200);
  expect(curated.cacheControl).toBe('max-age=60, public');
  const join = await get({
    query:
      '{ diseasesWithPhenotypes(phenotypes: ["myoclonus", "kidney-failure"], first: 2) { edges { node { id } } } }',
  });
  expect(join.cacheControl).toBe('max-age=60, public');
  const many = await get({
    query:
      '{ concepts(ids: ["ORPHA:307", "myoclonus", "nope"]) { id ... on Disease { genes { symbol } } } }',
  });
  expect(many.status).toBe(200);
  expect(many.cacheControl).toBe('max-age=60, public');
});

test('If-None-Match with the current ETag gets 304 and no body; after a reseed, the new answer', async () => {
  const first = await get({
    variables: { id: 'myoclonus' },
    extensions: persisted(QUERY),
    query: QUERY,
  });
  const etag = first.etag!;
  const notModified = await get({
    variables: { id: 'myoclonus' },
    extensions: persisted(QUERY),
    headers: { 'if-none-match': etag },
  });
  expect(notModified.status).toBe(304);
  expect(notModified.text).toBe('');
  expect(notModified.etag).toBe(etag);
  expect(notModified.cacheControl).toBe('max-age=60, public');

  // A list of validators, as a cache holding several variants sends it.
  const listed = await get({
    query: QUERY,
    variables: { id: 'myoclonus' },
    headers: { 'if-none-match': `W/"something-else", ${etag}` },
  });
  expect(listed.status).toBe(304);
  const otherVariables = await get({
    query: QUERY,
    variables: { id: 'positive-myoclonus' },
    headers: { 'if-none-match': etag },
  });
  expect(otherVariables.status).toBe(200);

  const dir = copySeeds();
  editSeedFile(dir, 'entities/conditions.yaml', (t) =>
    t.replace('    name: Myoclonus\n', '    name: Myoclonus (revised)\n'),
  );
  try {
    await seedDatabase(ctx.driver, dir);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 3));
    const changed = await get({
      query: QUERY,
      variables: { id: 'myoclonus' },
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data.entity.name).toBe('Myoclonus (revised)');
    expect(changed.etag).not.toBe(etag);
  } finally {
    await seedDatabase(ctx.driver);
  }
});

test('GET keeps CSRF prevention and the query limits; POST answers carry no validator', async () => {
  const params = new URLSearchParams({ query: '{ graphInfo { seedVersion } }' });
  const simple = await fetch(`${ctx.server.graphqlUrl}?${params.toString()}`, {
    headers: { accept: 'application/json' },
  });
  expect(simple.status).toBe(400);
  expect(await simple.text()).toMatch(/CSRF|preflight/i);

  const deep = `{ entity(id: "myoclonus") { ${'... on Condition { subtypes { entity {'.repeat(8)} id ${'} } }'.repeat(8)} } }`;
  const refused = await get({ query: deep });
  expect(refused.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(refused.cacheControl).toBe('no-store');

  const posted = await ctx.server.post(QUERY, { id: 'myoclonus' });
  expect(posted.status).toBe(200);
  expect(posted.headers.get('etag')).toBeNull();
  expect(posted.headers.get('cache-control')).toBeNull();
});

test('a GET answered from memory still meets CSRF prevention: the same URL without a preflight header is refused', async () => {
  const params = new URLSearchParams({
    query: QUERY,
    variables: JSON.stringify({ id: 'myoclonus' }),
  });
  const url = `${ctx.server.graphqlUrl}?${params.toString()}`;
  const kept = await get({ query: QUERY, variables: { id: 'myoclonus' } });
  const replayed = await get({ query: QUERY, variables: { id: 'myoclonus' } });
  expect(replayed.status).toBe(200);
  expect(replayed.body.data).toEqual(kept.body.data);
  expect(replayed.roundTrips).toBe(0);
  expect(replayed.text).toBe(kept.text);

  const simple = await fetch(url, { headers: { accept: 'application/json' } });
  expect(simple.status).toBe(400);
  expect(await simple.text()).toMatch(/CSRF|preflight/i);

  // A persisted query's hash alone is no way around it either.
  await get({ query: QUERY, variables: { id: 'myoclonus' }, extensions: persisted(QUERY) });
  const byHash = new URLSearchParams({
    variables: JSON.stringify({ id: 'myoclonus' }),
    extensions: JSON.stringify(persisted(QUERY)),
  });
  const hashOnly = await fetch(`${ctx.server.graphqlUrl}?${byHash.toString()}`, {
    headers: { accept: 'application/json' },
  });
  expect(hashOnly.status).toBe(400);
  expect(await hashOnly.text()).toMatch(/CSRF|preflight/i);
});

test('CORS in a cacheable answer: `*` for any origin; with a list, Vary names Origin, on a kept answer too', async () => {
  const asked = { query: QUERY, variables: { id: 'myoclonus' } };
  // Any origin: the same header for every origin, so that a shared cache may hand it to any.
  const anyOrigin = await get({ ...asked, headers: { origin: 'https://a.example' } });
  expect(anyOrigin.status).toBe(200);
  expect(anyOrigin.allowOrigin).toBe('*');

  const listed = await startTestServer({
    SEED_STATE_POLL_MS: POLL_MS,
    CORS_ORIGINS: ['https://a.example', 'https://b.example'],
  });
  const names = (vary: string | null) =>
    (vary ?? '').split(',').map((name) => name.trim().toLowerCase());
  try {
    const first = await get({
      ...asked,
      graphqlUrl: listed.graphqlUrl,
      headers: { origin: 'https://a.example' },
    });
    expect(first.allowOrigin).toBe('https://a.example');
    expect(names(first.vary)).toEqual(expect.arrayContaining(['accept', 'origin']));
    // The answer kept in memory, replayed to another origin.
    const kept = await get({
      ...asked,
      graphqlUrl: listed.graphqlUrl,
      headers: { origin: 'https://b.example' },
    });
    expect(kept.roundTrips).toBe(0);
    expect(kept.allowOrigin).toBe('https://b.example');
    expect(names(kept.vary)).toEqual(expect.arrayContaining(['accept', 'origin']));
  } finally {
    await listed.stop();
  }
});
