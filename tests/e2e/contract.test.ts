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
      synonyms: ['myoclonus secondary to another condition'],
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
      a: entity(id: "stroke") { __typename kind }
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
      upperSynonym: condition(name: "HYPNIC JERK") { id name }
      synonym: condition(name: "hiccup") { id }
      properSynonym: condition(name: "tourettes") { id }
      padded: condition(name: "  Huntington disease ") { id }
      notACondition: condition(name: "stroke") { id }
      unknown: condition(name: "broken leg") { id }
    }`);
    expect(d).toEqual({
      byName: { id: 'myoclonus' },
      lower: { id: 'epileptic-myoclonus' },
      upperSynonym: { id: 'hypnic-jerks', name: 'Leg twitching when falling asleep' },
      synonym: { id: 'hiccups' },
      properSynonym: { id: 'tourette-syndrome' },
      padded: { id: 'huntingtons-disease' },
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
    expect(page1.totalCount).toBe(7);
    expect(page1.edges.map((e: Json) => e.node.id)).toEqual([
      'anti-seizure-medication',
      'antiepileptic-medication',
      'combination-drug-therapy',
      'no-treatment-needed',
    ]);
    expect(page1.pageInfo).toEqual({ hasNextPage: true, endCursor: page1.edges[3].cursor });
    const page2 = (await data(query, { after: page1.pageInfo.endCursor })).entities;
    expect(page2.edges.map((e: Json) => e.node.id)).toEqual([
      'seeing-a-doctor',
      'symptomatic-treatment',
      'treating-underlying-condition',
    ]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page2.edges.every((e: Json) => e.node.kind === 'TREATMENT')).toBe(true);
  });

  test('search finds entities best first', async () => {
    const d = await data(`{ search(text: "hypnic jerk", first: 3) { score entity { id kind } } }`);
    expect(d.search[0].entity).toEqual({ id: 'hypnic-jerks', kind: 'CONDITION' });
    expect(d.search.length).toBeLessThanOrEqual(3);
    expect(d.search[0].score).toBeGreaterThan(0);
  });

  test('facts(about) lists the cited facts naming an entity, each with a sentence', async () => {
    const d = await data(`{
      facts(about: "epileptic-myoclonus", first: 10) {
        totalCount pageInfo { hasNextPage }
        edges { node { id statement ${CITATION} } }
      }
    }`);
    expect(d.facts.totalCount).toBe(5);
    expect(d.facts.pageInfo.hasNextPage).toBe(false);
    const nodes = d.facts.edges.map((e: Json) => e.node);
    expect(nodes.map((n: Json) => n.id)).toEqual([
      'anti-seizure-medication--treats--epileptic-myoclonus',
      'antiepileptic-medication--treats--epileptic-myoclonus',
      'epilepsy--causes--epileptic-myoclonus',
      'epileptic-myoclonus--affects--people-with-epilepsy',
      'epileptic-myoclonus--subtype_of--myoclonus',
    ]);
    nodes.forEach(expectCited);
    expect(nodes[3].statement).toBe(
      'Epileptic myoclonus can affect people with epilepsy (only this group, which is small).',
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
      ['neurological-condition', 'CAUSES', 'secondary-myoclonus'],
      ['secondary-myoclonus', 'SUBTYPE_OF', 'myoclonus'],
    ]);
    expect(d.path.facts[0].statement).toBe('Stroke is a kind of neurological condition.');
    d.path.facts.forEach(expectCited);
    expect(d.none).toBeNull();
    expect(d.same).toEqual({ length: 0, entities: [{ id: 'stroke' }], facts: [] });
  });

  test('graphInfo reports the seed version, its hash and the counts', async () => {
    const d = await data(
      '{ graphInfo { seedVersion contentHash loadedAt entityCount factCount } }',
    );
    expect(d.graphInfo).toMatchObject({ seedVersion: '2.0.0', entityCount: 59, factCount: 73 });
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

  test('underlyingCauses lists group members with their group, or not, as asked', async () => {
    const causes = `cause { id } condition { id } group { id } qualifier ${CITATION} facts { predicate statement }`;
    const d = await data(`{
      condition(name: "secondary myoclonus") {
        withMembers: underlyingCauses { ${causes} }
        withoutMembers: underlyingCauses(includeGroupMembers: false) { cause { id } group { id } }
      }
    }`);
    const rows = d.condition.withMembers.map((l: Json) => [l.cause.id, l.group?.id ?? null]);
    expect(rows).toEqual([
      ['head-injury', null],
      ['medication-side-effect', null],
      ['neurological-condition', null],
      ['alzheimers-disease', 'neurological-condition'],
      ['dementia', 'neurological-condition'],
      ['stroke', 'neurological-condition'],
    ]);
    d.condition.withMembers.forEach(expectCited);
    const stroke = d.condition.withMembers[5];
    expect(stroke.condition).toEqual({ id: 'secondary-myoclonus' });
    expect(stroke.facts).toEqual([
      { predicate: 'MEMBER_OF', statement: 'Stroke is a kind of neurological condition.' },
      {
        predicate: 'CAUSES',
        statement:
          'Neurological condition is an underlying cause of secondary myoclonus (somewhat more common with a neurological condition).',
      },
    ]);
    expect(d.condition.withMembers[0].facts).toEqual([
      {
        predicate: 'CAUSES',
        statement:
          'Head injury is an underlying cause of secondary myoclonus (somewhat more common after a head injury).',
      },
    ]);
    expect(d.condition.withoutMembers.map((l: Json) => [l.cause.id, l.group])).toEqual([
      ['head-injury', null],
      ['medication-side-effect', null],
      ['neurological-condition', null],
    ]);
  });

  test('underlyingCauses(includeSubtypes: true) adds the causes of subtypes with the subtype as condition', async () => {
    const d = await data(`{
      condition(name: "myoclonus") {
        own: underlyingCauses { cause { id } condition { id } }
        all: underlyingCauses(includeSubtypes: true) { cause { id } condition { id } group { id } qualifier }
      }
    }`);
    expect(d.condition.own.map((l: Json) => l.cause.id).sort()).toEqual([
      'epilepsy',
      'head-injury',
      'medication-side-effect',
      'metabolic-condition',
      'parkinson-disease',
      'serious-brain-or-nerve-injury',
    ]);
    expect(d.condition.own.every((l: Json) => l.condition.id === 'myoclonus')).toBe(true);
    const pairs = d.condition.all.map((l: Json) => `${l.cause.id} -> ${l.condition.id}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'epilepsy -> myoclonus',
        'epilepsy -> epileptic-myoclonus',
        'serious-brain-or-nerve-injury -> progressive-myoclonus',
        'head-injury -> secondary-myoclonus',
        'stroke -> secondary-myoclonus',
      ]),
    );
    expect(pairs).toHaveLength(14);
    const stroke = d.condition.all.find((l: Json) => l.cause.id === 'stroke');
    expect(stroke).toEqual({
      cause: { id: 'stroke' },
      condition: { id: 'secondary-myoclonus' },
      group: { id: 'neurological-condition' },
      qualifier: 'somewhat more common with a neurological condition',
    });
  });

  test('riskFactors, treatments, symptoms and populations', async () => {
    const d = await data(`{
      condition(name: "myoclonus") {
        riskFactors { riskFactor { id } ${LINK} }
        treatments { treatment { id } ${LINK} }
        symptoms { symptom { id } ${LINK} }
        populations { population { id } ${LINK} }
      }
    }`);
    const c = d.condition;
    expect(ids(c.riskFactors, 'riskFactor').sort()).toEqual([
      'brain-tumors',
      'chemical-poisoning',
      'genetic-disorders',
      'kidney-failure',
      'liver-failure',
      'prolonged-hypoxia',
    ]);
    expect(ids(c.treatments, 'treatment').sort()).toEqual([
      'combination-drug-therapy',
      'seeing-a-doctor',
      'symptomatic-treatment',
      'treating-underlying-condition',
    ]);
    expect(ids(c.symptoms, 'symptom').sort()).toEqual([
      'burst-of-muscle-activity',
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
    for (const link of [...c.riskFactors, ...c.treatments, ...c.symptoms, ...c.populations])
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
      qualifier: 'often after feeding or during sleep',
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

  test('each figure is also a fact: sentence, unit, population, qualifier and citation', async () => {
    const d = await data(`{
      facts(about: "myoclonus", predicates: [FREQUENCY_IN]) {
        totalCount
        edges { node { id predicate statement qualifier figure { value unit per measure }
                       subject { id } object { id } ${CITATION} } }
      }
      persistent: facts(about: "persistent-myoclonus", predicates: [FREQUENCY_IN]) {
        edges { node { statement figure { value } } }
      }
    }`);
    expect(d.facts.totalCount).toBe(1);
    expect(d.facts.edges[0].node).toEqual({
      id: 'myoclonus--frequency_in--general-population',
      predicate: 'FREQUENCY_IN',
      statement:
        'Myoclonus occurs at about 1.3 cases per 100,000 people among people in general (in general).',
      qualifier: 'in general',
      figure: { value: 1.3, unit: 'cases per 100,000 people', per: 100000, measure: 'cases' },
      subject: { id: 'myoclonus' },
      object: { id: 'general-population' },
      citation: {
        section: 'Who Is At Risk For Myoclonus?',
        paragraph: 2,
        disclaimer: DISCLAIMER,
        source: SOURCE,
      },
    });
    expect(d.persistent.edges.map((e: Json) => e.node)).toEqual([
      {
        statement:
          'Persistent myoclonus occurs at about 8.6 cases per 100,000 people among people in general (persistent or serious forms).',
        figure: { value: 8.6 },
      },
    ]);
  });

  test('facts that are not figures have no figure', async () => {
    const d = await data(`{ facts(about: "myoclonus", predicates: [SUBTYPE_OF], first: 1) {
      edges { node { figure { value } } } } }`);
    expect(d.facts.edges[0].node.figure).toBeNull();
  });

  test('statistics are typed numbers with unit, per and population', async () => {
    const stat = `id value unit per measure qualifier condition { id } population { id } ${CITATION}`;
    const d = await data(`{
      myoclonus: condition(name: "myoclonus") { statistics { ${stat} } }
      persistent: condition(name: "persistent myoclonus") { statistics { ${stat} } }
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
        unit: 'cases per 100,000 people',
        per: 100000,
        measure: 'cases',
        qualifier: 'in general',
        condition: { id: 'myoclonus' },
        population: { id: 'general-population' },
        citation,
      },
    ]);
    expect(d.persistent.statistics).toEqual([
      {
        id: 'persistent-myoclonus-cases',
        value: 8.6,
        unit: 'cases per 100,000 people',
        per: 100000,
        measure: 'cases',
        qualifier: 'persistent or serious forms',
        condition: { id: 'persistent-myoclonus' },
        population: { id: 'general-population' },
        citation,
      },
    ]);
    expect(d.hiccups.statistics).toEqual([]);
  });
});

describe('Cause, RiskFactor, Treatment, Population and Symptom relationship fields', () => {
  test('Cause.causes reaches conditions through a group unless viaGroups is false', async () => {
    const d = await data(`{
      stroke: entity(id: "stroke") {
        ... on Cause {
          causes { condition { id } ${LINK} }
          direct: causes(viaGroups: false) { condition { id } }
        }
      }
      headInjury: entity(id: "head-injury") {
        ... on Cause { direct: causes(viaGroups: false) { condition { id } } }
      }
    }`);
    expect(d.stroke.direct).toEqual([]);
    expect(d.stroke.causes).toHaveLength(1);
    expect(d.stroke.causes[0]).toMatchObject({
      condition: { id: 'secondary-myoclonus' },
      fact: {
        predicate: 'CAUSES',
        subject: { id: 'neurological-condition' },
        object: { id: 'secondary-myoclonus' },
      },
    });
    expectCited(d.stroke.causes[0]);
    expect(ids(d.headInjury.direct, 'condition')).toEqual(['myoclonus', 'secondary-myoclonus']);
  });

  test('Cause.members and Cause.memberOf', async () => {
    const d = await data(`{
      group: entity(id: "neurological-condition") { ... on Cause { members { cause { id } ${LINK} } memberOf { cause { id } } } }
      dementia: entity(id: "dementia") { ... on Cause { memberOf { cause { id } ${LINK} } members { cause { id } } } }
    }`);
    expect(ids(d.group.members, 'cause')).toEqual(['alzheimers-disease', 'dementia', 'stroke']);
    expect(d.group.memberOf).toEqual([]);
    d.group.members.forEach(expectCited);
    expect(d.dementia.members).toEqual([]);
    expect(d.dementia.memberOf).toHaveLength(1);
    expect(d.dementia.memberOf[0]).toMatchObject({
      cause: { id: 'neurological-condition' },
      qualifier: null,
      fact: { predicate: 'MEMBER_OF', statement: 'Dementia is a kind of neurological condition.' },
    });
  });

  test('RiskFactor.riskFor, Treatment.treats, Population.affectedBy, Symptom.symptomOf', async () => {
    const d = await data(`{
      rf: entity(id: "prolonged-hypoxia") { ... on RiskFactor { riskFor { condition { id } ${LINK} } } }
      tr: entity(id: "treating-underlying-condition") { ... on Treatment { treats { condition { id } ${LINK} } } }
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
      'the most appropriate approach',
      'necessary',
    ]);
    expect(ids(d.po.affectedBy, 'condition').sort()).toEqual([
      'infant-twitching-after-feeding',
      'infant-twitching-during-sleep',
      'myoclonus',
      'physiological-myoclonus',
    ]);
    expect(ids(d.sy.symptomOf, 'condition').sort()).toEqual(['myoclonus', 'positive-myoclonus']);
    for (const link of [...d.rf.riskFor, ...d.tr.treats, ...d.po.affectedBy, ...d.sy.symptomOf])
      expectCited(link);
  });

  test('Entity.facts lists facts in either direction, optionally limited to predicates', async () => {
    const d = await data(`{
      entity(id: "secondary-myoclonus") {
        all: facts { id predicate }
        causes: facts(predicates: [CAUSES]) { predicate subject { id } object { id } }
        two: facts(predicates: [SUBTYPE_OF, AFFECTS]) { predicate }
      }
    }`);
    expect(d.entity.all).toHaveLength(7);
    expect(new Set(d.entity.all.map((f: Json) => f.predicate))).toEqual(
      new Set(['CAUSES', 'SUBTYPE_OF', 'AFFECTS']),
    );
    expect(d.entity.causes.map((f: Json) => f.subject.id).sort()).toEqual([
      'head-injury',
      'medication-side-effect',
      'neurological-condition',
    ]);
    expect(d.entity.causes.every((f: Json) => f.object.id === 'secondary-myoclonus')).toBe(true);
    expect(d.entity.two.map((f: Json) => f.predicate).sort()).toEqual([
      'AFFECTS',
      'AFFECTS',
      'AFFECTS',
      'SUBTYPE_OF',
    ]);
  });
});

describe('Fact.statement', () => {
  test('every statement is one capitalised sentence naming both ends, qualifier in brackets', async () => {
    const d = await data(`{
      facts(first: 100) {
        totalCount edges { node { predicate statement qualifier subject { name } object { name } } }
      }
    }`);
    expect(d.facts.totalCount).toBe(73);
    const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
    for (const { node } of d.facts.edges) {
      const text: string = node.statement;
      expect(text).toMatch(/^[A-Z]/);
      expect(text).toMatch(/[^.]\.$/);
      expect(text.toLowerCase()).toContain(node.subject.name.toLowerCase());
      expect(text.toLowerCase()).toContain(node.object.name.toLowerCase());
      if (node.qualifier) expect(text.endsWith(` (${node.qualifier}).`)).toBe(true);
      else expect(text).not.toMatch(/\)\.$/);
      // Causal facts read from the subject, as the schema's own example does.
      if (node.predicate === 'CAUSES')
        expect(text.startsWith(capitalised(node.subject.name))).toBe(true);
    }
  });

  test('an exact sentence from the seeds, with its qualifier', async () => {
    const d = await data(`{
      entity(id: "head-injury") { facts(predicates: [CAUSES]) { object { id } statement } }
    }`);
    expect(d.entity.facts).toContainEqual({
      object: { id: 'secondary-myoclonus' },
      statement:
        'Head injury is an underlying cause of secondary myoclonus (somewhat more common after a head injury).',
    });
    expect(d.entity.facts).toContainEqual({
      object: { id: 'myoclonus' },
      statement: 'Head injury is an underlying cause of myoclonus (in rare cases).',
    });
  });
});
