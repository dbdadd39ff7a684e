import { toPage } from '../../src/graph/read/paging';
import { toConnection } from '../../src/schema/connections';
import {
  afterCursor,
  depthBound,
  hopsBound,
  identifier,
  pageSize,
  searchSize,
  searchText,
} from '../../src/schema/limits';

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
