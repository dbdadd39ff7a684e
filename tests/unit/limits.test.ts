import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { toPage } from '../../src/graph/read/paging';
import { toConnection } from '../../src/schema/connections';
import {
  ARGUMENT_LIMITS,
  afterCursor,
  depthBound,
  hopsBound,
  identifier,
  lookupIds,
  pageSize,
  searchSize,
  searchText,
} from '../../src/schema/limits';
import { loadTypeDefs } from '../../src/schema/type-defs';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

describe('argument bounds', () => {
  test.each([
    ['first -1', () => pageSize(-1)],
    ['first 101', () => pageSize(101)],
    ['search first 0', () => searchSize(0)],
    ['search first 51', () => searchSize(51)],
    ['depth 0', () => depthBound(0)],
    ['depth 4', () => depthBound(4)],
    ['maxHops 0', () => hopsBound(0)],
    ['maxHops 7', () => hopsBound(7)],
    ['blank text', () => searchText('   ')],
    ['text of 201 characters', () => searchText('x'.repeat(201))],
    ['a cursor we did not issue', () => afterCursor('not-a-cursor')],
    ['an id of 201 characters', () => identifier('id', 'x'.repeat(201))],
    ['no ids to look up', () => lookupIds('ids', [])],
    [
      '101 ids to look up',
      () =>
        lookupIds(
          'ids',
          Array.from({ length: 101 }, () => 'x'),
        ),
    ],
    ['a blank id among those to look up', () => lookupIds('ids', ['myoclonus', ''])],
  ])('%s is BAD_USER_INPUT', (_, call) => {
    expect(codeOf(call)).toBe('BAD_USER_INPUT');
  });

  test('messages state the bound that was broken', () => {
    expect(() => pageSize(500)).toThrow('first must be an integer from 0 to 100; got 500.');
    expect(() => depthBound(9)).toThrow('from 1 to 3');
    expect(() => hopsBound(9)).toThrow('from 1 to 6');
  });

  test('defaults apply when an argument is omitted', () => {
    expect([pageSize(undefined), searchSize(null), depthBound(undefined), hopsBound(null)]).toEqual(
      [20, 10, 1, 4],
    );
  });

  test('a cursor round-trips to the id it was made from', () => {
    const cursor = toConnection(toPage([{ id: 'secondary-myoclonus' }], 1, 1)).edges[0]!.cursor;
    expect(afterCursor(cursor)).toBe('secondary-myoclonus');
    expect(afterCursor(null)).toBeNull();
  });
});

describe('the bounds the contract states are the bounds enforced', () => {
  const query = parse(loadTypeDefs()).definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query',
  )!;
  const argument = (field: string, name: string) => {
    const definition: FieldDefinitionNode = query.fields!.find((f) => f.name.value === field)!;
    const arg = definition.arguments!.find((a) => a.name.value === name)!;
    const numbers = [...(arg.description?.value ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
    const fallback = arg.defaultValue?.kind === Kind.INT ? Number(arg.defaultValue.value) : null;
    return { numbers, fallback };
  };
  const L = ARGUMENT_LIMITS;

  test.each([
    ['entities', 'first', L.pageSize],
    ['facts', 'first', L.pageSize],
    ['search', 'first', L.searchResults],
    ['facts', 'depth', L.depth],
    ['path', 'maxHops', L.maxHops],
  ])(
    '%s(%s): its description says min to max, default d, and its SDL default is d',
    (field, name, range) => {
      const { numbers, fallback } = argument(field, name);
      expect(numbers).toEqual([range.min, range.max, range.default]);
      expect(fallback).toBe(range.default);
    },
  );

  test('concepts(ids): its description gives how many ids and how long each', () => {
    const extension = parse(loadTypeDefs()).definitions.find(
      (d): d is ObjectTypeExtensionNode =>
        d.kind === Kind.OBJECT_TYPE_EXTENSION &&
        d.name.value === 'Query' &&
        d.fields!.some((f) => f.name.value === 'concepts'),
    )!;
    const ids = extension.fields!.find((f) => f.name.value === 'concepts')!.arguments![0]!;
    const numbers = [...(ids.description?.value ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
    expect(numbers).toEqual([1, L.maxLookupIds, 1, L.maxIdLength]);
    expect(
      lookupIds(
        'ids',
        Array.from({ length: L.maxLookupIds }, () => 'x'),
      ),
    ).toHaveLength(L.maxLookupIds);
  });

  test('search(text): its description gives the longest text', () => {
    expect(argument('search', 'text').numbers).toEqual([1, L.maxSearchTextLength]);
  });

  test("the README's summary of the bounds", () => {
    const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
    const sentence = /Arguments that multiply work are bounded[^.]*\./.exec(readme)![0];
    expect([...sentence.matchAll(/\d+/g)].map((m) => Number(m[0]))).toEqual([
      L.pageSize.max,
      L.searchResults.max,
      L.depth.max,
      L.maxHops.max,
      L.maxSearchTextLength,
    ]);
    expect(L.maxIdLength).toBe(L.maxSearchTextLength);
  });
});
