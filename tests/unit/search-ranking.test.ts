import {
  NEAR_NAME_BONUS,
  rankSearchHits,
  searchCandidates,
  similarity,
} from '../../src/graph/read/search-ranking';
import type { SearchHitRecord } from '../../src/graph/read';

const hit = (id: string, score: number) =>
  ({ entity: { id }, score }) as unknown as SearchHitRecord;

describe('rankSearchHits', () => {
  test('a misspelt name comes before hits that only share a word with it', () => {
    const ranked = rankSearchHits(
      'myclonus',
      [
        { hit: hit('negative-myoclonus', 9), names: ['negative myoclonus'] },
        { hit: hit('physiological-myoclonus', 10), names: ['physiological myoclonus'] },
        { hit: hit('myoclonus', 7), names: ['myoclonus', 'myoclonic jerk'] },
      ],
      3,
    );
    expect(ranked.map((h) => h.entity.id)).toEqual([
      'myoclonus',
      'physiological-myoclonus',
      'negative-myoclonus',
    ]);
    expect(ranked[0]!.score).toBeCloseTo(7 + NEAR_NAME_BONUS * (1 - 1 / 9));
  });

  test('an exact name keeps its score (the query already added 100), and unlike names keep theirs', () => {
    const ranked = rankSearchHits(
      'Hiccups',
      [
        { hit: hit('hiccups', 112), names: ['hiccups'] },
        { hit: hit('hypnic-jerks', 4), names: ['leg twitching when falling asleep'] },
      ],
      5,
    );
    expect(ranked.map((h) => h.score)).toEqual([112, 4]);
  });

  test('ties keep id order, and first bounds the count', () => {
    const ranked = rankSearchHits(
      'x',
      [
        { hit: hit('b', 1), names: [] },
        { hit: hit('a', 1), names: [] },
        { hit: hit('c', 1), names: [] },
      ],
      2,
    );
    expect(ranked.map((h) => h.entity.id)).toEqual(['a', 'b']);
  });

  test('similarity is 1 for the same text and falls with each edit', () => {
    expect(similarity('epilepsy', 'epilepsy')).toBe(1);
    expect(similarity('epilipsy', 'epilepsy')).toBe(1 - 1 / 8);
    expect(similarity('', '')).toBe(1);
  });

  test('more candidates than results are reranked, within bounds', () => {
    expect(searchCandidates(3)).toBe(20);
    expect(searchCandidates(10)).toBe(40);
    expect(searchCandidates(50)).toBe(200);
  });
});
