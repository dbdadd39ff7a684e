import { curatedEdge, curatedNode } from '../../src/graph/export/kgx-curated';
import type { AnnotationRef } from '../../src/graph/export/annotation-ref';
import type { SourceRecord } from '../../src/graph/read/records';

/** HPO's rows as KGX edges: each of HPO's fields in its Biolink slot, as HPO writes it. */

const hpo: SourceRecord = {
  id: 'hpo-annotations',
  infores: 'infores:hpo-annotations',
  kind: 'dataset',
  title: 'HPO annotations',
  publisher: 'HPO Consortium',
  author: 'HPO Consortium',
  lastModified: '2025-01-16',
  version: '2025-01-16',
  licence: 'HPO licence',
  reference: 'HPO',
  identifiers: [],
  disclaimer: '',
  review: null,
};

const row = (overrides: Partial<AnnotationRef>): AnnotationRef => ({
  id: 'MONDO:0009697--has_phenotype--HP:0001336--ORPHA:501',
  predicate: 'HAS_PHENOTYPE',
  subjectId: 'MONDO:0009697',
  objectId: 'myoclonus',
  negated: false,
  negatedBy: null,
  source: hpo,
  record: 'ORPHA:501',
  evidence: 'TAS',
  evidenceEco: 'ECO:0000304',
  agentType: 'manual_agent',
  knowledgeLevel: 'knowledge_assertion',
  references: ['ORPHA:501', 'PMID:123'],
  frequency: { text: 'HP:0040281', label: 'Very frequent', value: 0.895 },
  onset: null,
  sex: null,
  modifiers: [],
  curation: 'ORPHA:orphadata[2025-01-16]',
  ...overrides,
});
const names: Record<string, string> = { 'MONDO:0009697': 'Lafora disease', myoclonus: 'Myoclonus' };
const nameOf = (id: string) => names[id] ?? id;
/** An edge of a release of seed version 5.1.0 (HPO's edges give HPO's release whatever the seed version). */
const edge = (a: AnnotationRef, names: (id: string) => string) => curatedEdge(a, names, '5.1.0');

test('a disease–phenotype row: record as original subject, ECO evidence, references, frequency term, the source and its release', () => {
  expect(edge(row({}), nameOf)).toEqual({
    id: 'MYOKG:MONDO:0009697--has_phenotype--HP:0001336--ORPHA:501',
    category: ['biolink:DiseaseToPhenotypicFeatureAssociation'],
    subject: 'MONDO:0009697',
    predicate: 'biolink:has_phenotype',
    // An end that is an article entity is that entity's node.
    object: 'MYOKG:myoclonus',
    original_predicate: 'MYOKG:HAS_PHENOTYPE',
    primary_knowledge_source: 'infores:hpo-annotations',
    primary_knowledge_source_version: '2025-01-16',
    aggregator_knowledge_source: ['infores:myoclonus-kg'],
    knowledge_level: 'knowledge_assertion',
    agent_type: 'manual_agent',
    statement: 'Lafora disease has Myoclonus (very frequent).',
    publications: ['ORPHA:501', 'PMID:123'],
    original_subject: 'ORPHA:501',
    has_evidence: ['ECO:0000304'],
    frequency_qualifier: 'HP:0040281',
    curation: 'ORPHA:orphadata[2025-01-16]',
  });
});

test("a NOT row is negated and says so; HPO's n/m, n%, onset, sex and modifiers take their slots", () => {
  const not = edge(
    row({
      negated: true,
      frequency: { text: '3/7', label: null, value: 3 / 7 },
      onset: 'HP:0003593',
      sex: 'MALE',
      modifiers: ['HP:0012825'],
    }),
    nameOf,
  );
  expect(not).toMatchObject({
    negated: true,
    statement: 'Lafora disease does not have Myoclonus (in 3/7 of patients).',
    has_count: 3,
    has_total: 7,
    onset_qualifier: 'HP:0003593',
    sex_qualifier: 'PATO:0000384',
    clinical_modifier_qualifier: ['HP:0012825'],
  });
  expect(not).not.toHaveProperty('frequency_qualifier');
  expect(edge(row({ frequency: { text: '40%', label: null, value: 0.4 } }), nameOf)).toMatchObject({
    has_percentage: 40,
  });
  // A positive statement carries no negated slot at all.
  expect(edge(row({}), nameOf)).not.toHaveProperty('negated');
});

test("a gene's association names the disease record as its original object; an IEA row's agent is automated", () => {
  const gene = edge(
    row({
      id: 'NCBIGene:10000--gene_associated_with_condition--MONDO:0009697--ORPHA:501',
      predicate: 'GENE_ASSOCIATED_WITH_CONDITION',
      subjectId: 'NCBIGene:10000',
      objectId: 'MONDO:0009697',
      evidence: null,
      evidenceEco: null,
      references: [],
      frequency: null,
      curation: null,
    }),
    (id) => (id === 'NCBIGene:10000' ? 'AKT3' : nameOf(id)),
  );
  expect(gene).toMatchObject({
    category: ['biolink:CorrelatedGeneToDiseaseAssociation'],
    predicate: 'biolink:gene_associated_with_condition',
    original_object: 'ORPHA:501',
    statement: 'AKT3 is associated with Lafora disease.',
  });
  expect(gene).not.toHaveProperty('original_subject');
  expect(gene).not.toHaveProperty('has_evidence');
  expect(
    edge(
      row({ evidence: 'IEA', evidenceEco: 'ECO:0000501', agentType: 'automated_agent' }),
      nameOf,
    ),
  ).toMatchObject({ agent_type: 'automated_agent', has_evidence: ['ECO:0000501'] });
});

test('a curated node: the source’s name and definition, exact synonyms, merged records as xrefs, the source that provides it', () => {
  expect(
    curatedNode({
      id: 'MONDO:0009697',
      kind: 'DISEASE',
      isArticleEntity: false,
      category: 'biolink:Disease',
      name: 'Lafora disease',
      definition: null,
      synonyms: ['Lafora body disease'],
      names: [{ text: 'Lafora body disease', scope: 'exact', type: null }],
      curies: ['MONDO:0009697', 'ORPHA:501'],
      source: hpo,
    }),
  ).toEqual({
    id: 'MONDO:0009697',
    category: ['biolink:Disease'],
    name: 'Lafora disease',
    description: '',
    synonym: ['Lafora body disease'],
    xref: ['ORPHA:501'],
    provided_by: ['infores:hpo-annotations'],
    kind: 'DISEASE',
  });
});
