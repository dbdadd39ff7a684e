import type { AddressInfo } from 'node:net';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import type { CurrentRelease } from '../../src/graph/export/current-release';
import type { SeedStateRecord, SeedStateWatch } from '../../src/graph/read';
import { releaseRoutes } from '../../src/http/release-routes';
import type { RequestContext } from '../../src/schema/context';
import { OperationCachePolicies, ResponseCache } from '../../src/schema/response-cache';
import { serviceBuildOf } from '../../src/schema/response-cache/service-build';
import { scratchDir } from '../fixtures/testkit';

/**
 * Every ETag names the service's build as well as the graph: a deploy that
 * changes answers or release files on the same seed must not have a cache
 * confirm the old bytes with 304, and two builds side by side must not send
 * different bytes under one strong tag.
 */

const SEED: SeedStateRecord = {
  contentHash: 'c0ffee',
  seedVersion: '1.0.0',
  loadState: 'COMPLETE',
};

const schema = makeExecutableSchema({
  typeDefs: `
    enum CacheControlScope { PUBLIC PRIVATE }
    directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
    type Query { hello: String @cacheControl(maxAge: 60) }`,
  resolvers: { Query: { hello: () => 'world' } },
});

/** A GraphQL GET answered by the door's cache plugins, as the given build of the service. */
async function graphqlGet(service: string, ifNoneMatch?: string) {
  const seedState = { state: SEED, read: async () => SEED } as unknown as SeedStateWatch;
  const cache = new ResponseCache({
    seedState,
    policies: new OperationCachePolicies(schema),
    maxBytes: null,
    vary: 'accept',
    service,
  });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    plugins: [ApolloServerPluginCacheControlDisabled(), ...cache.plugins()],
  });
  await apollo.start();
  try {
    const headers = new HeaderMap([
      ['accept', 'application/json'],
      ['apollo-require-preflight', 'true'],
      ...(ifNoneMatch ? [['if-none-match', ifNoneMatch] as [string, string]] : []),
    ]);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'GET',
        headers,
        search: `?query=${encodeURIComponent('{ hello }')}`,
        body: undefined,
      },
      context: async () => ({}) as RequestContext,
    });
    return { status: response.status ?? 200, etag: response.headers.get('etag') };
  } finally {
    await apollo.stop();
  }
}

/** A release of the seed above, as CurrentRelease gives it (only what the routes read). */
const release = {
  manifest: {
    contentHash: SEED.contentHash,
    seedVersion: SEED.seedVersion,
    files: [],
    changes: { files: [] },
  },
  files: { 'nodes.tsv': 'id\tname\n' },
  changeFiles: {},
};
const releases = {
  get: async () => release,
  contentHash: async () => SEED.contentHash,
} as unknown as CurrentRelease;

/** GETs a release path from the routes of the given build of the service. */
async function releaseGet(service: string, file: string, ifNoneMatch?: string) {
  const app = express();
  app.use(releaseRoutes(releases, service));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/releases/current${file}`, {
      headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
    });
    await response.arrayBuffer();
    return { status: response.status, etag: response.headers.get('etag') };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

test("a GraphQL answer's ETag names the build: another build on the same graph gets another, and no 304 for the old", async () => {
  const first = await graphqlGet('build-a');
  expect(first.status).toBe(200);
  expect(first.etag).toMatch(/^"[\w-]+"$/);
  expect((await graphqlGet('build-a')).etag).toBe(first.etag);
  expect((await graphqlGet('build-a', first.etag!)).status).toBe(304);

  const other = await graphqlGet('build-b');
  expect(other.etag).toMatch(/^"[\w-]+"$/);
  expect(other.etag).not.toBe(first.etag);
  expect(await graphqlGet('build-b', first.etag!)).toEqual({ status: 200, etag: other.etag });
});

test.each(['', '/manifest.json', '/nodes.tsv'])(
  "the release's ETag (%s) names the build: another build on the same graph gets another, and no 304 for the old",
  async (file) => {
    const first = await releaseGet('build-a', file);
    expect(first.status).toBe(200);
    expect(first.etag).toContain(SEED.contentHash);
    expect((await releaseGet('build-a', file)).etag).toBe(first.etag);
    expect((await releaseGet('build-a', file, first.etag!)).status).toBe(304);

    const other = await releaseGet('build-b', file);
    expect(other.etag).not.toBe(first.etag);
    expect(await releaseGet('build-b', file, first.etag!)).toEqual({
      status: 200,
      etag: other.etag,
    });
  },
);

test("the build is the service's version and its files: the same build gives the same, a new version or file another", () => {
  const dir = scratchDir('build-');
  try {
    const files = ['a.js', 'sub/b.js'].map((name) => path.join(dir, name));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(files[0]!, 'one');
    writeFileSync(files[1]!, 'two');
    const build = serviceBuildOf('0.1.0', files, dir);
    expect(serviceBuildOf('0.1.0', [...files].reverse(), dir)).toBe(build);
    expect(serviceBuildOf('0.2.0', files, dir)).not.toBe(build);
    writeFileSync(files[1]!, 'three');
    expect(serviceBuildOf('0.1.0', files, dir)).not.toBe(build);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
