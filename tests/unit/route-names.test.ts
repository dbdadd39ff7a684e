import { routeOf } from '../../src/http/paths';

/** Traces name each request's span by the route that serves it: a few names, whatever the paths asked. */

test("each door's paths name its route", () => {
  expect(routeOf('/graphql')).toBe('/graphql');
  expect(routeOf('/mcp')).toBe('/mcp');
  expect(routeOf('/playground')).toBe('/playground');
  expect(routeOf('/releases/current')).toBe('/releases/current');
  expect(routeOf('/metrics')).toBe('/metrics');
  expect(routeOf('/')).toBe('/');
  expect(routeOf('/explorer')).toBe('/explorer');
});

test('a file of the release or of the explorer names the route, not the file', () => {
  expect(routeOf('/releases/current/changes.json')).toBe('/releases/current/:file');
  expect(routeOf('/releases/current/nodes.jsonl')).toBe('/releases/current/:file');
  expect(routeOf('/explorer/assets/index-3f2a.js')).toBe('/explorer/*');
});

test('any other path names no route, so unknown paths cannot multiply span names', () => {
  for (const path of [
    '/graphqlx',
    '/releases/current/a/b',
    '/releases/currentx',
    '/wp-admin',
    '/mcp/x',
  ]) {
    expect(routeOf(path)).toBeNull();
  }
});
