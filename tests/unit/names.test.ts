import { normalizeName } from '../../src/domain';

describe('normalizeName', () => {
  test('case does not matter', () => {
    expect(normalizeName('Secondary Myoclonus')).toBe('secondary myoclonus');
    expect(normalizeName('HIV')).toBe('hiv');
  });

  test('Unicode compatibility forms compare equal to their plain letters', () => {
    // A ligature, full-width letters, and "é" as e + combining accent against the one code point.
    expect(normalizeName('\uFB01t')).toBe('fit');
    expect(normalizeName('\uFF2D\uFF59\uFF4F')).toBe('myo');
    expect(normalizeName('cafe\u0301')).toBe(normalizeName('caf\u00E9'));
  });

  test('typographic apostrophes are the plain one', () => {
    expect(normalizeName('Alzheimer\u2019s disease')).toBe("alzheimer's disease");
    expect(normalizeName('Alzheimer\u02BCs disease')).toBe("alzheimer's disease");
    expect(normalizeName('Alzheimer\u2018s disease')).toBe("alzheimer's disease");
  });

  test('whitespace: trimmed, and runs of it (tabs, no-break spaces, new lines) are one space', () => {
    expect(normalizeName('  hypnic   jerks\t')).toBe('hypnic jerks');
    expect(normalizeName('hypnic\u00A0jerks')).toBe('hypnic jerks');
    expect(normalizeName('hypnic\n jerks')).toBe('hypnic jerks');
  });

  test('what is stored and what is typed meet: one function for both', () => {
    const stored = normalizeName("Alzheimer's disease");
    expect(normalizeName('  ALZHEIMER\u2019S   Disease ')).toBe(stored);
  });
});
