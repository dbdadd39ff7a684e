import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BIOLINK_CATEGORIES,
  BIOLINK_MODEL_VERSION,
  BIOLINK_PREDICATES,
  DEFAULT_CATEGORY,
  PREDICATE_NAMES,
  PREDICATES,
} from '../../src/domain';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { loadSeedGraph } from '../../src/seed/seed-graph';

/**
 * Every category and predicate we use, checked against the Biolink Model's
 * own YAML (the skeleton of biolink-model 4.4.6 in seeds/ontologies/):
 * it exists, is not deprecated, and every fact's subject and object fall in
 * the predicate's domain and range where the model gives them.
 */

interface Element {
  is_a?: string;
  mixins?: string[];
  domain?: string;
  range?: string;
  symmetric?: boolean;
  deprecated?: string;
  mixin?: boolean;
}
const model = JSON.parse(
  readFileSync(path.join(DEFAULT_SEED_DIR, 'ontologies', 'biolink-model.json'), 'utf8'),
) as { version: string; classes: Record<string, Element>; slots: Record<string, Element> };

/** biolink:PhenotypicFeature is the class "phenotypic feature"; biolink:has_phenotype the slot "has phenotype". */
const className = (curie: string) =>
  curie
    .replace(/^biolink:/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
const slotName = (curie: string) => curie.replace(/^biolink:/, '').replace(/_/g, ' ');

/** A class with every class and mixin it inherits from. */
function ancestors(
  name: string,
  elements: Record<string, Element>,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const element = elements[name];
  if (!element) return seen;
  for (const parent of [element.is_a, ...(element.mixins ?? [])])
    if (parent) ancestors(parent, elements, seen);
  return seen;
}

test('the extract is of the model version the mapping names', () => {
  expect(model.version).toBe(BIOLINK_MODEL_VERSION);
});

describe.each(BIOLINK_CATEGORIES.map((c) => [c]))('category %s', (category) => {
  test('is a class of the model, not deprecated, and a named thing', () => {
    const element = model.classes[className(category)];
    expect(element).toBeDefined();
    expect(element!.deprecated).toBeUndefined();
    expect(ancestors(className(category), model.classes)).toContain('named thing');
  });
});

describe.each(PREDICATE_NAMES.map((p) => [p]))('predicate %s', (predicate) => {
  const slot = slotName(BIOLINK_PREDICATES[predicate].predicate);

  test('maps to a predicate of the model that is not deprecated and descends from related to', () => {
    const element = model.slots[slot];
    expect(element).toBeDefined();
    expect(element!.deprecated).toBeUndefined();
    expect(ancestors(slot, model.slots)).toContain('related to');
  });

  test("every fact's subject and object fall in the predicate's domain and range", () => {
    const graph = loadSeedGraph(DEFAULT_SEED_DIR);
    const categoryOf = new Map(graph.entities.map((e) => [e.id, e.category]));
    const { domain, range } = model.slots[slot]!;
    for (const fact of graph.facts.filter((f) => f.predicate === predicate)) {
      if (domain)
        expect([
          fact.id,
          ancestors(className(categoryOf.get(fact.subject)!), model.classes).has(domain),
        ]).toEqual([fact.id, true]);
      if (range)
        expect([
          fact.id,
          ancestors(className(categoryOf.get(fact.object)!), model.classes).has(range),
        ]).toEqual([fact.id, true]);
    }
  });

  test('its edges are of an association class of the model, not deprecated', () => {
    const association = className(BIOLINK_PREDICATES[predicate].association);
    const element = model.classes[association];
    expect(element).toBeDefined();
    expect(element!.deprecated).toBeUndefined();
    expect(element!.mixin).toBeUndefined();
    expect(ancestors(association, model.classes)).toContain('association');
  });

  test('the kinds it joins have default categories in its domain and range', () => {
    const { domain, range } = model.slots[slot]!;
    for (const kind of PREDICATES[predicate].subject)
      if (domain)
        expect(ancestors(className(DEFAULT_CATEGORY[kind]), model.classes)).toContain(domain);
    for (const kind of PREDICATES[predicate].object)
      if (range)
        expect(ancestors(className(DEFAULT_CATEGORY[kind]), model.classes)).toContain(range);
  });
});

test('the look-alike predicate is symmetric in the model, as looking alike is', () => {
  expect(model.slots[slotName(BIOLINK_PREDICATES.MISTAKEN_FOR.predicate)]!.symmetric).toBe(true);
});

test('a predicate whose fit is not plain says why', () => {
  for (const p of ['EXAMPLE_OF', 'MEMBER_OF', 'AFFECTS', 'TREATS', 'FREQUENCY_IN'] as const)
    expect(BIOLINK_PREDICATES[p].why).toBeTruthy();
});

test('the check itself refuses what the model does not allow', () => {
  // has phenotype needs a phenotypic feature as its object: a population is not one.
  const { range } = model.slots['has phenotype']!;
  expect(
    ancestors(className('biolink:PopulationOfIndividualOrganisms'), model.classes).has(range!),
  ).toBe(false);
  expect(model.slots[slotName('biolink:mistaken_for')]).toBeUndefined();
});
