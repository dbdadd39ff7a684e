import type { Json } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';

/** search(text, kinds, first): what a person types, best first. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

const SEARCH = `query ($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { score entity { id kind } }
}`;

async function search(text: string, kinds?: string[], first?: number): Promise<Json[]> {
  const { status, body } = await ctx.server.post(SEARCH, { text, kinds, first });
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data.search;
}

const firstId = async (text: string) => (await search(text))[0]?.entity.id;

test.each([
  ['Hiccups', 'hiccups'],
  ["Huntington's disease", 'huntingtons-disease'],
  ['Stroke', 'stroke'],
  ['Kidney failure', 'kidney-failure'],
  ['Secondary myoclonus', 'secondary-myoclonus'],
])('the exact name %j finds %s first', async (text, id) => {
  expect(await firstId(text)).toBe(id);
});

// A one-word exact name must outrank the longer names that contain it (its subtypes).
test('the exact name "Myoclonus" finds myoclonus first', async () => {
  expect(await firstId('Myoclonus')).toBe('myoclonus');
});

test.each([
  ['hiccup', 'hiccups'],
  ['Huntington disease', 'huntingtons-disease'],
  ['hypnic jerk', 'hypnic-jerks'],
  ['renal failure', 'kidney-failure'],
])('the synonym %j finds %s first', async (text, id) => {
  expect(await firstId(text)).toBe(id);
});

test('a lay phrase finds the condition it describes first', async () => {
  expect(await firstId('twitching when falling asleep')).toBe('hypnic-jerks');
});

test('a misspelling still finds the entity first', async () => {
  expect(await firstId('myoclonis')).toBe('myoclonus');
  expect(await firstId('hicups')).toBe('hiccups');
});

test('kinds limits the hits to those kinds', async () => {
  const all = await search('twitching', undefined, 20);
  expect(new Set(all.map((h) => h.entity.kind)).size).toBeGreaterThan(1);
  const symptoms = await search('twitching', ['SYMPTOM'], 20);
  expect(symptoms.length).toBeGreaterThan(0);
  expect(symptoms.every((h) => h.entity.kind === 'SYMPTOM')).toBe(true);
  expect(symptoms.map((h) => h.entity.id)).toContain('sudden-involuntary-twitching');
  const two = await search('twitching', ['SYMPTOM', 'CONDITION'], 20);
  expect(two.every((h) => ['SYMPTOM', 'CONDITION'].includes(h.entity.kind))).toBe(true);
  expect(two.length).toBeGreaterThan(symptoms.length);
});

test('hits come best first: scores never increase, first bounds the count', async () => {
  const hits = await search('myoclonus twitching in babies', undefined, 50);
  expect(hits.length).toBeGreaterThan(5);
  const scores = hits.map((h) => h.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(new Set(hits.map((h) => h.entity.id)).size).toBe(hits.length);
  expect(await search('myoclonus', undefined, 3)).toHaveLength(3);
});

test.each(['myo*', '"unbalanced', 'a AND OR NOT (', '\\', 'title:x~~^2 [a TO', '/regex/'])(
  'Lucene syntax in %j is only text: no error',
  async (text) => {
    expect(Array.isArray(await search(text))).toBe(true);
  },
);

test('Lucene operators around real words still find them', async () => {
  expect(await firstId('hiccups AND (')).toBe('hiccups');
});

test.each(['', '   ', '\n\t'])('empty text %j is BAD_USER_INPUT', async (text) => {
  const { body } = await ctx.server.post(SEARCH, { text });
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(body.errors?.[0]?.message).toMatch(/empty/);
});

test('text longer than 200 characters is BAD_USER_INPUT naming the bound', async () => {
  const { body } = await ctx.server.post(SEARCH, { text: 'a'.repeat(201) });
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(body.errors?.[0]?.message).toContain('200');
  expect(await search('m'.repeat(200))).toEqual(expect.any(Array));
});
