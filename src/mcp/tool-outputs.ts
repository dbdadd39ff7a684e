import { z } from 'zod';
import { MODALITY_NAMES, NAME_SCOPES } from '../domain';
import { conceptKindSchema, curatedPredicateSchema, predicateSchema } from './tool-inputs';

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

const curatedFactOutput = z.object({
  id: z.string(),
  subject: entityRefOutput,
  predicate: curatedPredicateSchema,
  object: entityRefOutput,
  sentence: z
    .string()
    .describe(
      'The statement as a sentence to quote: what it says, how often, the source with its release, the record and references as the source writes them.',
    ),
  negated: z.boolean().describe('The source says this is NOT so: never state it as a finding.'),
  frequency: z
    .object({
      text: z.string().describe('As HPO writes it: a frequency term, n/m or n%.'),
      label: z.string().optional(),
      value: z.number().optional().describe('The share of patients, 0 to 1.'),
    })
    .optional(),
  evidence: z
    .string()
    .optional()
    .describe(
      "HPO's evidence code: PCS (published clinical study) or TAS (traceable author statement), a curator's; IEA, inferred by a program.",
    ),
  record: z.string().optional().describe('The OMIM or ORPHA record it was made of.'),
  references: z.array(z.string()),
  onset: z.string().optional(),
  sex: z.string().optional(),
  modifiers: z.array(z.string()).optional(),
  source: z.string().describe('The source id (see curated.bySource).'),
});

const curatedSummaryOutput = z
  .object({
    total: z.number().int().describe('Curated statements in all pages of this request.'),
    from: z
      .number()
      .int()
      .describe("Position of this page's first curated statement, from 1; 0 for none."),
    remaining: z.number().int().describe('Curated statements after this page.'),
    negatedLeftOut: z
      .number()
      .int()
      .describe('Statements the source denies, left out; includeNegated gives them.'),
    byPredicate: z
      .array(z.object({ predicate: curatedPredicateSchema, count: z.number().int() }))
      .optional()
      .describe('Left out when the budget has no room for it beside a fact.'),
    bySource: z
      .array(
        z.object({
          source: z.string(),
          infores: z.string(),
          version: z.string(),
          count: z.number().int(),
        }),
      )
      .optional()
      .describe('Left out when the budget has no room for it beside a fact.'),
    hint: z.string().describe('How to ask for the rest, or for part of it.'),
  })
  .describe(
    "The curated statements (HPO's annotations) of the entities asked, after the article's facts: how many, of which predicates and sources.",
  );

const suggestionOutput = z.object({ id: z.string(), name: z.string(), kind: conceptKindSchema });

export const resolveEntityOutput = z.object({
  text: z.string(),
  status: z.enum(['matched', 'ambiguous', 'no_match']),
  candidates: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: conceptKindSchema,
        category: z.string().describe('The Biolink category.'),
        description: z.string().nullable(),
        match: z.object({
          type: z.enum(['exact_name', 'synonym', 'ontology_synonym', 'fuzzy', 'words', 'curie']),
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
      entity: z.object({ id: z.string(), name: z.string(), kind: conceptKindSchema }).optional(),
      factCount: z.number().int().optional(),
      curatedFactCount: z
        .number()
        .int()
        .optional()
        .describe(
          'Its curated statements in this request (those of an entity asked before it given there).',
        ),
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
  totalFacts: z.number().int().describe("The article's facts in all pages of this request."),
  from: z.number().int().describe("Position of this page's first fact, from 1; 0 for none."),
  curatedFacts: z
    .array(curatedFactOutput)
    .describe(
      "Curated statements, after all the article's facts, ranked by evidence and frequency.",
    ),
  curated: curatedSummaryOutput
    .optional()
    .describe(
      "The curated statements of the entities asked: how many, of which predicates and sources. Left out only when the budget has room for nothing beside the article's facts.",
    ),
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
export type CuratedFactOutput = z.infer<typeof curatedFactOutput>;
export type CuratedSummaryOutput = z.infer<typeof curatedSummaryOutput>;
export type CitationOutput = z.infer<typeof citationOutput>;
export type ResolveEntityOutput = z.infer<typeof resolveEntityOutput>;
export type GetFactsOutput = z.infer<typeof getFactsOutput>;
export type ExplainPathOutput = z.infer<typeof explainPathOutput>;
