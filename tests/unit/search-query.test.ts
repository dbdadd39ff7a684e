import {
  searchTerms,
  toLuceneQuery,
  toNameBeginningQuery,
  toSynonymPhraseQuery,
} from '../../src/graph/read/search-query';

describe('toLuceneQuery', () => {
  test('a single word is matched as typed, fuzzily, and a long one by its first letters', () => {
    expect(toLuceneQuery('myoclonis')).toBe('myoclonis^2 myoclonis~2 myoc*^0.5');
    expect(toLuceneQuery('hiccup')).toBe('hiccup^2 hiccup~2');
  });

  test('a misspelt ending too far from the stem the index holds is still fetched by its first letters', () => {
    // The index holds "alzheimer's" as "alzheim": three edits from "alzhimers".
    expect(toLuceneQuery('alzhimers')).toContain('alzh*^0.5');
  });

  test('a phrase is boosted whole, and stop words get no fuzzy clause', () => {
    expect(toLuceneQuery('hiccups when asleep')).toBe(
      '"hiccups when asleep"^4 hiccups^2 hiccups~2 hicc*^0.5 when^1 asleep^2 asleep~2',
    );
  });

  test('a word for twitching beside a telling word is fetched quietly, its other forms quieter', () => {
    expect(toLuceneQuery('twitching when asleep')).toBe(
      '"twitching when asleep"^4 twitching^1.5 twitching~2^0.5 twit*^0.25 when^1 asleep^2 asleep~2',
    );
    expect(toLuceneQuery('are hypnic jerks dangerous?')).toContain(' jerks^1.5 jerks~1^0.5 ');
    // Alone, or beside words that tell nothing apart (a body part, a modifier), it is as loud as any.
    expect(toLuceneQuery('twitching')).toBe('twitching^2 twitching~2 twit*^0.5');
    expect(toLuceneQuery('sudden jerks in my leg')).toContain(' jerks^2 jerks~1 ');
    expect(toLuceneQuery('muscle twitching')).toContain(' twitching~2 twit*^0.5');
  });

  test('Lucene syntax typed by a client never reaches the parser', () => {
    const query = toLuceneQuery('name:/.*/ AND *:* OR "x\\" (((( a~~~ -b +c prefixed*');
    // The only operators are the query's own: a quoted phrase, boosts, fuzzy and prefix terms.
    expect(query).not.toMatch(/[:/()\\+-]|AND|OR/);
    for (const clause of query!.replace(/^"[^"]*"\^4 /, '').split(' '))
      expect(clause).toMatch(/^[\p{L}\p{N}]+(\^2|\^1\.5|\^1|~[12](\^0\.5)?|\*\^0\.25|\*\^0\.5)?$/u);
  });

  test('text with nothing searchable gives no query', () => {
    expect(toLuceneQuery('  ?!* ')).toBeNull();
  });

  test('unicode letters survive, case and width are normalised', () => {
    expect(searchTerms('Ｍyoclonus Ünïcode')).toEqual(['myoclonus', 'ünïcode']);
  });

  test('at most 12 distinct terms of 40 characters are kept', () => {
    const terms = searchTerms(
      `${'x'.repeat(100)} ${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')}`,
    );
    expect(terms).toHaveLength(12);
    expect(terms[0]).toHaveLength(40);
  });
});

describe('toSynonymPhraseQuery', () => {
  test('is a phrase on the synonyms field, with only letters and digits kept', () => {
    expect(toSynonymPhraseQuery('Hypnic "jerk")')).toBe('synonymsText:"hypnic jerk"');
  });

  test('is empty when nothing is searchable', () => {
    expect(toSynonymPhraseQuery('?? **')).toBe('');
  });

  test('keeps an apostrophe inside a word, as the index tokenizes it', () => {
    // The standard tokenizer keeps "tourette's" one token; "tourette s" would ask for a word "s" after it.
    expect(toSynonymPhraseQuery("Tourette's")).toBe(`synonymsText:"tourette's"`);
    expect(toSynonymPhraseQuery('Tourette\u2019s syndrome')).toBe(
      `synonymsText:"tourette's syndrome"`,
    );
    expect(toSynonymPhraseQuery("Huntington's disease")).toBe(
      `synonymsText:"huntington's disease"`,
    );
  });

  test('drops an apostrophe or a full stop that joins no two words', () => {
    expect(toSynonymPhraseQuery("'jerks' ... 's")).toBe('synonymsText:"jerks s"');
    expect(toSynonymPhraseQuery('myoclonus.')).toBe('synonymsText:"myoclonus"');
  });
});

describe('toNameBeginningQuery', () => {
  test('the last word may be cut off: it is also matched by its first letters, after the other words', () => {
    expect(toNameBeginningQuery('Laf')).toBe('"laf" OR laf*');
    expect(toNameBeginningQuery('Progressive myoclonic epil')).toBe(
      '"progressive myoclonic epil" OR (+"progressive myoclonic" +epil*)',
    );
  });

  test('a long last word fetches by its first four letters, since the index holds its stem', () => {
    // "generalized" is held as "gener": "generaliz*" would fetch nothing.
    expect(toNameBeginningQuery('Epilepsy, generaliz')).toBe(
      '"epilepsy generaliz" OR (+"epilepsy" +gene*)',
    );
  });

  test('no Lucene syntax from the client reaches the parser', () => {
    expect(toNameBeginningQuery('Lafora) OR *:* "dis~')).toBe(
      '"lafora or dis" OR (+"lafora or" +dis*)',
    );
    expect(toNameBeginningQuery("Huntington's")).toBe(`"huntington's" OR hunt*`);
    expect(toNameBeginningQuery('?? **')).toBe('');
  });
});
