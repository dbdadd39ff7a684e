import {
  NEAR_NAME_BONUS,
  NEAR_SCOPED_NAME_BONUS,
  SCOPED_NAME_BONUS,
  nearness,
  sameWord,
  wordCoverage,
  classifyMatch,
  rankSearchHits,
  searchCandidates,
  similarity,
} from '../../src/graph/read/search-ranking';
import type { SearchHitRecord } from '../../src/graph/read';

const hit = (id: string, score: number) =>
  ({
    entity: { id, name: id.replace(/-/g, ' ') },
    score,
  }) as unknown as SearchHitRecord;

describe('rankSearchHits', () => {
  test('a misspelt name comes before hits that only share a word with it', () => {
    const ranked = rankSearchHits(
      'myclonus',
      [
        {
          hit: hit('negative-myoclonus', 9),
          names: ['negative myoclonus'],
          scopedNames: [],
          ontologyNames: [],
        },
        {
          hit: hit('physiological-myoclonus', 10),
          names: ['physiological myoclonus'],
          scopedNames: [],
          ontologyNames: [],
        },
        {
          hit: hit('myoclonus', 7),
          names: ['myoclonus', 'myoclonic jerk'],
          scopedNames: [],
          ontologyNames: [],
        },
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
        { hit: hit('hiccups', 112), names: ['hiccups'], scopedNames: [], ontologyNames: [] },
        {
          hit: hit('hypnic-jerks', 4),
          names: ['leg twitching when falling asleep'],
          scopedNames: [],
          ontologyNames: [],
        },
      ],
      5,
    );
    expect(ranked.map((h) => h.score)).toEqual([112, 4]);
  });

  test('ties keep id order, and first bounds the count', () => {
    const ranked = rankSearchHits(
      'x',
      [
        { hit: hit('b', 1), names: [], scopedNames: [], ontologyNames: [] },
        { hit: hit('a', 1), names: [], scopedNames: [], ontologyNames: [] },
        { hit: hit('c', 1), names: [], scopedNames: [], ontologyNames: [] },
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

describe('classifyMatch says how a hit matched what was typed', () => {
  const hypnic = { name: 'Leg twitching when falling asleep' };
  const names = [
    { text: 'hypnic jerks', scope: 'exact' as const, lay: false, misspelling: false },
    { text: 'sleep starts', scope: 'exact' as const, lay: true, misspelling: false },
    { text: 'twitching', scope: 'broad' as const, lay: true, misspelling: false },
  ];

  test('the whole text is the name, a synonym or an ontology name, however it is cased or spaced', () => {
    expect(classifyMatch('leg  twitching when falling ASLEEP', hypnic, names, [])).toEqual({
      type: 'exact_name',
      text: 'Leg twitching when falling asleep',
      scope: 'exact',
    });
    expect(classifyMatch('Hypnic Jerks', hypnic, names, [])).toEqual({
      type: 'synonym',
      text: 'hypnic jerks',
      scope: 'exact',
    });
    expect(classifyMatch('hypnagogic jerk', hypnic, names, ['Hypnagogic jerk'])).toEqual({
      type: 'ontology_synonym',
      text: 'Hypnagogic jerk',
      scope: null,
    });
  });

  test('a broader lay word matches with its scope, so a client knows it is no exact name', () => {
    expect(classifyMatch('Twitching', hypnic, names, [])).toEqual({
      type: 'synonym',
      text: 'twitching',
      scope: 'broad',
    });
  });

  test('a misspelt name is fuzzy, naming the name it is nearly', () => {
    expect(classifyMatch('hipnic jerks', hypnic, names, [])).toEqual({
      type: 'fuzzy',
      text: 'hypnic jerks',
      scope: 'exact',
    });
  });

  test('otherwise it names the name sharing the most words, or the entity name when none does', () => {
    expect(classifyMatch('twitching when I fall asleep', hypnic, names, [])).toEqual({
      type: 'words',
      text: 'Leg twitching when falling asleep',
      scope: 'exact',
    });
    expect(classifyMatch('my sleep starts again', hypnic, names, [])).toEqual({
      type: 'words',
      text: 'sleep starts',
      scope: 'exact',
    });
    expect(classifyMatch('nocturnal', hypnic, names, [])).toEqual({
      type: 'words',
      text: 'Leg twitching when falling asleep',
      scope: 'exact',
    });
  });

  test('ranked hits carry their match', () => {
    const [first] = rankSearchHits(
      'hypnic jerks',
      [
        {
          hit: hit('hypnic-jerks', 105),
          names: ['hypnic jerks'],
          scopedNames: [],
          ontologyNames: [],
        },
      ],
      1,
    );
    expect(first!.match).toEqual({ type: 'exact_name', text: 'hypnic jerks', scope: 'exact' });
  });
});

describe('near names and telling words', () => {
  test('a name is the text misspelt only when no whole word differs', () => {
    expect(nearness('hypnick jerks', 'hypnic jerks')).toBeCloseTo(1 - 1 / 13);
    expect(nearness('uremic myoclonus', 'erratic myoclonus')).toBe(0);
    // A word more or less counts only as a split or a joined word.
    expect(nearness('myo clonus', 'myoclonus')).toBeGreaterThan(0.85);
    expect(
      nearness('progressive myoclonic epilepsy', 'lafora progressive myoclonus epilepsy'),
    ).toBe(0);
  });

  test('one word with another ending is the same word', () => {
    expect(sameWord('uremic', 'uremia')).toBe(true);
    expect(sameWord('myoclonic', 'myoclonus')).toBe(true);
    expect(sameWord('epileptic', 'epilepsy')).toBe(true);
    expect(sameWord('negative', 'native')).toBe(false);
  });

  test('a telling word weighs more than one every candidate has', () => {
    const [kidney, forms] = wordCoverage('uremic myoclonus', [
      ['kidney failure', 'uremia'],
      ['epileptic myoclonus'],
      ['myoclonus'],
    ]);
    expect(kidney).toBeGreaterThan(0.5);
    expect(forms).toBeLessThan(0.5);
    // One word tells nothing apart, and a word in no name keeps the weight of what is typed.
    expect(wordCoverage('myoclonus', [['myoclonus']])).toEqual([0]);
    expect(wordCoverage('heart attack', [['transient ischemic attack']])[0]).toBeLessThanOrEqual(
      0.5,
    );
  });

  test('framing words, and words for twitching and muscles alone, tell no candidate apart', () => {
    // "get" frames the question: the name that holds "gets" is not the one asked about.
    expect(
      wordCoverage('how likely am i to get myoclonus?', [
        ['myoclonus that gets worse'],
        ['anyone'],
      ]),
    ).toEqual([0, 0]);
    expect(
      wordCoverage('what should i do if my muscles keep twitching?', [
        ['muscle twitching'],
        ['seeing a doctor'],
      ]),
    ).toEqual([0, 0]);
    // A telling word beside them still counts.
    const [surgery, twitching] = wordCoverage('twitching after brain surgery', [
      ['brain surgery'],
      ['twitching'],
    ]);
    expect(surgery).toBeGreaterThan(0.5);
    expect(twitching).toBeLessThan(0.5);
  });

  test('a scoped name nearly typed ranks below a scoped name typed exactly, above words alone', () => {
    const ranked = rankSearchHits(
      'hypnick jerks',
      [
        {
          hit: hit('shock-like-jerking', 13),
          names: ['shock-like jerking'],
          scopedNames: [],
          ontologyNames: [],
        },
        {
          hit: hit('hypnic-jerks', 7),
          names: ['leg twitching when falling asleep'],
          scopedNames: [{ text: 'hypnic jerks', scope: 'related', lay: true, misspelling: false }],
          ontologyNames: [],
        },
      ],
      2,
    );
    expect(ranked.map((h) => h.entity.id)).toEqual(['hypnic-jerks', 'shock-like-jerking']);
    expect(ranked[0]!.score).toBeCloseTo(7 + NEAR_SCOPED_NAME_BONUS * (1 - 1 / 13));
    expect(ranked[0]!.score).toBeLessThan(SCOPED_NAME_BONUS);
  });

  test('a word for a medicine is held by a name with another word for one', () => {
    const [sideEffect, seizurePills] = wordCoverage('myoclonus because of the pills he takes', [
      ['drug-induced myoclonus', 'medication side effect'],
      ['antiepileptic medication', 'seizure pills'],
    ]);
    expect(sideEffect).toBeGreaterThan(0.5);
    // Both hold a medicine: the typed word tells neither apart from the other by itself.
    expect(seizurePills).toBeLessThan(sideEffect!);
    // "Medical" is cut as "medication" is, but a check-up is no medicine.
    expect(wordCoverage('pills for my jerks', [['medical check-up'], ['seizure pills']])[0]).toBe(
      0,
    );
  });
});
