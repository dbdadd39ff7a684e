import type { Json } from '../fixtures/api-server';
import { CITATION, DISCLAIMER, SOURCE, useSeededServer } from '../fixtures/seeded-server';

/** Every query of schema/query.graphql and every relationship field of schema/entity.graphql, over HTTP. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

async function data(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const { status, body } = await ctx.server.post(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

const SECTIONS = [
  'Introduction',
  'Who Is At Risk For Myoclonus?',
  'Treating Myoclonus',
  'Conditions Similar To Myoclonus',
];

/** A link's (or fact's) citation names the source, a section of it, a paragraph and the disclaimer. */
function expectCited(item: { citation: Json }): void {
  expect(item.citation.source).toEqual(SOURCE);
  expect(item.citation.disclaimer).toBe(DISCLAIMER);
  expect(SECTIONS).toContain(item.citation.section);
  expect(Number.isInteger(item.citation.paragraph) && item.citation.paragraph >= 1).toBe(true);
}

const LINK = `qualifier ${CITATION} fact { predicate statement subject { id } object { id } }`;

/** The ids of `entityField` over a list of links. */
const ids = (links: Json[], entityField: string): string[] =>
  links.map((link) => link[entityField].id as string);

describe('root queries', () => {
  test('entity(id) returns the typed entity with its citation; an unknown id gives null', async () => {
    const d = await data(`{
      known: entity(id: "secondary-myoclonus") { __typename id name kind synonyms description ${CITATION} }
      unknown: entity(id: "no-such-entity") { id }
    }`);
    expect(d.unknown).toBeNull();
    expect(d.known).toMatchObject({
      __typename: 'Condition',
      id: 'secondary-myoclonus',
      name: 'Secondary myoclonus',
      kind: 'CONDITION',
      synonyms: ['myoclonus secondary to another condition', 'symptomatic myoclonus'],
    });
    expect(d.known.citation).toEqual({
      section: 'Who Is At Risk For Myoclonus?',
      paragraph: 2,
      disclaimer: DISCLAIMER,
      source: SOURCE,
    });
  });

  test('every kind resolves to its own GraphQL type', async () => {
    const d = await data(`{
      a: entity(id: "epilepsy") { __typename kind }
      b: entity(id: "kidney-failure") { __typename kind }
      c: entity(id: "seeing-a-doctor") { __typename kind }
      d: entity(id: "infants") { __typename kind }
      e: entity(id: "difficulty-walking") { __typename kind }
    }`);
    expect(Object.values(d)).toEqual([
      { __typename: 'Cause', kind: 'CAUSE' },
      { __typename: 'RiskFactor', kind: 'RISK_FACTOR' },
      { __typename: 'Treatment', kind: 'TREATMENT' },
      { __typename: 'Population', kind: 'POPULATION' },
      { __typename: 'Symptom', kind: 'SYMPTOM' },
    ]);
  });

  test('condition(name) matches a name or a synonym without regard to case', async () => {
    const d = await data(`{
      byName: condition(name: "Myoclonus") { id }
      lower: condition(name: "epileptic myoclonus") { id }
      upperSynonym: condition(name: "LEG JERKS WHEN FALLING ASLEEP") { id name }
      synonym: condition(name: "hiccup") { id }
      properSynonym: condition(name: "tourettes") { id }
      apostrophe: condition(name: "Tourette's") { id }
      padded: condition(name: "  Huntington disease ") { id }
      broaderName: condition(name: "hypnic jerk") { id }
      notACondition: condition(name: "stroke") { id }
      unknown: condition(name: "broken leg") { id }
    }`);
    expect(d).toEqual({
      byName: { id: 'myoclonus' },
      lower: { id: 'epileptic-myoclonus' },
      upperSynonym: { id: 'hypnic-jerks', name: 'Leg twitching when falling asleep' },
      synonym: { id: 'hiccups' },
      properSynonym: { id: 'tourette-syndrome' },
      apostrophe: { id: 'tourette-syndrome' },
      padded: { id: 'huntingtons-disease' },
      // A broader name (hypnic jerks take in more than the legs) is no name of this condition.
      broaderName: null,
      notACondition: null,
      unknown: null,
    });
  });

  test('entities(kind, first, after) pages through one kind in id order', async () => {
    const query = `query ($after: String) {
      entities(kind: TREATMENT, first: 4, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind } }
      }
    }`;
    const page1 = (await data(query)).entities;
    expect(page1.totalCount).toBe(6);
    expect(page1.edges.map((e: Json) => e.node.id)).toEqual([
      'antiepileptic-medication',
      'combination-drug-therapy',
      'no-treatment-needed',
      'seeing-a-doctor',
    ]);
    expect(page1.pageInfo).toEqual({ hasNextPage: true, endCursor: page1.edges[3].cursor });
    const page2 = (await data(query, { after: page1.pageInfo.endCursor })).entities;
    expect(page2.edges.map((e: Json) => e.node.id)).toEqual([
      'symptomatic-treatment',
      'treating-underlying-condition',
    ]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page2.edges.every((e: Json) => e.node.kind === 'TREATMENT')).toBe(true);
  });

  test('search finds entities best first', async () => {
    const d = await data(
      `{ search(text: "leg jerks when falling asleep", first: 3) { score entity { id kind } } }`,
    );
    expect(d.search[0].entity).toEqual({ id: 'hypnic-jerks', kind: 'CONDITION' });
    expect(d.search.length).toBeLessThanOrEqual(3);
    expect(d.search[0].score).toBeGreaterThan(100);
  });

  test('facts(about) lists the cited facts naming an entity, each with a sentence', async () => {
    const d = await data(`{
      facts(about: "epileptic-myoclonus", first: 10) {
        totalCount pageInfo { hasNextPage }
        edges { node { id statement modality cue ${CITATION} } }
      }
    }`);
    expect(d.facts.totalCount).toBe(4);
    expect(d.facts.pageInfo.hasNextPage).toBe(false);
    const nodes = d.facts.edges.map((e: Json) => e.node);
    expect(nodes.map((n: Json) => n.id)).toEqual([
      'antiepileptic-medication--treats--epileptic-myoclonus',
      'epilepsy--causes--epileptic-myoclonus',
      'epileptic-myoclonus--affects--people-with-epilepsy',
      'epileptic-myoclonus--subtype_of--myoclonus',
    ]);
    nodes.forEach(expectCited);
    expect(nodes[1]).toMatchObject({
      statement:
        'Epileptic myoclonus is due to epilepsy (myoclonus that comes from an epileptic disorder).',
      modality: 'CAUSATION',
      cue: 'due to',
    });
    expect(nodes[2].statement).toBe(
      'Epileptic myoclonus can occur in people with epilepsy (only this group, which is small).',
    );
  });

  test('path joins two entities fact by fact, following arrows in either direction', async () => {
    const d = await data(`{
      path(from: "stroke", to: "myoclonus", maxHops: 4) {
        length entities { id } facts { predicate subject { id } object { id } statement ${CITATION} }
      }
      none: path(from: "stroke", to: "myoclonus", maxHops: 2) { length }
      same: path(from: "stroke", to: "stroke") { length entities { id } facts { id } }
    }`);
    expect(d.path.length).toBe(3);
    expect(d.path.entities.map((e: Json) => e.id)).toEqual([
      'stroke',
      'neurological-condition',
      'secondary-myoclonus',
      'myoclonus',
    ]);
    expect(d.path.facts.map((f: Json) => [f.subject.id, f.predicate, f.object.id])).toEqual([
      ['stroke', 'MEMBER_OF', 'neurological-condition'],
      ['neurological-condition', 'RISK_FACTOR_FOR', 'secondary-myoclonus'],
      ['secondary-myoclonus', 'SUBTYPE_OF', 'myoclonus'],
    ]);
    expect(d.path.facts[0].statement).toBe('Stroke is a kind of neurological condition.');
    d.path.facts.forEach(expectCited);
    expect(d.none).toBeNull();
    expect(d.same).toEqual({ length: 0, entities: [{ id: 'stroke' }], facts: [] });
  });

  test('graphInfo reports the seed version, its hash and the counts', async () => {
    const d = await data(
      '{ graphInfo { seedVersion contentHash loadedAt entityCount factCount conceptCount curatedStatementCount } }',
    );
    // Both layers: the article's 59 entities and 77 facts, and HPO's slice beside them.
    expect(d.graphInfo).toMatchObject({
      seedVersion: '5.1.0',
      entityCount: 59,
      factCount: 77,
      conceptCount: 4481,
      curatedStatementCount: 16622,
    });
    expect(d.graphInfo.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(d.graphInfo.loadedAt))).toBe(false);
  });
});

describe('Condition relationship fields', () => {
  test('subtypes and subtypeOf', async () => {
    const d = await data(`{
      myoclonus: condition(name: "myoclonus") { subtypes { condition { id } ${LINK} } subtypeOf { condition { id } } }
      secondary: condition(name: "secondary myoclonus") { subtypeOf { condition { id } ${LINK} } }
    }`);
    expect(ids(d.myoclonus.subtypes, 'condition').sort()).toEqual([
      'epileptic-myoclonus',
      'negative-myoclonus',
      'persistent-myoclonus',
      'physiological-myoclonus',
      'positive-myoclonus',
      'progressive-myoclonus',
      'secondary-myoclonus',
    ]);
    expect(d.myoclonus.subtypeOf).toEqual([]);
    d.myoclonus.subtypes.forEach(expectCited);
    const [up] = d.secondary.subtypeOf;
    expect(d.secondary.subtypeOf).toHaveLength(1);
    expect(up).toMatchObject({
      condition: { id: 'myoclonus' },
      qualifier: 'by form',
      fact: {
        predicate: 'SUBTYPE_OF',
        statement: 'Secondary myoclonus is a subtype of myoclonus (by form).',
        subject: { id: 'secondary-myoclonus' },
        object: { id: 'myoclonus' },
      },
    });
    expectCited(up);
  });

  test('examples and exampleOf', async () => {
    const d = await data(`{
      physiological: condition(name: "physiological myoclonus") { examples { condition { id } ${LINK} } }
      hiccups: condition(name: "hiccups") { exampleOf { condition { id } ${LINK} } examples { condition { id } } }
    }`);
    expect(ids(d.physiological.examples, 'condition')).toEqual([
      'hiccups',
      'infant-twitching-after-feeding',
      'infant-twitching-during-sleep',
      'hypnic-jerks',
    ]);
    d.physiological.examples.forEach(expectCited);
    expect(d.hiccups.examples).toEqual([]);
    expect(d.hiccups.exampleOf).toHaveLength(1);
    expect(d.hiccups.exampleOf[0]).toMatchObject({
      condition: { id: 'physiological-myoclonus' },
      qualifier: null,
      fact: { statement: 'Physiological myoclonus includes hiccups as an everyday example.' },
    });
  });

  test('underlyingCauses lists only what the article states as a cause; what is only more common is a risk factor', async () => {
    const d = await data(`{
      condition(name: "secondary myoclonus") {
        underlyingCauses { cause { id } }
        riskFactors {
          riskFactor { id members { entity { id } ${LINK} } }
          ${LINK}
        }
      }
    }`);
    // The article says secondary myoclonus is more common in some people; it names no cause of it.
    expect(d.condition.underlyingCauses).toEqual([]);
    expect(ids(d.condition.riskFactors, 'riskFactor')).toEqual([
      'head-injury',
      'medication-side-effect',
      'neurological-condition',
    ]);
    d.condition.riskFactors.forEach(expectCited);
    const headInjury = d.condition.riskFactors[0];
    expect(headInjury).toMatchObject({
      qualifier: 'somewhat more common in people who have had a head injury',
      fact: {
        predicate: 'RISK_FACTOR_FOR',
        statement:
          'Secondary myoclonus is more likely with head injury (somewhat more common in people who have had a head injury).',
      },
      citation: { section: 'Who Is At Risk For Myoclonus?', paragraph: 2 },
    });
    const group = d.condition.riskFactors[2].riskFactor;
    expect(ids(group.members, 'entity')).toEqual(['alzheimers-disease', 'dementia', 'stroke']);
    expect(group.members[2].fact.statement).toBe('Stroke is a kind of neurological condition.');
    group.members.forEach(expectCited);
  });

  test('underlyingCauses(includeSubtypes: true) adds the causes of subtypes with the subtype as condition', async () => {
    const d = await data(`{
      condition(name: "myoclonus") {
        own: underlyingCauses { cause { id } condition { id } }
        all: underlyingCauses(includeSubtypes: true) {
          cause { id } condition { id } group { id } qualifier facts { predicate modality statement }
        }
      }
    }`);
    expect(d.condition.own).toEqual([]);
    expect(d.condition.all).toEqual([
      {
        cause: { id: 'epilepsy' },
        condition: { id: 'epileptic-myoclonus' },
        group: null,
        qualifier: 'myoclonus that comes from an epileptic disorder',
        facts: [
          {
            predicate: 'CAUSES',
            modality: 'CAUSATION',
            statement:
              'Epileptic myoclonus is due to epilepsy (myoclonus that comes from an epileptic disorder).',
          },
        ],
      },
    ]);
  });

  test('mayIndicate: in rare cases myoclonus can be a sign of an underlying problem, never that it causes it', async () => {
    const d = await data(`{
      condition(name: "myoclonus") {
        mayIndicate { entity { __typename id } ${LINK} fact { modality cue frequency knowledgeLevel } }
      }
      epilepsy: entity(id: "epilepsy") { ... on Cause { indicatedBy { condition { id } } causes { condition { id } } } }
      headInjury: entity(id: "head-injury") { ... on RiskFactor { indicatedBy { condition { id } } riskFor { condition { id } } } }
    }`);
    const links = d.condition.mayIndicate;
    expect(links.map((l: Json) => l.entity.id)).toEqual([
      'epilepsy',
      'head-injury',
      'medication-side-effect',
      'metabolic-condition',
      'parkinson-disease',
    ]);
    links.forEach(expectCited);
    for (const link of links) {
      expect(link.fact).toMatchObject({
        predicate: 'MAY_INDICATE',
        modality: 'INDICATION',
        cue: 'can be an indication of',
        frequency: 'in rare cases',
        knowledgeLevel: 'knowledge_assertion',
        subject: { id: 'myoclonus' },
      });
      expect(link.fact.statement).toMatch(/^In rare cases, myoclonus can be a sign of underlying /);
      expect(link.citation).toMatchObject({ section: 'Introduction', paragraph: 1 });
    }
    expect(links[4].fact.statement).toBe(
      'In rare cases, myoclonus can be a sign of underlying Parkinson disease.',
    );
    expect(links[1].entity.__typename).toBe('RiskFactor');
    expect(d.epilepsy).toEqual({
      indicatedBy: [{ condition: { id: 'myoclonus' } }],
      causes: [{ condition: { id: 'epileptic-myoclonus' } }],
    });
    expect(d.headInjury).toEqual({
      indicatedBy: [{ condition: { id: 'myoclonus' } }],
      riskFor: [{ condition: { id: 'secondary-myoclonus' } }],
    });
  });

  test('riskFactors, treatments, advice, symptoms and populations', async () => {
    const d = await data(`{
      condition(name: "myoclonus") {
        riskFactors { riskFactor { id } ${LINK} }
        treatments { treatment { id } ${LINK} }
        advice { treatment { id } ${LINK} }
        symptoms { symptom { id } ${LINK} }
        populations { population { id } ${LINK} }
      }
      physiological: condition(name: "physiological myoclonus") { treatments { treatment { id } } advice { treatment { id } ${LINK} } }
    }`);
    const c = d.condition;
    expect(ids(c.riskFactors, 'riskFactor').sort()).toEqual([
      'brain-tumors',
      'chemical-poisoning',
      'genetic-disorders',
      'kidney-failure',
      'liver-failure',
      'prolonged-hypoxia',
      'serious-brain-or-nerve-injury',
    ]);
    expect(ids(c.treatments, 'treatment').sort()).toEqual([
      'combination-drug-therapy',
      'symptomatic-treatment',
      'treating-underlying-condition',
    ]);
    // Advice is not a treatment.
    expect(ids(c.advice, 'treatment')).toEqual(['seeing-a-doctor']);
    expect(c.advice[0].fact.predicate).toBe('ADVISED_FOR');
    expect(ids(d.physiological.advice, 'treatment')).toEqual(['no-treatment-needed']);
    expect(d.physiological.treatments).toEqual([]);
    expect(ids(c.symptoms, 'symptom').sort()).toEqual([
      'burst-of-muscle-activity',
      'difficulty-eating',
      'difficulty-moving',
      'difficulty-speaking',
      'difficulty-walking',
      'muscle-silencing',
      'shock-like-jerking',
      'sudden-involuntary-twitching',
    ]);
    expect(ids(c.populations, 'population').sort()).toEqual([
      'children',
      'females',
      'general-population',
      'healthy-people',
      'infants',
      'males',
      'people-with-serious-brain-or-nerve-injury',
    ]);
    for (const link of [
      ...c.riskFactors,
      ...c.treatments,
      ...c.advice,
      ...c.symptoms,
      ...c.populations,
      ...d.physiological.advice,
    ])
      expectCited(link);
    expect(
      c.treatments.find((l: Json) => l.treatment.id === 'symptomatic-treatment'),
    ).toMatchObject({
      qualifier: 'when the underlying condition cannot be determined',
      fact: {
        predicate: 'TREATS',
        statement:
          'For myoclonus, the source advises: symptomatic treatment (when the underlying condition cannot be determined).',
      },
      citation: { section: 'Treating Myoclonus', paragraph: 1 },
    });
    expect(c.populations.find((l: Json) => l.population.id === 'infants')).toMatchObject({
      qualifier: 'after a feed or during sleep',
      fact: { predicate: 'AFFECTS', subject: { id: 'myoclonus' }, object: { id: 'infants' } },
    });
    expect(
      c.riskFactors.find((l: Json) => l.riskFactor.id === 'kidney-failure').fact.statement,
    ).toBe('Myoclonus is more likely with kidney failure.');
    expect(c.symptoms.find((l: Json) => l.symptom.id === 'muscle-silencing').fact.statement).toBe(
      'Muscle silencing is a sign of myoclonus (intensity varies).',
    );
  });

  test('lookAlikes work in both directions', async () => {
    const d = await data(`{
      myoclonus: condition(name: "myoclonus") { lookAlikes { condition { id } ${LINK} } }
      tourette: condition(name: "Tourette syndrome") { lookAlikes { condition { id } ${LINK} } }
    }`);
    expect(ids(d.myoclonus.lookAlikes, 'condition')).toEqual([
      'benign-essential-tremor',
      'huntingtons-disease',
      'torsion-dystonia',
      'tourette-syndrome',
    ]);
    d.myoclonus.lookAlikes.forEach(expectCited);
    expect(d.tourette.lookAlikes).toHaveLength(1);
    expect(d.tourette.lookAlikes[0]).toMatchObject({
      condition: { id: 'myoclonus' },
      fact: {
        predicate: 'MISTAKEN_FOR',
        subject: { id: 'tourette-syndrome' },
        object: { id: 'myoclonus' },
        statement: 'Tourette syndrome can be mistaken for myoclonus.',
      },
      citation: { section: 'Conditions Similar To Myoclonus', paragraph: 1 },
    });
  });

  test('each figure is also a fact: sentence, unit, population, qualifier, note and citation', async () => {
    const d = await data(`{
      facts(about: "myoclonus", predicates: [FREQUENCY_IN]) {
        totalCount
        edges { node { id predicate modality knowledgeLevel statement qualifier note
                       figure { value unit per measure } subject { id } object { id } ${CITATION} } }
      }
      persistent: facts(about: "persistent-myoclonus", predicates: [FREQUENCY_IN]) {
        edges { node { id figure { value measure } citation { source { id } } } }
      }
    }`);
    expect(d.facts.totalCount).toBe(1);
    const figure = d.facts.edges[0].node;
    expect(figure).toMatchObject({
      id: 'myoclonus--frequency_in--general-population',
      predicate: 'FREQUENCY_IN',
      modality: 'FIGURE',
      knowledgeLevel: 'observation',
      figure: { value: 1.3, unit: 'cases per 100,000 persons', per: 100000, measure: 'cases' },
      subject: { id: 'myoclonus' },
      object: { id: 'general-population' },
      citation: {
        section: 'Who Is At Risk For Myoclonus?',
        paragraph: 2,
        disclaimer: DISCLAIMER,
        source: SOURCE,
      },
    });
    expect(figure.statement).toBe(
      `Myoclonus occurs at about 1.3 cases per 100,000 persons among people in general (${figure.qualifier}).`,
    );
    // The study behind the figure reads it otherwise, and the fact says so.
    expect(figure.note).toMatch(/incidence/);
    // The article's reading and the study's reading stand side by side, each with its source.
    expect(
      d.persistent.edges.map((e: Json) => [e.node.id, e.node.figure, e.node.citation.source.id]),
    ).toEqual([
      [
        'persistent-myoclonus--frequency_in--general-population',
        { value: 8.6, measure: 'cases' },
        'epainassist-myoclonus-risk',
      ],
      [
        'persistent-myoclonus--frequency_in--olmsted-county-residents--incidence',
        { value: 1.3, measure: 'average annual incidence rate' },
        'caviness-1999-myoclonus-olmsted',
      ],
      [
        'persistent-myoclonus--frequency_in--olmsted-county-residents--prevalence',
        { value: 8.6, measure: 'lifetime prevalence' },
        'caviness-1999-myoclonus-olmsted',
      ],
    ]);
  });

  test('facts that are not figures have no figure', async () => {
    const d = await data(`{ facts(about: "myoclonus", predicates: [SUBTYPE_OF], first: 1) {
      edges { node { figure { value } } } } }`);
    expect(d.facts.edges[0].node.figure).toBeNull();
  });

  test('statistics are typed numbers with unit, per and population', async () => {
    const stat = `id value unit per measure condition { id } population { id } ${CITATION}`;
    const d = await data(`{
      myoclonus: condition(name: "myoclonus") { statistics { ${stat} } }
      persistent: condition(name: "persistent myoclonus") { statistics { ${stat} citations { section paragraph } citation { source { id } } } }
      hiccups: condition(name: "hiccups") { statistics { id } }
    }`);
    const citation = {
      section: 'Who Is At Risk For Myoclonus?',
      paragraph: 2,
      disclaimer: DISCLAIMER,
      source: SOURCE,
    };
    expect(d.myoclonus.statistics).toEqual([
      {
        id: 'myoclonus-cases-overall',
        value: 1.3,
        unit: 'cases per 100,000 persons',
        per: 100000,
        measure: 'cases',
        condition: { id: 'myoclonus' },
        population: { id: 'general-population' },
        citation,
      },
    ]);
    expect(
      d.persistent.statistics.map((s: Json) => [s.id, s.value, s.unit, s.population.id]),
    ).toEqual([
      ['persistent-myoclonus-cases', 8.6, 'cases per 100,000 people', 'general-population'],
      [
        'persistent-myoclonus-incidence-olmsted',
        1.3,
        'cases per 100,000 person-years',
        'olmsted-county-residents',
      ],
      [
        'persistent-myoclonus-prevalence-olmsted',
        8.6,
        'cases per 100,000 population',
        'olmsted-county-residents',
      ],
    ]);
    const prevalence = d.persistent.statistics[2];
    expect(prevalence.citation.source.id).toBe('caviness-1999-myoclonus-olmsted');
    expect(prevalence.citations.map((c: Json) => c.section)).toEqual([
      'Objective',
      'Patients and Methods',
      'Results',
    ]);
    expect(d.hiccups.statistics).toEqual([]);
  });
});

describe('Cause, RiskFactor, Treatment, Population and Symptom relationship fields', () => {
  test('Cause.causes lists what is due to it; an underlying problem myoclonus only signals causes nothing', async () => {
    const d = await data(`{
      epilepsy: entity(id: "epilepsy") {
        ... on Cause {
          causes { condition { id } ${LINK} }
          direct: causes(viaGroups: false) { condition { id } }
        }
      }
      parkinson: entity(id: "parkinson-disease") { ... on Cause { causes { condition { id } } } }
    }`);
    expect(ids(d.epilepsy.causes, 'condition')).toEqual(['epileptic-myoclonus']);
    expect(ids(d.epilepsy.direct, 'condition')).toEqual(['epileptic-myoclonus']);
    expect(d.epilepsy.causes[0]).toMatchObject({
      fact: {
        predicate: 'CAUSES',
        subject: { id: 'epilepsy' },
        object: { id: 'epileptic-myoclonus' },
      },
      citation: { section: 'Treating Myoclonus', paragraph: 1 },
    });
    expectCited(d.epilepsy.causes[0]);
    expect(d.parkinson.causes).toEqual([]);
  });

  test('RiskFactor.members and RiskFactor.memberOf', async () => {
    const d = await data(`{
      group: entity(id: "neurological-condition") { ... on RiskFactor { members { entity { id } ${LINK} } memberOf { entity { id } } } }
      dementia: entity(id: "dementia") { ... on RiskFactor { memberOf { entity { id } ${LINK} } members { entity { id } } } }
    }`);
    expect(ids(d.group.members, 'entity')).toEqual(['alzheimers-disease', 'dementia', 'stroke']);
    expect(d.group.memberOf).toEqual([]);
    d.group.members.forEach(expectCited);
    expect(d.dementia.members).toEqual([]);
    expect(d.dementia.memberOf).toHaveLength(1);
    expect(d.dementia.memberOf[0]).toMatchObject({
      entity: { id: 'neurological-condition' },
      qualifier: null,
      fact: { predicate: 'MEMBER_OF', statement: 'Dementia is a kind of neurological condition.' },
    });
  });

  test('RiskFactor.riskFor, Treatment.treats and advisedFor, Population.affectedBy, Symptom.symptomOf', async () => {
    const d = await data(`{
      rf: entity(id: "prolonged-hypoxia") { ... on RiskFactor { riskFor { condition { id } ${LINK} } } }
      tr: entity(id: "treating-underlying-condition") { ... on Treatment { treats { condition { id } ${LINK} } advisedFor { condition { id } } } }
      ad: entity(id: "seeing-a-doctor") { ... on Treatment { treats { condition { id } } advisedFor { condition { id } ${LINK} } } }
      po: entity(id: "infants") { ... on Population { affectedBy { condition { id } ${LINK} } } }
      sy: entity(id: "burst-of-muscle-activity") { ... on Symptom { symptomOf { condition { id } ${LINK} } } }
    }`);
    expect(ids(d.rf.riskFor, 'condition')).toEqual(['myoclonus']);
    expect(d.rf.riskFor[0]).toMatchObject({
      qualifier: 'after a long period without oxygen',
      fact: {
        statement:
          'Myoclonus is more likely with prolonged hypoxia (after a long period without oxygen).',
      },
    });
    expect(ids(d.tr.treats, 'condition')).toEqual(['myoclonus', 'persistent-myoclonus']);
    expect(d.tr.treats.map((l: Json) => l.qualifier)).toEqual([
      'the most suitable approach',
      'necessary when myoclonus persists',
    ]);
    expect(d.tr.advisedFor).toEqual([]);
    expect(d.ad.treats).toEqual([]);
    expect(ids(d.ad.advisedFor, 'condition')).toEqual(['myoclonus']);
    expect(ids(d.po.affectedBy, 'condition').sort()).toEqual([
      'infant-twitching-after-feeding',
      'infant-twitching-during-sleep',
      'myoclonus',
      'physiological-myoclonus',
    ]);
    // The article never says which form of myoclonus the burst of activity belongs to.
    expect(ids(d.sy.symptomOf, 'condition')).toEqual(['myoclonus']);
    for (const link of [
      ...d.rf.riskFor,
      ...d.tr.treats,
      ...d.ad.advisedFor,
      ...d.po.affectedBy,
      ...d.sy.symptomOf,
    ])
      expectCited(link);
  });

  test('Entity.facts lists facts in either direction, optionally limited to predicates', async () => {
    const d = await data(`{
      entity(id: "secondary-myoclonus") {
        all: facts { id predicate }
        risks: facts(predicates: [RISK_FACTOR_FOR]) { predicate subject { id } object { id } }
        causes: facts(predicates: [CAUSES]) { id }
        two: facts(predicates: [SUBTYPE_OF, AFFECTS]) { predicate }
      }
    }`);
    expect(d.entity.all).toHaveLength(7);
    expect(new Set(d.entity.all.map((f: Json) => f.predicate))).toEqual(
      new Set(['RISK_FACTOR_FOR', 'SUBTYPE_OF', 'AFFECTS']),
    );
    expect(d.entity.risks.map((f: Json) => f.subject.id).sort()).toEqual([
      'head-injury',
      'medication-side-effect',
      'neurological-condition',
    ]);
    expect(d.entity.risks.every((f: Json) => f.object.id === 'secondary-myoclonus')).toBe(true);
    expect(d.entity.causes).toEqual([]);
    expect(d.entity.two.map((f: Json) => f.predicate).sort()).toEqual([
      'AFFECTS',
      'AFFECTS',
      'AFFECTS',
      'SUBTYPE_OF',
    ]);
  });
});

describe('Fact.statement', () => {
  test('every statement is one capitalised sentence naming both ends, frequency first, qualifier in brackets', async () => {
    const d = await data(`{
      facts(first: 100) {
        totalCount edges { node { predicate frequency statement qualifier subject { name } object { name } } }
      }
    }`);
    expect(d.facts.totalCount).toBe(77);
    for (const { node } of d.facts.edges) {
      const text: string = node.statement;
      expect(text).toMatch(/^[A-Z]/);
      expect(text).toMatch(/[^.]\.$/);
      expect(text.toLowerCase()).toContain(node.subject.name.toLowerCase());
      expect(text.toLowerCase()).toContain(node.object.name.toLowerCase());
      if (node.qualifier) expect(text.endsWith(` (${node.qualifier}).`)).toBe(true);
      else expect(text).not.toMatch(/\)\.$/);
      if (node.frequency) expect(text.toLowerCase().startsWith(`${node.frequency}, `)).toBe(true);
      // A causal fact says "due to", and nothing else does.
      expect(text.includes(' is due to ')).toBe(node.predicate === 'CAUSES');
    }
  });

  test('an exact sentence from the seeds: each of the two claims about head injury as strong as the article makes it', async () => {
    const d = await data(`{
      entity(id: "head-injury") { facts { predicate modality frequency subject { id } object { id } statement } }
    }`);
    expect(d.entity.facts).toContainEqual({
      predicate: 'RISK_FACTOR_FOR',
      modality: 'INCREASED_LIKELIHOOD',
      frequency: null,
      subject: { id: 'head-injury' },
      object: { id: 'secondary-myoclonus' },
      statement:
        'Secondary myoclonus is more likely with head injury (somewhat more common in people who have had a head injury).',
    });
    expect(d.entity.facts).toContainEqual({
      predicate: 'MAY_INDICATE',
      modality: 'INDICATION',
      frequency: 'in rare cases',
      subject: { id: 'myoclonus' },
      object: { id: 'head-injury' },
      statement: 'In rare cases, myoclonus can be a sign of underlying head injury.',
    });
    expect(d.entity.facts.filter((f: Json) => f.predicate === 'CAUSES')).toEqual([]);
  });
});

describe('names, sources and retired ids', () => {
  test('synonyms are what an entity is also called; names carry every name with its scope', async () => {
    const d = await data(`{
      entity(id: "myoclonus") { synonyms names { text scope lay misspelling } }
    }`);
    const { synonyms, names } = d.entity;
    const scopeOf = (text: string) => names.find((n: Json) => n.text === text);
    // A broader lay word finds myoclonus but is not another name for it.
    expect(scopeOf('twitching')).toEqual({
      text: 'twitching',
      scope: 'BROAD',
      lay: true,
      misspelling: false,
    });
    expect(synonyms).not.toContain('twitching');
    // A misspelling is searched, never shown as a name.
    expect(scopeOf('myoclonous')).toMatchObject({ scope: 'EXACT', misspelling: true });
    expect(synonyms).not.toContain('myoclonous');
    expect(synonyms).toContain('myoclonic jerks');
    const exact = names.filter((n: Json) => n.scope === 'EXACT' && !n.misspelling);
    expect(synonyms).toEqual(exact.map((n: Json) => n.text));
  });

  test('sources are records with their infores id, version, licence and citation', async () => {
    const d = await data(
      `{ sources { id infores kind version licence reference identifiers disclaimer } }`,
    );
    expect(d.sources.map((s: Json) => [s.id, s.infores, s.kind])).toEqual([
      ['caviness-1999-myoclonus-olmsted', 'infores:myoclonus-kg', 'journal-article'],
      ['epainassist-myoclonus-risk', 'infores:epainassist-myoclonus-risk', 'article'],
      ['hpo-annotations', 'infores:hpo-annotations', 'dataset'],
    ]);
    const [study, article] = d.sources;
    expect(study.reference).toMatch(/Mayo Clinic Proceedings 1999/);
    expect(study.identifiers).toEqual(['PII:S0025-6196(11)64131-1']);
    // A journal article states no disclaimer of its own: the graph's stands in.
    expect(study.disclaimer).toMatch(/not medical advice/);
    expect(article.disclaimer).toBe(DISCLAIMER);
    for (const source of d.sources) expect(source.licence.length).toBeGreaterThan(20);
  });

  test('a retired entity id resolves to the entity that replaced it, and says why', async () => {
    const d = await data(`{
      entity(id: "anti-seizure-medication") { id name synonyms }
      retiredId(id: "anti-seizure-medication") {
        id kind replacedBy since reason replacement { id }
      }
      fact: retiredId(id: "epilepsy--causes--myoclonus") { kind replacedBy replacement { id } }
      gone: retiredId(id: "positive-myoclonus--has_symptom--burst-of-muscle-activity") { replacedBy reason }
      live: retiredId(id: "myoclonus") { id }
      never: retiredId(id: "no-such-thing") { id }
    }`);
    expect(d.entity.id).toBe('antiepileptic-medication');
    expect(d.entity.synonyms.map((s: string) => s.toLowerCase())).toContain(
      'anti-seizure medication',
    );
    expect(d.retiredId).toMatchObject({
      id: 'anti-seizure-medication',
      kind: 'ENTITY',
      replacedBy: 'antiepileptic-medication',
      since: '3.0.0',
      replacement: { id: 'antiepileptic-medication' },
    });
    expect(d.retiredId.reason.length).toBeGreaterThan(20);
    expect(d.fact).toEqual({
      kind: 'FACT',
      replacedBy: 'myoclonus--may_indicate--epilepsy',
      replacement: null,
    });
    expect(d.gone.replacedBy).toBeNull();
    expect(d.gone.reason).toMatch(/never|not|no sentence/i);
    expect(d.live).toBeNull();
    expect(d.never).toBeNull();
  });

  test('a retired statement id of the curated layer is found bare and as a release writes it, MYOKG: before its CURIEs', async () => {
    // 4.0.0 read a count of none as negated: this statement of HPO's took a negated id.
    const id = 'MONDO:0007298--has_phenotype--HP:0000570--OMIM:117360';
    const d = await data(`{
      released: retiredId(id: "MYOKG:${id}") { id kind replacedBy since replacement { id } }
      lowerCase: retiredId(id: "myokg:${id}") { id }
      bare: retiredId(id: "${id}") { id }
    }`);
    expect(d.released).toEqual({
      id,
      kind: 'FACT',
      replacedBy: 'MONDO:0007298--has_phenotype-not--HP:0000570--OMIM:117360',
      since: '4.0.0',
      replacement: null,
    });
    expect(d.lowerCase).toEqual({ id });
    expect(d.bare).toEqual({ id });
  });

  test("a retired id, and a release's own MYOKG: CURIE, name their entity wherever an entity id is taken", async () => {
    const d = await data(`{
      concept(id: "anti-seizure-medication") { id }
      facts(about: "anti-seizure-medication", first: 50) { totalCount edges { node { id } } }
      path(from: "anti-seizure-medication", to: "epileptic-myoclonus") { entities { id } }
      released: entity(id: "MYOKG:myoclonus") { id }
      lowerCase: entity(id: "myokg:secondary-myoclonus") { id }
      releasedConcept: concept(id: "MYOKG:myoclonus") { id }
      unknown: entity(id: "MYOKG:no-such-thing") { id }
    }`);
    expect(d.concept.id).toBe('antiepileptic-medication');
    expect(d.facts.totalCount).toBeGreaterThan(0);
    expect(d.facts.edges.map((e: Json) => e.node.id)).toContain(
      'antiepileptic-medication--treats--epileptic-myoclonus',
    );
    expect(d.path.entities.map((e: Json) => e.id)).toEqual([
      'antiepileptic-medication',
      'epileptic-myoclonus',
    ]);
    expect(d.released.id).toBe('myoclonus');
    expect(d.lowerCase.id).toBe('secondary-myoclonus');
    expect(d.releasedConcept.id).toBe('myoclonus');
    expect(d.unknown).toBeNull();
    // An id that never was still names nothing: a path to it is refused, naming it.
    const refused: Json = (
      await ctx.server.post(`{ path(from: "no-such-thing", to: "myoclonus") { entities { id } } }`)
    ).body;
    expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors[0].message).toContain('"no-such-thing"');
  });

  test('facts and path take every id entity takes: a CURIE, a MYOKG: id; and refuse one that names nothing', async () => {
    const d = await data(`{
      byCurie: facts(about: "HP:0001336", first: 0) { totalCount }
      byId: facts(about: "myoclonus", first: 0) { totalCount }
      released: facts(about: "MYOKG:myoclonus", first: 0) { totalCount }
      path(from: "HP:0001336", to: "alzheimers-disease") { entities { id } }
      releasedPath: path(from: "MYOKG:myoclonus", to: "MONDO:0004975") { entities { id } }
      retiredId(id: "MYOKG:anti-seizure-medication") { id replacedBy }
      merged: facts(about: "ORPHA:399", first: 0) { totalCount }
      huntingtons: facts(about: "huntingtons-disease", first: 0) { totalCount }
    }`);
    expect(d.merged.totalCount).toBeGreaterThan(0);
    expect(d.merged.totalCount).toBe(d.huntingtons.totalCount);
    expect(d.byId.totalCount).toBeGreaterThan(0);
    expect(d.byCurie.totalCount).toBe(d.byId.totalCount);
    expect(d.released.totalCount).toBe(d.byId.totalCount);
    expect(d.path.entities[0].id).toBe('myoclonus');
    expect(d.path.entities.at(-1).id).toBe('alzheimers-disease');
    expect(d.releasedPath.entities).toEqual(d.path.entities);
    expect(d.retiredId).toEqual({
      id: 'anti-seizure-medication',
      replacedBy: 'antiepileptic-medication',
    });
    for (const [query, argument, named] of [
      ['{ facts(about: "no-such-thing") { totalCount } }', 'about', 'no-such-thing'],
      ['{ facts(about: "HP:9999999") { totalCount } }', 'about', 'HP:9999999'],
      ['{ facts(about: "MYOKG:no-such-thing") { totalCount } }', 'about', 'MYOKG:no-such-thing'],
      ['{ path(from: "myoclonus", to: "MONDO:9999999") { length } }', 'to', 'MONDO:9999999'],
    ] as const) {
      const { body } = await ctx.server.post(query);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors?.[0]?.message).toContain(`"${named}"`);
    }
    // A node of the curated layer only is in no fact of the article: it has none, no error
    // (the explorer asks for the facts and the statements of every node it expands).
    const curatedOnly = await ctx.server.post(
      '{ facts(about: "ORPHA:307") { totalCount edges { node { id } } } }',
    );
    expect(curatedOnly.body.errors).toBeUndefined();
    expect(curatedOnly.body.data.facts).toEqual({ totalCount: 0, edges: [] });
  });
});
