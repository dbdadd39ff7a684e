import { frequencyTermValue } from '../../src/seed/curated-layer';

/** HPO's frequency terms order by the share of cases their definitions give (the middle of a range). */
test.each([
  ['Always present, i.e. in 100% of the cases.', 1],
  ['Present in 80% to 99% of the cases.', 0.895],
  ['Present in 30% to 79% of the cases.', 0.545],
  ['Present in 5% to 29% of the cases.', 0.17],
  ['Present in 1% to 4% of the cases.', 0.025],
  ['Present in 0% of the cases.', 0],
  ['A term with no figure in its definition.', null],
])('%s -> %s', (definition, value) => {
  expect(frequencyTermValue(definition)).toBe(value);
});
