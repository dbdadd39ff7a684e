import type { Driver } from 'neo4j-driver';
import { PREDICATE_NAMES } from '../../src/domain';
import { seedDatabase } from '../../src/seed/seed';
import { clearGraph, testDriver } from '../fixtures/testkit';

/** Cypher-level checks that the seeded graph answers the questions the article answers. */

let driver: Driver;

async function ids(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records.map((r) => r.get('id') as string).sort();
}

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await seedDatabase(driver);
});

afterAll(async () => {
  await driver.close();
});

test('secondary myoclonus has no stated cause: what it is more common with are risk factors, a group with its members', async () => {
  expect(
    await ids('MATCH (c)-[:CAUSES]->(:Condition {id: "secondary-myoclonus"}) RETURN c.id AS id'),
  ).toEqual([]);
  const direct = await ids(
    'MATCH (r:RiskFactor)-[:RISK_FACTOR_FOR]->(:Condition {id: "secondary-myoclonus"}) RETURN r.id AS id',
  );
  expect(direct).toEqual(['head-injury', 'medication-side-effect', 'neurological-condition']);

  const withMembers = await ids(
    'MATCH (r:RiskFactor)-[:MEMBER_OF*0..]->(:RiskFactor)-[:RISK_FACTOR_FOR]->(:Condition {id: "secondary-myoclonus"}) RETURN DISTINCT r.id AS id',
  );
  expect(withMembers).toEqual(
    [
      'alzheimers-disease',
      'dementia',
      'head-injury',
      'medication-side-effect',
      'neurological-condition',
      'stroke',
    ].sort(),
  );
});

test('the only causation the article states: epileptic myoclonus is due to epilepsy', async () => {
  const { records } = await driver.executeQuery(
    'MATCH (c)-[r:CAUSES]->(o) RETURN c.id AS cause, o.id AS condition, r.modality AS modality, r.cue AS cue',
    {},
    { database: 'neo4j' },
  );
  expect(records.map((r) => r.toObject())).toEqual([
    { cause: 'epilepsy', condition: 'epileptic-myoclonus', modality: 'CAUSATION', cue: 'due to' },
  ]);
});

test('the four look-alikes can be mistaken for myoclonus (they are the subjects, as the article says)', async () => {
  const lookAlikes = await driver.executeQuery(
    'MATCH (c:Condition)-[:MISTAKEN_FOR]->(:Condition {id: "myoclonus"}) RETURN c.id AS id, c.name AS name ORDER BY id',
    {},
    { database: 'neo4j' },
  );
  expect(lookAlikes.records.map((r) => r.get('name'))).toEqual([
    'Benign essential tremor',
    "Huntington's disease",
    'Torsion dystonia',
    'Tourette syndrome',
  ]);
});

test('epileptic myoclonus is treated with antiepileptic medication, one node for both of its names', async () => {
  expect(
    await ids(
      'MATCH (t:Treatment)-[:TREATS]->(:Condition {id: "epileptic-myoclonus"}) RETURN t.id AS id',
    ),
  ).toEqual(['antiepileptic-medication']);
  expect(
    await ids('MATCH (r:RetiredId {id: "anti-seizure-medication"}) RETURN r.replacedBy AS id'),
  ).toEqual(['antiepileptic-medication']);
});

test('the risk factors for myoclonus are the six the article names, and the serious injury of its severe cases', async () => {
  expect(
    await ids(
      'MATCH (r:RiskFactor)-[:RISK_FACTOR_FOR]->(:Condition {id: "myoclonus"}) RETURN r.id AS id',
    ),
  ).toEqual([
    'brain-tumors',
    'chemical-poisoning',
    'genetic-disorders',
    'kidney-failure',
    'liver-failure',
    'prolonged-hypoxia',
    'serious-brain-or-nerve-injury',
  ]);
});

test("the statistics: the article's 1.3 and 8.6 cases per 100,000, and the study's incidence and prevalence", async () => {
  const { records } = await driver.executeQuery(
    `MATCH (c:Condition)-[:HAS_STATISTIC]->(s:Statistic)-[:MEASURED_IN]->(p:Population)
     RETURN c.id AS condition, s.value AS value, s.unit AS unit, s.measure AS measure,
            s.source AS source, p.id AS population ORDER BY s.id`,
    {},
    { database: 'neo4j' },
  );
  expect(records.map((r) => r.toObject())).toEqual([
    {
      condition: 'myoclonus',
      value: 1.3,
      unit: 'cases per 100,000 persons',
      measure: 'cases',
      source: 'epainassist-myoclonus-risk',
      population: 'general-population',
    },
    {
      condition: 'persistent-myoclonus',
      value: 8.6,
      unit: 'cases per 100,000 people',
      measure: 'cases',
      source: 'epainassist-myoclonus-risk',
      population: 'general-population',
    },
    {
      condition: 'persistent-myoclonus',
      value: 1.3,
      unit: 'cases per 100,000 person-years',
      measure: 'average annual incidence rate',
      source: 'caviness-1999-myoclonus-olmsted',
      population: 'olmsted-county-residents',
    },
    {
      condition: 'persistent-myoclonus',
      value: 8.6,
      unit: 'cases per 100,000 population',
      measure: 'lifetime prevalence',
      source: 'caviness-1999-myoclonus-olmsted',
      population: 'olmsted-county-residents',
    },
  ]);
});

test('the subtypes of myoclonus', async () => {
  expect(
    await ids(
      'MATCH (s:Condition)-[:SUBTYPE_OF]->(:Condition {id: "myoclonus"}) RETURN s.id AS id',
    ),
  ).toEqual([
    'epileptic-myoclonus',
    'negative-myoclonus',
    'persistent-myoclonus',
    'physiological-myoclonus',
    'positive-myoclonus',
    'progressive-myoclonus',
    'secondary-myoclonus',
  ]);
});

test('hiccups are an everyday example of physiological myoclonus', async () => {
  expect(
    await ids(
      'MATCH (e:Condition)-[:EXAMPLE_OF]->(:Condition {id: "physiological-myoclonus"}) RETURN e.id AS id',
    ),
  ).toContain('hiccups');
});

test('every fact relationship is cited: source, section and paragraph, and the source node exists', async () => {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $predicates
     OPTIONAL MATCH (src:Source {id: r.source})
     RETURN count(r) AS facts,
            count(CASE WHEN r.source IS NULL OR trim(coalesce(r.section, '')) = '' OR NOT r.paragraph >= 1 THEN 1 END) AS uncited,
            count(CASE WHEN src IS NULL THEN 1 END) AS missingSource`,
    { predicates: PREDICATE_NAMES },
    { database: 'neo4j' },
  );
  expect(records[0]?.get('facts')).toBeGreaterThan(0);
  expect(records[0]?.get('uncited')).toBe(0);
  expect(records[0]?.get('missingSource')).toBe(0);
});

test("a path leads from Alzheimer's disease to myoclonus", async () => {
  const { records } = await driver.executeQuery(
    `MATCH p = shortestPath((:Entity {id: "alzheimers-disease"})-[*..6]->(:Entity {id: "myoclonus"}))
     RETURN [n IN nodes(p) | n.id] AS path`,
    {},
    { database: 'neo4j' },
  );
  expect(records).toHaveLength(1);
  expect(records[0]?.get('path')).toEqual([
    'alzheimers-disease',
    'neurological-condition',
    'secondary-myoclonus',
    'myoclonus',
  ]);
});
