import {
  CATEGORY_NAMES,
  GOAL,
  buildReport,
  checkPhrase,
  floorFailures,
  gapBetween,
  loadPhrases,
  loadPhrasesNamingNothing,
  loadSplitPhrases,
  parsePhraseFile,
  phraseKey,
  reportMarkdown,
  scoreAnswers,
  splitPhrases,
  type Answer,
  type Category,
  type Phrase,
} from './search-quality';

/**
 * The search set's files, split, scorer and report, without Neo4j: the
 * search-quality test asks the graph, this one checks what it relies on.
 */

const byText = (phrases: Phrase[]) => phrases.map((p) => p.text).sort();

describe('the phrase files', () => {
  const tuning = loadSplitPhrases('tuning');
  const heldout = loadSplitPhrases('heldout');

  test('hold at least 150 phrases, about half in each part, every category in both', () => {
    expect(tuning.length + heldout.length).toBeGreaterThanOrEqual(150);
    for (const category of CATEGORY_NAMES) {
      const t = tuning.filter((p) => p.category === category).length;
      const h = heldout.filter((p) => p.category === category).length;
      expect({ category, ok: t >= 5 && h >= 5 && Math.abs(t - h) <= 1 }).toEqual({
        category,
        ok: true,
      });
    }
  });

  test('no phrase is in both parts, even written another way, probes included', () => {
    const tuningKeys = new Set(loadPhrases('tuning').map((p) => phraseKey(p.text)));
    expect(heldout.filter((p) => tuningKeys.has(phraseKey(p.text))).map((p) => p.text)).toEqual([]);
  });

  test('are the seeded split of their union', () => {
    const split = splitPhrases([...heldout, ...tuning]);
    expect(byText(split.tuning)).toEqual(byText(tuning));
    expect(byText(split.heldout)).toEqual(byText(heldout));
  });

  test('score the tuning part on its probes too, the held-out part on its split phrases', () => {
    expect(loadPhrases('tuning').length).toBeGreaterThan(tuning.length);
    expect(loadPhrases('heldout')).toHaveLength(heldout.length);
  });

  test('keep the phrases that name nothing with the tuning part', () => {
    expect(loadPhrasesNamingNothing()).toHaveLength(10);
    expect(loadPhrasesNamingNothing()).toContain('broken arm');
  });
});

describe('splitPhrases', () => {
  const phrases: Phrase[] = CATEGORY_NAMES.flatMap((category) =>
    Array.from({ length: 7 }, (_, i) => ({ text: `${category} ${i}`, expect: 'x', category })),
  );

  test('holds out half of each category, rounded up, whatever order the phrases come in', () => {
    const once = splitPhrases(phrases);
    const again = splitPhrases([...phrases].reverse());
    expect(byText(again.heldout)).toEqual(byText(once.heldout));
    for (const category of CATEGORY_NAMES)
      expect(once.heldout.filter((p) => p.category === category)).toHaveLength(4);
    expect(once.tuning.length + once.heldout.length).toBe(phrases.length);
  });

  test('another seed gives another split', () => {
    expect(byText(splitPhrases(phrases, 'other').heldout)).not.toEqual(
      byText(splitPhrases(phrases).heldout),
    );
  });
});

describe('checkPhrase', () => {
  const ok = { text: 'renal failure', expect: 'kidney-failure', category: 'clinical-synonym' };
  const reject = (raw: object) => expect(() => checkPhrase(raw, 'p')).toThrow(/^p: /);

  test('takes a plain phrase and one with a rule for alsoRight', () => {
    expect(checkPhrase(ok, 'p')).toEqual(ok);
    const cause = {
      text: 'twitching from kidney failure',
      expect: 'kidney-failure',
      alsoRight: ['secondary-myoclonus'],
      why: 'secondary',
      category: 'cause-paraphrase',
    };
    expect(checkPhrase(cause, 'p')).toEqual(cause);
    const sign = {
      text: 'limp arm',
      expect: 'muscle-silencing',
      alsoRight: ['negative-myoclonus'],
      why: 'sign',
      category: 'symptom-words',
    };
    expect(checkPhrase(sign, 'p')).toEqual(sign);
  });

  test('refuses a category off the list, a missing or odd id, an unknown field', () => {
    reject({ ...ok, category: 'synonym' });
    reject({ text: 'x', category: 'misspelling' });
    reject({ ...ok, expect: 'Kidney Failure' });
    reject({ ...ok, text: ' ' });
    reject({ ...ok, note: 'x' });
  });

  test('refuses alsoRight without a rule, or beyond what its rule allows', () => {
    reject({ ...ok, alsoRight: ['renal-disease'] });
    reject({ ...ok, alsoRight: ['secondary-myoclonus'], why: 'because' });
    reject({ ...ok, why: 'secondary' });
    reject({ ...ok, alsoRight: [], why: 'secondary' });
    reject({ ...ok, alsoRight: ['kidney-failure'], why: 'two-kinds' });
    reject({ ...ok, alsoRight: ['myoclonus'], why: 'secondary' });
    reject({ ...ok, alsoRight: ['myoclonus'], why: 'sign' });
    reject({ ...ok, alsoRight: ['epilepsy'], why: 'epileptic' });
  });

  test('a file may not hold a phrase twice, written another way or not', () => {
    expect(() =>
      parsePhraseFile(
        'phrases:\n  - { text: Renal failure, expect: a, category: misspelling }\n  - { text: renal-failure!, expect: b, category: misspelling }\n',
        'f',
      ),
    ).toThrow(/twice/);
    expect(() =>
      parsePhraseFile(
        'phrases:\n  - { text: renal failure, expect: a, category: misspelling }\nprobes:\n  - { text: Renal Failure, expect: b, category: misspelling }\n',
        'f',
      ),
    ).toThrow(/twice/);
    expect(() => parsePhraseFile('nothing: []\n', 'f')).toThrow(/no phrases/);
  });
});

const phrase = (text: string, expect: string, category: Category, alsoRight?: string[]) =>
  ({ text, expect, category, ...(alsoRight ? { alsoRight, why: 'secondary' } : {}) }) as Phrase;

describe('scoreAnswers', () => {
  const answers: Answer[] = [
    { phrase: phrase('a', 'x', 'misspelling'), ids: ['x', 'y', 'z'] },
    { phrase: phrase('b', 'x', 'misspelling'), ids: ['y', 'x'] },
    { phrase: phrase('c', 'x', 'question', ['s']), ids: ['s', 'x'] },
    { phrase: phrase('d', 'x', 'question'), ids: ['y', 'z', 'w', 'x'] },
    { phrase: phrase('e', 'x', 'question'), ids: [] },
  ];
  const score = scoreAnswers(answers);

  test('counts an alsoRight entity as right, and only the first three for top-3', () => {
    expect(score).toMatchObject({ phrases: 5, top1: 2 / 5, top3: 3 / 5 });
  });

  test('per category, in the order of the list, only the categories there', () => {
    expect(score.byCategory).toEqual({
      misspelling: { phrases: 2, top1: 1 / 2, top3: 1 },
      question: { phrases: 3, top1: 1 / 3, top3: 1 / 3 },
    });
    expect(Object.keys(score.byCategory)).toEqual(['misspelling', 'question']);
  });

  test('names each miss with what came first and whether a right one was in the top three', () => {
    expect(score.misses).toEqual([
      {
        text: 'b',
        category: 'misspelling',
        expect: 'x',
        alsoRight: [],
        got: ['y', 'x'],
        inTop3: true,
      },
      {
        text: 'd',
        category: 'question',
        expect: 'x',
        alsoRight: [],
        got: ['y', 'z', 'w'],
        inTop3: false,
      },
      { text: 'e', category: 'question', expect: 'x', alsoRight: [], got: [], inTop3: false },
    ]);
  });

  test('the gap is tuning minus held-out, overall and per category both parts have', () => {
    const heldout = scoreAnswers(answers.slice(0, 2));
    const gap = gapBetween(score, heldout);
    expect(gap.top1).toBeCloseTo(2 / 5 - 1 / 2);
    expect(gap.top3).toBeCloseTo(3 / 5 - 1);
    expect(gap.byCategory).toEqual({ misspelling: { top1: 0, top3: 0 } });
  });
});

describe('floorFailures', () => {
  const twenty = (hits: number): Answer[] =>
    Array.from({ length: 20 }, (_, i) => ({
      phrase: phrase(`p${i}`, 'x', 'lay-name'),
      ids: i < hits ? ['x'] : ['y', 'x'],
    }));

  test('19 of 20 first and all in the top three meet the goal', () => {
    expect(floorFailures(scoreAnswers(twenty(19)), GOAL)).toEqual([]);
  });

  test('under the floor, says which share and names every miss', () => {
    const answers = twenty(18);
    answers[0]!.ids = ['y'];
    expect(floorFailures(scoreAnswers(answers), GOAL)).toEqual([
      'top-1 85.0 % is under 95.0 %',
      'top-3 95.0 % is under 100.0 %',
      'not in top 3: "p0" expects x, got y',
      'not first: "p18" expects x, got y, x',
      'not first: "p19" expects x, got y, x',
    ]);
    expect(floorFailures(scoreAnswers(answers), GOAL, false)).toEqual([
      'top-1 85.0 % is under 95.0 %',
      'top-3 95.0 % is under 100.0 %',
      '3 of 20 phrases not first, 1 of them not in the top three (held out: not named)',
    ]);
  });
});

describe('reportMarkdown', () => {
  const tuning = scoreAnswers([
    { phrase: phrase('kidny | failure', 'kidney-failure', 'misspelling'), ids: ['liver-failure'] },
    { phrase: phrase('fits', 'epilepsy', 'lay-name'), ids: ['epilepsy'] },
  ]);
  const heldout = scoreAnswers([
    { phrase: phrase('renal failure', 'kidney-failure', 'misspelling'), ids: ['kidney-failure'] },
  ]);
  const report = buildReport('2026-01-01T00:00:00.000Z', { tuning, heldout }, [
    { text: 'pizza', best: null },
    { text: 'cancer', best: 3.21 },
  ]);
  const md = reportMarkdown(report).join('\n');

  test('puts both parts side by side with the gap, overall and per category', () => {
    expect(report.command).toBe('npm run bench:search');
    expect(md).toContain('| tuning | 2 | 50.0 % | 50.0 % |');
    expect(md).toContain('| held-out | 1 | 100.0 % | 100.0 % |');
    expect(md).toContain('| gap | | -50.0 | -50.0 |');
    expect(md).toContain(
      '| misspelling | 1 | 0.0 % | 0.0 % | 1 | 100.0 % | 100.0 % | -100.0 | -100.0 |',
    );
    expect(md).toContain('| lay-name | 1 | 100.0 % | 100.0 % | 0 | - | - | - | - |');
  });

  test('lists the misses of each part apart, escaping a pipe', () => {
    const [tuningPart, heldoutPart] = md.split('## Held-out part');
    expect(tuningPart).toContain(
      '| kidny \\| failure | misspelling | kidney-failure | - | liver-failure (none right) |',
    );
    expect(heldoutPart).toContain('0 of 1 phrases not first, 0 of them not among the first three.');
    expect(heldoutPart).toContain('| pizza | none |');
    expect(heldoutPart).toContain('| cancer | 3.2 |');
  });

  test('counts the held-out misses and names none of their phrases, in the page or the JSON', () => {
    const missed = scoreAnswers([
      { phrase: phrase('renal shutdown', 'kidney-failure', 'lay-name'), ids: ['liver-failure'] },
      {
        phrase: phrase('kidney trouble', 'kidney-failure', 'lay-name'),
        ids: ['x', 'kidney-failure'],
      },
    ]);
    const withMisses = buildReport('2026-01-01T00:00:00.000Z', { tuning, heldout: missed }, []);
    const page = reportMarkdown(withMisses).join('\n');
    expect(page).toContain('2 of 2 phrases not first, 1 of them not among the first three.');
    expect(withMisses.parts.heldout.misses).toEqual({ notFirst: 2, notInTop3: 1 });
    for (const text of ['renal shutdown', 'kidney trouble']) {
      expect(page).not.toContain(text);
      expect(JSON.stringify(withMisses)).not.toContain(text);
    }
  });
});
