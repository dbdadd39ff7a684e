import {
  MODALITIES,
  PREDICATES,
  factStatement,
  isAlsoCalled,
  type GraphContent,
} from '../../src/domain';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import { seedProblemsAfterEdit } from '../fixtures/testkit';

/**
 * The rules that keep each fact exactly as strong as its source says it, and
 * one node per real-world thing, checked on the seeds as they are and on the
 * seed check's refusals.
 */

const graph: GraphContent = loadSeedGraph(DEFAULT_SEED_DIR);
const entityById = new Map(graph.entities.map((e) => [e.id, e]));
const named = (id: string) => {
  const e = entityById.get(id)!;
  return { name: e.name, properName: e.properName ?? false };
};

describe('a fact is a causation only when its cited sentence states one', () => {
  test.each(graph.facts.map((f) => [f.id, f] as const))('%s', (_, fact) => {
    const rule = PREDICATES[fact.predicate];
    expect(rule.modalities as readonly string[]).toContain(fact.modality);
    expect(MODALITIES[fact.modality].cues as readonly string[]).toContain(fact.cue);
    // CAUSES and CAUSATION go together, and only with "due to" or "as a result of".
    expect(fact.predicate === 'CAUSES').toBe(fact.modality === 'CAUSATION');
    if (fact.modality === 'CAUSATION') expect(['due to', 'as a result of']).toContain(fact.cue);
  });

  test('the article states causation only where it says "due to"', () => {
    const causal = graph.facts.filter((f) => f.modality === 'CAUSATION').map((f) => f.id);
    expect(causal).toEqual(['epilepsy--causes--epileptic-myoclonus']);
  });

  test('"can be an indication of" is an indication of an underlying problem, in rare cases', () => {
    const indications = graph.facts.filter((f) => f.predicate === 'MAY_INDICATE');
    expect(indications.map((f) => f.object).sort()).toEqual([
      'epilepsy',
      'head-injury',
      'medication-side-effect',
      'metabolic-condition',
      'parkinson-disease',
    ]);
    for (const f of indications) {
      expect(f).toMatchObject({
        subject: 'myoclonus',
        modality: 'INDICATION',
        frequency: 'in rare cases',
      });
      expect(
        factStatement({
          ...f,
          subject: named(f.subject),
          object: named(f.object),
          qualifier: f.qualifier ?? null,
        }),
      ).toMatch(/^In rare cases, myoclonus can be a sign of underlying /);
    }
  });

  test('a serious brain or nerve injury is a risk factor of myoclonus and of progressive myoclonus, never a cause', () => {
    const injury = graph.facts.filter((f) => f.subject === 'serious-brain-or-nerve-injury');
    expect(injury.map((f) => `${f.predicate} ${f.object}`).sort()).toEqual(
      expect.arrayContaining([
        'RISK_FACTOR_FOR myoclonus',
        'RISK_FACTOR_FOR progressive-myoclonus',
      ]),
    );
    expect(injury.filter((f) => f.predicate === 'CAUSES')).toEqual([]);
  });

  test('a frequency word opens the sentence of the claim it belongs to', () => {
    for (const fact of graph.facts.filter((f) => f.frequency)) {
      const sentence = factStatement({
        ...fact,
        subject: named(fact.subject),
        object: named(fact.object),
        qualifier: fact.qualifier ?? null,
      });
      expect(sentence.toLowerCase().startsWith(`${fact.frequency!}, `)).toBe(true);
    }
  });

  test('no link the article does not make: the forms by mechanism have no symptom of their own', () => {
    const inferred = graph.facts.filter(
      (f) =>
        f.predicate === 'HAS_SYMPTOM' &&
        ['positive-myoclonus', 'negative-myoclonus'].includes(f.subject),
    );
    expect(inferred).toEqual([]);
  });

  test('advice is not a treatment: seeing a doctor and no treatment needed are ADVISED_FOR', () => {
    const advice = graph.facts.filter((f) =>
      ['seeing-a-doctor', 'no-treatment-needed'].includes(f.subject),
    );
    expect(advice.length).toBeGreaterThan(0);
    for (const f of advice) expect(f.predicate).toBe('ADVISED_FOR');
  });
});

describe('one node per real-world thing', () => {
  test('no two entities share an exact mapping', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const entity of graph.entities)
      for (const xref of entity.xrefs.filter((x) => x.match === 'exact')) {
        const other = owner.get(xref.id);
        if (other && other !== entity.id) shared.push(`${xref.id}: ${other} and ${entity.id}`);
        owner.set(xref.id, entity.id);
      }
    expect(shared).toEqual([]);
  });

  test('antiepileptic and anti-seizure medication are one node carrying both names', () => {
    const drug = entityById.get('antiepileptic-medication')!;
    expect(drug.names.filter(isAlsoCalled).map((n) => n.text.toLowerCase())).toEqual(
      expect.arrayContaining(['anti-seizure medication']),
    );
    expect(entityById.has('anti-seizure-medication')).toBe(false);
    expect(graph.retired).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'anti-seizure-medication',
          kind: 'entity',
          replacedBy: 'antiepileptic-medication',
        }),
      ]),
    );
  });

  test("a statement of HPO's whose count of none made it negated keeps its old id as a retired one", () => {
    const renamed = graph.retired.filter((r) => r.since === '4.0.0' && r.kind === 'fact');
    // 62 rows count none; where a record also states the feature present, the two swap ids.
    expect(renamed).toHaveLength(62);
    const negated = renamed.filter((r) => r.replacedBy!.includes('--has_phenotype-not--'));
    expect(negated.length).toBeGreaterThan(50);
    const countedNone = (r: (typeof renamed)[number]) => r.reason.includes('counts none');
    // Each says why its id went: a statement negated by its count, or the present statement
    // beside it that took the record's plain id (never the count's reason for a present one).
    for (const r of renamed) {
      const replacement = graph.curated!.annotations.find((a) => a.id === r.replacedBy)!;
      expect(r.reason.startsWith("HPO's frequency counts none")).toBe(
        replacement.negatedBy === 'frequency',
      );
      expect(countedNone(r)).toBe(true);
    }
    expect(renamed.filter((r) => !r.replacedBy!.includes('-not--'))).toHaveLength(4);
    for (const r of negated)
      expect(r.id.replace(/--[0-9a-f]{8}$/, '')).toBe(
        r
          .replacedBy!.replace('--has_phenotype-not--', '--has_phenotype--')
          .replace(/--[0-9a-f]{8}$/, ''),
      );
  });

  test('every retired id is gone, and what replaced it exists', () => {
    // A statement id is the article's fact or a curated statement (HPO's, renamed when read anew).
    const factIds = new Set([
      ...graph.facts.map((f) => f.id),
      ...(graph.curated?.annotations ?? []).map((a) => a.id),
    ]);
    for (const retired of graph.retired) {
      const live = retired.kind === 'entity' ? entityById : factIds;
      expect(live.has(retired.id)).toBe(false);
      if (retired.replacedBy !== null) expect(live.has(retired.replacedBy)).toBe(true);
      else expect(retired.reason.length).toBeGreaterThan(0);
    }
  });
});

describe('names with a scope', () => {
  test('"also called" holds only exact, rightly spelt names', () => {
    for (const entity of graph.entities)
      for (const name of entity.names.filter(isAlsoCalled)) {
        expect(name.scope).toBe('exact');
        expect(name.misspelling).toBe(false);
      }
  });

  test('broader words are broad, not exact', () => {
    const scopeOf = (id: string, text: string) =>
      entityById.get(id)!.names.find((n) => n.text.toLowerCase() === text)?.scope;
    expect(scopeOf('myoclonus', 'twitching')).toBe('broad');
    expect(scopeOf('prolonged-hypoxia', 'hypoxia')).toBe('broad');
    expect(scopeOf('chemical-poisoning', 'poisoning')).toBe('broad');
    expect(scopeOf('serious-brain-or-nerve-injury', 'brain injury')).toBe('broad');
  });
});

describe('the seed check refuses a fact stated more strongly than its cue', () => {
  const problemsOf = seedProblemsAfterEdit;

  test('a cause whose sentence only says "can be an indication of"', () => {
    expect(
      problemsOf('facts/causes.yaml', (t) =>
        t.replace(
          'modality: CAUSATION\n    cue: due to',
          'modality: CAUSATION\n    cue: can be an indication of',
        ),
      ),
    ).toEqual([expect.stringMatching(/^"can be an indication of" is not a cue of CAUSATION/)]);
  });

  test('an indication promoted to a cause', () => {
    expect(
      problemsOf('facts/causes.yaml', (t) =>
        t.replace('modality: CAUSATION', 'modality: INDICATION'),
      ),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/^CAUSES states CAUSATION, not INDICATION/)]),
    );
  });
});
