import fc from 'fast-check';
import { ENTITY_KINDS, PREDICATE_NAMES } from '../../src/domain';
import { shownQuery } from '../../src/explorer/app/playground-link';
import {
  formatViewState,
  parseViewState,
  ViewStateError,
  type ViewState,
} from '../../src/explorer/app/view-state';

/** The explorer's deep links: every state survives its URL, and a malformed URL is refused in words. */
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

const viewState: fc.Arbitrary<ViewState> = fc
  .uniqueArray(id, { minLength: 2, maxLength: 12 })
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      expanded: fc.dictionary(fc.constantFrom(...nodes), fc.integer({ min: 1, max: 100 })),
      selected: fc.option(fc.constantFrom(...nodes), { nil: null }),
      path: fc.option(fc.tuple(fc.constantFrom(...nodes), fc.constantFrom(...nodes)), {
        nil: null,
      }),
      hiddenPredicates: fc.uniqueArray(fc.constantFrom(...PREDICATE_NAMES)),
      hiddenKinds: fc.uniqueArray(fc.constantFrom(...ENTITY_KINDS)),
      layout: fc.constantFrom('force' as const, 'hierarchy' as const),
      pinned: fc.dictionary(
        fc.constantFrom(...nodes),
        fc.record({
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
        }),
      ),
    }),
  );

test('every state reads back from its link unchanged', () => {
  fc.assert(
    fc.property(viewState, (state) => {
      expect(parseViewState(`?${formatViewState(state)}`)).toEqual(state);
    }),
  );
});

test.each([
  ['nodes=a&expanded=b~1', /not among the entities/],
  ['nodes=a&expanded=a~0', /page count "0"/],
  ['nodes=a&hide=NOT_A_PREDICATE', /not a predicate/],
  ['nodes=a&hideKinds=PLANET', /not a kind/],
  ['nodes=a,b&path=a', /two entities/],
  ['nodes=a&pinned=a~1~x', /two numbers/],
  ['nodes=a b', /not an id/],
])('the link ?%s is refused, saying why', (query, message) => {
  expect(() => parseViewState(`?${query}`)).toThrow(ViewStateError);
  expect(() => parseViewState(`?${query}`)).toThrow(message);
});

test('"Open in playground" sends ids as variables, never inside the query text', () => {
  const hostile = 'a"){__typename}#';
  const { query, variables } = shownQuery({
    entities: [hostile],
    expanded: { [hostile]: 2 },
    path: [hostile, 'myoclonus'],
    pageSize: 25,
  });
  expect(query).not.toContain(hostile);
  expect(Object.values(variables)).toContain(hostile);
  expect(query).toMatch(/first: 50/);
});
