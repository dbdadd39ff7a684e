import fc from 'fast-check';
import { canonicalJson, contentHash } from '../../src/domain';

/**
 * Stored graphs carry the content hashes of their items, and the loader's
 * diff compares them: the canonical text (and so every hash) must not change
 * when its code does, or the next load would rewrite a whole graph.
 */

test('keys sorted at every depth, undefined properties left out, holes as Array.join writes them', () => {
  const value = {
    b: [3, undefined, { z: 1, a: null }],
    a: 'x"y',
    c: undefined,
    d: { y: [true, 'é'], x: 1.5 },
  };
  expect(canonicalJson(value)).toBe(
    '{"a":"x\\"y","b":[3,,{"a":null,"z":1}],"d":{"x":1.5,"y":[true,"é"]}}',
  );
  // The hash that a graph stored before this code was written holds for the same content.
  expect(contentHash(value)).toBe(
    '3d74dfcfe2eda9122b04f64354421b5aaaf964497223053ee4440af8cf1609ae',
  );
});

test('the same content in any key order gives the same text, and it is JSON for JSON values', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = canonicalJson(value);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      const reordered = JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v,
      ) as unknown;
      expect(canonicalJson(reordered)).toBe(text);
    }),
    { numRuns: 500 },
  );
});
