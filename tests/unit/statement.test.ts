import { factStatement } from '../../src/domain';
import type { EntityRecord, FactRecord } from '../../src/graph/read';

const citation = {
  source: {
    id: 's',
    infores: 'infores:s',
    kind: 'article' as const,
    title: 't',
    publisher: 'p',
    author: 'a',
    lastModified: '2019-07-23',
    version: '2019-07-23',
    licence: 'l',
    reference: 'r',
    identifiers: [],
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
  curies: [],
  description: null,
  citation,
});
const fact = (
  subject: EntityRecord,
  predicate: FactRecord['predicate'],
  object: EntityRecord,
  qualifier: string | null = null,
  frequency: FactRecord['frequency'] = null,
): FactRecord => ({
  id: 'f',
  predicate,
  subject,
  object,
  modality: 'CAUSATION',
  cue: 'due to',
  frequency,
  qualifier,
  note: null,
  figure: null,
  citation,
  citations: [citation],
});

describe('factStatement', () => {
  test('reads subject, predicate and object as one sentence', () => {
    expect(factStatement(fact(entity('Epilepsy'), 'CAUSES', entity('Epileptic myoclonus')))).toBe(
      'Epileptic myoclonus is due to epilepsy.',
    );
  });

  test('an indication reads as a sign, never as a cause, and its frequency opens the sentence', () => {
    expect(
      factStatement(
        fact(entity('Myoclonus'), 'MAY_INDICATE', entity('Head injury'), null, 'in rare cases'),
      ),
    ).toBe('In rare cases, myoclonus can be a sign of underlying head injury.');
    expect(
      factStatement(
        fact(
          entity('Myoclonus'),
          'MAY_INDICATE',
          entity('Parkinson disease', true),
          null,
          'in rare cases',
        ),
      ),
    ).toBe('In rare cases, myoclonus can be a sign of underlying Parkinson disease.');
  });

  test('after a frequency, a proper name keeps its capital and a leading word loses it', () => {
    expect(
      factStatement(
        fact(
          entity("Huntington's disease", true),
          'MISTAKEN_FOR',
          entity('Myoclonus'),
          null,
          'often',
        ),
      ),
    ).toBe("Often, Huntington's disease can be mistaken for myoclonus.");
    expect(
      factStatement(
        fact(entity('Seeing a doctor'), 'ADVISED_FOR', entity('Myoclonus'), null, 'often'),
      ),
    ).toBe('Often, for myoclonus, the source gives this advice: seeing a doctor.');
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
      factStatement(fact(entity('Males'), 'AFFECTS', entity('Myoclonus'), 'same risk as females')),
    ).toBe('Males can occur in myoclonus (same risk as females).');
  });

  test('acronyms keep their capitals; a one-letter name is lowered', () => {
    expect(factStatement(fact(entity('HIV infection'), 'CAUSES', entity('Myoclonus')))).toBe(
      'Myoclonus is due to HIV infection.',
    );
    expect(factStatement(fact(entity('X'), 'CAUSES', entity('Myoclonus')))).toBe(
      'Myoclonus is due to x.',
    );
  });
});

describe('a cue that claims less than its predicate reads as it claims', () => {
  const treats = (cue: string) => ({
    ...fact(entity('Antiepileptic medication'), 'TREATS', entity('Epileptic myoclonus')),
    modality: 'RECOMMENDATION' as const,
    cue,
  });

  test('a treatment the source only says can be administered is an option, not advice', () => {
    expect(factStatement(treats('can be administered'))).toBe(
      'For epileptic myoclonus, the source says antiepileptic medication can be given.',
    );
  });

  test('a treatment the source advises reads as advice', () => {
    expect(factStatement(treats('is advised'))).toBe(
      'For epileptic myoclonus, the source advises: antiepileptic medication.',
    );
  });
});
