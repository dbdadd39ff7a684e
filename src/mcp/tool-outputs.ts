import { z } from 'zod';
import { kindSchema, predicateSchema } from './tool-inputs';

/**
 * The structured content of each tool, as JSON Schema in tools/list (so a
 * host can check it) and as the types the tools build. The text content
 * carries the same, rendered for reading.
 */

const disclaimer = z.string().describe('Shown with every answer: this is no medical advice.');

const entityRefOutput = z.object({ id: z.string(), name: z.string() });

export const citationOutput = z.object({
  source: z.string().describe("The source's title."),
  section: z.string(),
  paragraph: z.number().int(),
  date: z.string().describe('When the source was last changed.'),
});

export const factOutput = z.object({
  id: z.string(),
  subject: entityRefOutput,
  predicate: predicateSchema,
  object: entityRefOutput,
  sentence: z.string().describe('The fact as a sentence to quote, with its citation.'),
  citation: citationOutput,
  figure: z
    .object({ value: z.number(), unit: z.string(), per: z.number(), measure: z.string() })
    .optional()
    .describe('The figure of a frequency fact (FREQUENCY_IN).'),
});

const suggestionOutput = z.object({ id: z.string(), name: z.string(), kind: kindSchema });

export const resolveEntityOutput = z.object({
  text: z.string(),
  status: z.enum(['matched', 'ambiguous', 'no_match']),
  candidates: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: kindSchema,
        category: z.string().describe('The Biolink category.'),
        description: z.string().nullable(),
        match: z.object({
          type: z.enum(['exact_name', 'synonym', 'ontology_synonym', 'fuzzy', 'words']),
          text: z.string().describe('The name, synonym or ontology name that matched.'),
        }),
        score: z.number(),
      }),
    )
    .describe('Best first.'),
  disclaimer,
});

export const getFactsOutput = z.object({
  entities: z.array(
    z.object({
      id: z.string().describe('The id as asked.'),
      status: z.enum(['found', 'not_found', 'no_facts']),
      entity: z.object({ id: z.string(), name: z.string(), kind: kindSchema }).optional(),
      factCount: z.number().int().optional(),
      suggestions: z.array(suggestionOutput).optional(),
    }),
  ),
  facts: z.array(factOutput),
  totalFacts: z.number().int().describe('Facts in all pages of this request.'),
  from: z.number().int().describe("Position of this page's first fact, from 1; 0 for none."),
  truncated: z.boolean(),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as cursor, with the same request, for the rest.'),
  contentHash: z.string(),
  disclaimer,
});

export const explainPathOutput = z.object({
  status: z.enum(['connected', 'no_path', 'not_found']),
  from: entityRefOutput.nullable(),
  to: entityRefOutput.nullable(),
  maxHops: z.number().int(),
  paths: z.array(
    z.object({
      length: z.number().int(),
      hops: z.array(
        z.object({
          factId: z.string(),
          subject: entityRefOutput,
          predicate: predicateSchema,
          object: entityRefOutput,
          sentence: z.string(),
          citation: citationOutput,
        }),
      ),
    }),
  ),
  missing: z.array(z.object({ id: z.string(), suggestions: z.array(suggestionOutput) })),
  disclaimer,
});

export type FactOutput = z.infer<typeof factOutput>;
export type CitationOutput = z.infer<typeof citationOutput>;
export type ResolveEntityOutput = z.infer<typeof resolveEntityOutput>;
export type GetFactsOutput = z.infer<typeof getFactsOutput>;
export type ExplainPathOutput = z.infer<typeof explainPathOutput>;
