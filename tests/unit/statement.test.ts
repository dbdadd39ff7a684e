import { factStatement } from '../../src/domain';
import type { EntityRecord, FactRecord } from '../../src/graph/read';

const citation = {
  source: {
    id: 's',
    title: 't',
    publisher: 'p',
    author: 'a',
    lastModified: '2019-07-23',
    disclaimer: 'd',
    review: null,
  },
  section: 'Introduction',
  paragraph: 1,
};
const entity = (name: string, properName = false): EntityRecord => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  kind: 'CONDITION',
  category: 'biolink:Disease',
  name,
  properName,
  synonyms: [],
  description: null,
  citation,
});
const fact = (
  subject: EntityRecord,
  predicate: FactRecord['predicate'],
  object: EntityRecord,
  qualifier: string | null = null,
): FactRecord => ({
  id: 'f',
  predicate,
  subject,
  object,
  qualifier,
  figure: null,
  citation,
});

describe('factStatement', () => {
  test('reads subject, predicate and object as one sentence', () => {
    expect(
      factStatement(fact(entity('Head injury'), 'CAUSES', entity('Secondary myoclonus'))),
    ).toBe('Head injury is an underlying cause of secondary myoclonus.');
  });

  test('proper names keep their capitals inside the sentence', () => {
    expect(
      factStatement(
        fact(entity("Huntington's disease", true), 'MISTAKEN_FOR', entity('Myoclonus')),
      ),
    ).toBe("Huntington's disease can be mistaken for myoclonus.");
  });

  test('a figure reads with its value, unit and population', () => {
    expect(
      factStatement({
        ...fact(entity('Myoclonus'), 'FREQUENCY_IN', entity('People in general'), 'in general'),
        figure: { value: 1.3, unit: 'cases per 100,000 people' },
      }),
    ).toBe(
      'Myoclonus occurs at about 1.3 cases per 100,000 people among people in general (in general).',
    );
  });

  test('templates that lead with the object still read as a sentence', () => {
    expect(
      factStatement(fact(entity('Kidney failure'), 'RISK_FACTOR_FOR', entity('Myoclonus'))),
    ).toBe('Myoclonus is more likely with kidney failure.');
  });

  test('a qualifier is added in brackets before the full stop', () => {
    expect(
      factStatement(fact(entity('Epilepsy'), 'CAUSES', entity('Myoclonus'), 'in rare cases')),
    ).toBe('Epilepsy is an underlying cause of myoclonus (in rare cases).');
  });

  test('acronyms keep their capitals; a one-letter name is lowered', () => {
    expect(factStatement(fact(entity('HIV infection'), 'CAUSES', entity('Myoclonus')))).toBe(
      'HIV infection is an underlying cause of myoclonus.',
    );
    expect(factStatement(fact(entity('Myoclonus'), 'CAUSES', entity('X')))).toBe(
      'Myoclonus is an underlying cause of x.',
    );
  });
});
