import { z } from 'zod';
import { MODALITY_NAMES, NAME_SCOPES } from '../domain';
import { kindSchema, predicateSchema } from './tool-inputs';

/**
 * The structured content of each tool, as JSON Schema in tools/list (so a
 * host can check it) and as the types the tools build. The text content
 * carries the same, rendered for reading.
 */

const disclaimer = z.string().describe('Shown with every answer: this is no medical advice.');

const entityRefOutput = z.object({ id: z.string(), name: z.string() });

const citationOutput = z.object({
  source: z.string().describe("The source's title."),
  section: z.string(),
  paragraph: z.number().int(),
  date: z.string().describe('When the source was last changed.'),
});

const factOutput = z.object({
  id: z.string(),
  subject: entityRefOutput,
  predicate: predicateSchema,
  object: entityRefOutput,
  sentence: z
    .string()
    .describe('The fact as a sentence to quote, as strong as its source, with its citation.'),
  modality: z
    .enum(MODALITY_NAMES as [string, ...string[]])
    .describe(
      'What kind of claim the source makes: only CAUSATION says one thing causes another; INDICATION is "can be a sign of", INCREASED_LIKELIHOOD "more common with". Never state a fact more strongly.',
    ),
  frequency: z
    .string()
    .optional()
    .describe(
      'How often it holds, in the source\'s words ("in rare cases"); keep it with the claim.',
    ),
  note: z.string().optional().describe('Where another source reads the same thing otherwise.'),
  citation: citationOutput,
  alsoCited: z
    .array(z.object({ section: z.string(), paragraph: z.number().int() }))
    .optional()
    .describe('Further paragraphs of the same source that state it.'),
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
          scope: z
            .enum(NAME_SCOPES)
            .nullable()
            .optional()
            .describe(
              "How the name that matched relates to the entity: exact; broad (a broader word, such as 'twitching' for myoclonus), narrow or related; null for an ontology's name.",
            ),
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
      retired: z
        .object({
          replacedBy: z.string().nullable(),
          since: z.string(),
          reason: z.string(),
        })
        .optional()
        .describe('The id asked for was retired; `entity` is the one that replaced it.'),
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
