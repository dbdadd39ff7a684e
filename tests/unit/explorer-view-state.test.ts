import fc from 'fast-check';
import { buildSchema, parse, validate } from 'graphql';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, PREDICATE_NAMES } from '../../src/domain';
import { CURATED_KIND_NAMES, CURATED_PREDICATE_NAMES } from '../../src/domain/curated';
import { shownQuery } from '../../src/explorer/app/playground-link';
import { canonicalState } from '../../src/explorer/app/restoring';
import {
  checkHiddenSources,
  formatViewState,
  parseViewState,
  ViewStateError,
  type ViewState,
} from '../../src/explorer/app/view-state';

/** The explorer's deep links: every state survives its URL, and a malformed URL is refused in words. */
const id = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
  fc.stringMatching(/^(MONDO|HP|OMIM|ORPHA|NCBIGene):[0-9]{1,7}$/),
);

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
      hiddenPredicates: fc.uniqueArray(
        fc.constantFrom(...PREDICATE_NAMES, ...CURATED_PREDICATE_NAMES),
      ),
      hiddenKinds: fc.uniqueArray(fc.constantFrom(...ENTITY_KINDS, ...CURATED_KIND_NAMES)),
      hiddenSources: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/)),
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
  ['nodes=a&hideSources=a%20source', /not an id/],
])('the link ?%s is refused, saying why', (query, message) => {
  expect(() => parseViewState(`?${query}`)).toThrow(ViewStateError);
  expect(() => parseViewState(`?${query}`)).toThrow(message);
});

test('a link that hides a source the graph does not have is refused, naming the sources', () => {
  const sources = ['epainassist-myoclonus-risk', 'hpo-annotations'];
  const state = parseViewState('?nodes=myoclonus&hideSources=foo');
  expect(() => checkHiddenSources(state, sources)).toThrow(ViewStateError);
  expect(() => checkHiddenSources(state, sources)).toThrow(
    'The link hides the source "foo", which is not a source of this graph (epainassist-myoclonus-risk, hpo-annotations).',
  );
  expect(() =>
    checkHiddenSources(parseViewState('?nodes=myoclonus&hideSources=hpo-annotations'), sources),
  ).not.toThrow();
});

test('"Open in playground" sends ids as variables, never inside the query text', () => {
  const hostile = 'a"){__typename}#';
  const { query, variables } = shownQuery({
    entities: [hostile],
    expanded: { [hostile]: 2 },
    curated: [hostile],
    path: [hostile, 'myoclonus'],
    pageSize: 25,
  });
  expect(query).not.toContain(hostile);
  expect(Object.values(variables)).toContain(hostile);
  expect(query).toMatch(/first: 50/);
});

test('"Open in playground" asks for the curated statements of an expanded node that has them, in a valid operation', () => {
  const dir = path.join(__dirname, '..', '..', 'schema');
  const schema = buildSchema(
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n'),
  );
  const { query, variables } = shownQuery({
    entities: ['myoclonus', 'MONDO:0008044'],
    expanded: { myoclonus: 3, 'MONDO:0008044': 1 },
    curated: ['myoclonus'],
    path: null,
    pageSize: 25,
  });
  expect(validate(schema, parse(query))).toEqual([]);
  expect(query).toMatch(
    /a0: concept\(id: \$x0\) \{ annotations\(includeNegated: true, first: 75\)/,
  );
  expect(query).toMatch(/x0: facts\(about: \$x0, depth: 1, first: 75\)/);
  expect(query).not.toMatch(/a1: /);
  expect(variables).toEqual({
    e0: 'myoclonus',
    e1: 'MONDO:0008044',
    x0: 'myoclonus',
    x1: 'MONDO:0008044',
  });
});

test('a link that names nodes by CURIE is read with each node under its own id, two names of one node as one', async () => {
  const own: Record<string, string> = { 'HP:0001336': 'myoclonus', 'ORPHA:307': 'MONDO:0009697' };
  const state = parseViewState(
    '?nodes=HP:0001336,myoclonus,ORPHA:307&expanded=HP:0001336~2&selected=ORPHA:307&path=HP:0001336,ORPHA:307&pinned=ORPHA:307~5~6&hideSources=hpo-annotations',
  );
  const asked: string[][] = [];
  const read = await canonicalState(state, async (ids) => {
    asked.push(ids);
    return new Map(ids.flatMap((id) => (own[id] ? [[id, own[id]] as const] : [])));
  });
  // Every node of the link is resolved at once, each name once.
  expect(asked).toEqual([['HP:0001336', 'myoclonus', 'ORPHA:307']]);
  expect(read).toEqual({
    ...state,
    nodes: ['myoclonus', 'MONDO:0009697'],
    expanded: { myoclonus: 2 },
    selected: 'MONDO:0009697',
    path: ['myoclonus', 'MONDO:0009697'],
    pinned: { 'MONDO:0009697': { x: 5, y: 6 } },
    hiddenSources: ['hpo-annotations'],
  });
});

test('a link naming something the graph lacks is refused by the resolver, not rewritten', async () => {
  const state = parseViewState('?nodes=OMIM:0000000');
  await expect(
    canonicalState(state, async (ids) => {
      throw new Error(`no ${ids.join(', ')}`);
    }),
  ).rejects.toThrow('no OMIM:0000000');
});
