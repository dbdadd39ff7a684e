import { fitPage, type PageItem } from '../../src/mcp/fact-page';

/**
 * A get_facts page within its budget: as many facts as fit, and never an
 * empty page with a cursor to the same place (the model would ask forever).
 */
const item = (n: number): PageItem => ({
  layer: 'curated',
  view: {
    id: `statement-${n}`,
    subject: { id: 'MONDO:1', name: 'A disease' },
    predicate: 'HAS_PHENOTYPE',
    object: { id: 'HP:1', name: 'A feature' },
    sentence: 'A disease has A feature. Source: infores:x 1.',
    negated: false,
    references: [],
    source: 'x',
  },
});
const build = (fixed: string) => (items: PageItem[]) => {
  const content = { fixed, ids: items.map((i) => i.view.id) };
  return { content, text: JSON.stringify(content) };
};

test('takes the facts that fit, in order', () => {
  const { content } = fitPage([item(1), item(2), item(3)], 300, build(''));
  expect(content.ids.length).toBeGreaterThan(0);
  expect(content.ids).toEqual(
    ['statement-1', 'statement-2', 'statement-3'].slice(0, content.ids.length),
  );
});

test('a budget with no room for the next fact is refused, saying what it needs', () => {
  expect(() => fitPage([item(1)], 500, build('x'.repeat(1_300)))).toThrow(
    /maxTokens 500 leaves no room for the next fact, which needs \d+; ask again with maxTokens \d+ or more/,
  );
});

test('nothing left is an empty page, not an error', () => {
  expect(fitPage([], 500, build('')).content.ids).toEqual([]);
});

test('nothing left, with a fixed part over the budget, is refused too, saying what it needs', () => {
  expect(() => fitPage([], 500, build('x'.repeat(1_300)))).toThrow(
    /maxTokens 500 leaves no room for even a page without facts, which needs \d+; ask again with maxTokens \d+ or more/,
  );
});
