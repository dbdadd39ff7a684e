import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for src/schema and typed documents for the tests, both from
 * the SDL in schema/. `npm run codegen:check` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  documents: ['docs/examples/**/*.graphql', 'tests/e2e/operations/**/*.graphql'],
  emitLegacyCommonJSImports: true,
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../schema/context#RequestContext',
        enumsAsTypes: true,
        mappers: {
          Entity: '../graph/records#EntityRecord',
          Condition: '../graph/records#EntityRecord',
          Cause: '../graph/records#EntityRecord',
          RiskFactor: '../graph/records#EntityRecord',
          Treatment: '../graph/records#EntityRecord',
          Population: '../graph/records#EntityRecord',
          Symptom: '../graph/records#EntityRecord',
          Fact: '../graph/records#FactRecord',
          Citation: '../graph/records#CitationRecord',
          Source: '../graph/records#SourceRecord',
          Statistic: '../graph/records#StatisticRecord',
          ConditionLink: '../graph/records#LinkRecord',
          RiskFactorLink: '../graph/records#LinkRecord',
          TreatmentLink: '../graph/records#LinkRecord',
          PopulationLink: '../graph/records#LinkRecord',
          SymptomLink: '../graph/records#LinkRecord',
          CauseLink: '../graph/records#CauseLinkRecord',
          CauseGroupLink: '../graph/records#LinkRecord',
          SearchHit: '../graph/records#SearchHitRecord',
          Path: '../graph/records#PathRecord',
          EntityConnection: '../graph/records#EntityPage',
          FactConnection: '../graph/records#FactPage',
          EntityEdge: '../graph/records#EntityEdgeRecord',
          FactEdge: '../graph/records#FactEdgeRecord',
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
