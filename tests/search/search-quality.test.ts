import type { Json } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';
import {
  NO_MATCH_BELOW,
  SEARCH_QUERY,
  loadPhrases,
  loadPhrasesNamingNothing,
  scoreAnswers,
  type Answer,
} from './search-quality';

/**
 * The project's own search set (tests/search/phrases.yaml): lay and clinical
 * phrases and misspellings, each with the entity it names, asked through
 * `search` with first: 3. A quality bar, not a timing: npm run bench:search
 * reports the same score.
 */

jest.setTimeout(120_000);
const ctx = useSeededServer();

test('the set has at least 100 phrases and names every kind of entity', () => {
  expect(loadPhrases().length).toBeGreaterThanOrEqual(100);
});

/**
 * The floors are this set's measured score (bench/results/search-quality.md):
 * top-1 95 %; top-3 97.5 %, short of the 100 % goal by three lay phrases that
 * describe myoclonus by its sign and find the sign (shock-like muscle
 * jerking) first. A change that loses a phrase fails here.
 */
test('top-1 is at least 95% and top-3 at least 97.5%', async () => {
  const answers: Answer[] = [];
  for (const phrase of loadPhrases()) {
    const { body } = await ctx.server.post(SEARCH_QUERY, { text: phrase.text });
    expect(body.errors).toBeUndefined();
    answers.push({ phrase, ids: body.data.search.map((h: Json) => h.entity.id) });
  }
  const score = scoreAnswers(answers);
  // The misses are named, so a failure says what to fix.
  expect({ top1: score.top1 >= 0.95, top3: score.top3 >= 0.975, misses: score.misses }).toEqual({
    top1: true,
    top3: true,
    misses: expect.any(Array),
  });
});

test('a phrase that names nothing in the graph gets no hit scored 10 or more', async () => {
  const strong: string[] = [];
  for (const text of loadPhrasesNamingNothing()) {
    const { body } = await ctx.server.post(SEARCH_QUERY, { text });
    for (const hit of body.data.search as Json[])
      if (hit.score >= NO_MATCH_BELOW) strong.push(`${text}: ${hit.entity.id} ${hit.score}`);
  }
  expect(strong).toEqual([]);
});
