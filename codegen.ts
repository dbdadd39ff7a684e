import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for src/schema and typed documents of docs/examples (for the tests) and of the explorer, both from
 * the SDL in schema/. `npm run codegen:check` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['docs/examples/**/*.graphql', 'src/explorer/app/operations.ts'],
  emitLegacyCommonJSImports: true,
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../schema/context#RequestContext',
        enumsAsTypes: true,
        mappers: {
          Entity: '../graph/read/records#EntityRecord',
          Condition: '../graph/read/records#EntityRecord',
          Cause: '../graph/read/records#EntityRecord',
          RiskFactor: '../graph/read/records#EntityRecord',
          Treatment: '../graph/read/records#EntityRecord',
          Population: '../graph/read/records#EntityRecord',
          Symptom: '../graph/read/records#EntityRecord',
          Fact: '../graph/read/records#FactRecord',
          Citation: '../graph/read/records#CitationRecord',
          Source: '../graph/read/records#SourceRecord',
          Statistic: '../graph/read/records#StatisticRecord',
          Xref: '../graph/read/records#XrefRecord',
          OntologySynonym: '../graph/read/records#OntologySynonymRecord',
          ConditionLink: '../graph/read/records#LinkRecord',
          RiskFactorLink: '../graph/read/records#LinkRecord',
          TreatmentLink: '../graph/read/records#LinkRecord',
          PopulationLink: '../graph/read/records#LinkRecord',
          SymptomLink: '../graph/read/records#LinkRecord',
          CauseLink: '../graph/read/records#CauseLinkRecord',
          CauseGroupLink: '../graph/read/records#LinkRecord',
          EntityLink: '../graph/read/records#LinkRecord',
          Name: '../graph/read/records#NameRecord',
          RetiredId: '../graph/read/records#RetiredIdRecord',
          SearchHit: '../graph/read/records#SearchHitRecord',
          Path: '../graph/read/records#PathRecord',
          Concept: '../graph/read/curated-records#ConceptParent',
          Disease: '../graph/read/curated-records#ConceptSummaryRecord',
          PhenotypicFeature: '../graph/read/curated-records#ConceptSummaryRecord',
          Gene: '../graph/read/curated-records#ConceptSummaryRecord',
          CuratedName: '../graph/read/curated-records#CuratedNameRecord',
          Annotation: '../graph/read/curated-records#AnnotationRecord',
          AnnotationFrequency: '../graph/read/curated-records#AnnotationFrequencyRecord',
        },
      },
    },
    'src/generated/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { enumsAsTypes: true },
    },
  },
};

export default config;
