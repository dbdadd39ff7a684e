import {
  MODALITIES,
  PREDICATES,
  DEFAULT_CATEGORY,
  factId,
  sha256,
  type EntityContent,
  type EntityKindName,
  type FactContent,
  type GraphContent,
  type PredicateName,
} from '../src/domain';

/**
 * A synthetic GraphContent of the article's shape at a target number of
 * relationships, for measuring load throughput and latency against graph size.
 *
 * It is the real article graph (the "core": every entity and fact of seeds/,
 * so the W1/W2 targets `secondary myoclonus` and `secondary-myoclonus` exist
 * with exactly the answers they have in the article) plus synthetic "families"
 * that never touch the core. Each family repeats the article's shape: a
 * condition with subtypes, an everyday example and a look-alike; a grouping
 * cause with members and further causes of one subtype (the size of the
 * article's W1 answer: 3 causes, 3 group members); risk factors, treatments,
 * symptoms, and populations shared among families. Every item cites the one
 * source of the article. So W1/W2 answer sizes stay fixed while the graph
 * grows: latency should follow the answer, not the graph.
 */

export interface SyntheticGraph {
  graph: GraphContent;
  /** Relationships the loader writes: facts plus two per statistic. */
  relationships: number;
  families: number;
}

/** Relationships written for a statistic (HAS_STATISTIC and MEASURED_IN). */
const RELATIONSHIPS_PER_STATISTIC = 2;

export function relationshipCount(graph: Pick<GraphContent, 'facts' | 'statistics'>): number {
  return graph.facts.length + graph.statistics.length * RELATIONSHIPS_PER_STATISTIC;
}

export function buildSyntheticGraph(
  core: GraphContent,
  targetRelationships: number,
): SyntheticGraph {
  const source = core.sources[0]?.id;
  if (!source) throw new Error('the core graph has no source to cite');
  const entities: EntityContent[] = [...core.entities];
  const facts: FactContent[] = [...core.facts];
  let relationships = relationshipCount(core);

  const citation = (family: number) => ({
    source,
    section: 'Synthetic',
    paragraph: (family % 9) + 1,
  });
  const entity = (family: number, kind: EntityKindName, id: string, name: string): string => {
    entities.push({
      id,
      kind,
      category: DEFAULT_CATEGORY[kind],
      xrefs: [],
      ontologySynonyms: [],
      name,
      names: [
        { text: `${name.toLowerCase()} alias`, scope: 'exact', lay: false, misspelling: false },
      ],
      description: `Synthetic ${kind.toLowerCase().replace('_', ' ')} for load tests (${name}).`,
      citation: citation(family),
    });
    return id;
  };
  const fact = (
    family: number,
    subject: string,
    predicate: PredicateName,
    object: string,
    qualifier?: string,
  ) => {
    const item: Omit<FactContent, 'id'> = {
      subject,
      predicate,
      object,
      modality: PREDICATES[predicate].modalities[0],
      cue: MODALITIES[PREDICATES[predicate].modalities[0]].cues[0],
      citations: [citation(family)],
    };
    if (qualifier) item.qualifier = qualifier;
    facts.push({ ...item, predicate, id: factId(subject, predicate, object) });
    relationships++;
  };

  // Families are about 24 relationships; populations are shared, about 20 families each.
  const estimatedFamilies = Math.max(1, Math.ceil((targetRelationships - relationships) / 24));
  const populationPool = Math.max(3, Math.ceil(estimatedFamilies / 20));
  const populations = Array.from({ length: populationPool }, (_, p) =>
    entity(p, 'POPULATION', `syn-population-${p}`, `Synthetic population ${p}`),
  );

  let family = 0;
  while (relationships < targetRelationships) {
    const f = family;
    const id = (role: string) => `syn-${f}-${role}`;
    const name = (role: string) => `Synthetic ${role} ${f}`;
    const root = entity(f, 'CONDITION', id('condition'), name('condition'));
    const subtypes = [1, 2, 3].map((n) =>
      entity(f, 'CONDITION', id(`subtype-${n}`), name(`subtype ${n} of condition`)),
    );
    const example = entity(f, 'CONDITION', id('example'), name('everyday example'));
    const lookAlike = entity(f, 'CONDITION', id('look-alike'), name('look-alike disorder'));
    const group = entity(f, 'CAUSE', id('cause-group'), name('cause group'));
    const members = [1, 2, 3].map((n) =>
      entity(f, 'CAUSE', id(`member-${n}`), name(`member cause ${n}`)),
    );
    const causes = [1, 2].map((n) => entity(f, 'CAUSE', id(`cause-${n}`), name(`cause ${n}`)));
    const risks = [1, 2].map((n) =>
      entity(f, 'RISK_FACTOR', id(`risk-${n}`), name(`risk factor ${n}`)),
    );
    const treatments = [1, 2].map((n) =>
      entity(f, 'TREATMENT', id(`treatment-${n}`), name(`treatment ${n}`)),
    );
    const symptoms = [1, 2].map((n) =>
      entity(f, 'SYMPTOM', id(`symptom-${n}`), name(`symptom ${n}`)),
    );
    const [first, second, third] = subtypes as [string, string, string];

    for (const subtype of subtypes) fact(f, subtype, 'SUBTYPE_OF', root, 'by form');
    fact(f, example, 'EXAMPLE_OF', first);
    fact(f, root, 'MISTAKEN_FOR', lookAlike);
    for (const member of members) fact(f, member, 'MEMBER_OF', group);
    // The "secondary" subtype: three causes, one of them a group of three (W1's answer size).
    fact(f, group, 'CAUSES', second, 'somewhat more common with a synthetic cause group');
    for (const cause of causes) fact(f, cause, 'CAUSES', second, 'in rare cases');
    fact(f, causes[0]!, 'CAUSES', root);
    for (const risk of risks) fact(f, risk, 'RISK_FACTOR_FOR', root);
    fact(f, treatments[0]!, 'TREATS', root);
    fact(f, treatments[1]!, 'TREATS', first, 'when the cause is known');
    for (const symptom of symptoms) fact(f, root, 'HAS_SYMPTOM', symptom);
    fact(f, third, 'HAS_SYMPTOM', symptoms[0]!);
    fact(f, root, 'AFFECTS', populations[f % populationPool]!);
    fact(f, second, 'AFFECTS', populations[(f + 1) % populationPool]!, 'in older people');
    family++;
  }

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const version = core.version;
  return {
    graph: {
      version,
      // A label, not a hash of the content: hashing a 1M-fact canonical JSON costs more than it tells.
      contentHash: sha256(`synthetic:${core.contentHash}:${targetRelationships}`),
      sources: core.sources,
      entities: entities.sort(byId),
      facts: facts.sort(byId),
      statistics: core.statistics,
      retired: core.retired,
    },
    relationships,
    families: family,
  };
}
