import { z } from 'zod';
import { ENTITY_KINDS, PREDICATE_NAMES } from '../domain';
import { TOOL_LIMITS as LIMITS } from './limits';
import { CURATED_KIND_NAMES, CURATED_PREDICATE_NAMES } from '../domain/curated';

/**
 * The tools' inputs: the names and bounds are the contract. The enums of
 * kinds and predicates travel in each tool's JSON Schema, so a model knows
 * every value it may pass without a schema tool.
 */

const someText = (what: string, max: number) =>
  z
    .string()
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine((value) => value.trim().length > 0, { error: `${what} must not be empty` });

/** One of our entity ids ("alzheimers-disease") or a CURIE it maps to exactly ("MONDO:0004975"). */
/** An entity id, or any CURIE the graph knows: an article entity's exact terms, and the curated layer's OMIM, ORPHA, MONDO, HP and NCBIGene. */
const nodeRef = someText('an entity id', LIMITS.maxIdLength).describe(
  'An id from resolve_entity (such as "hypnic-jerks" or "MONDO:0009698"), or any CURIE the graph knows: OMIM, ORPHA, MONDO, HP or NCBIGene ("OMIM:254800", "HP:0001336", "NCBIGene:1476").',
);

/** The article's kinds and the curated layer's (DISEASE, PHENOTYPE, GENE). */
export const conceptKindSchema = z.enum([...ENTITY_KINDS, ...CURATED_KIND_NAMES]);
export const predicateSchema = z.enum(PREDICATE_NAMES);
export const curatedPredicateSchema = z.enum(CURATED_PREDICATE_NAMES);

export const resolveEntityInput = z
  .object({
    text: someText('text', LIMITS.maxTextLength).describe(
      'What the person typed, in their own words: "twitching when I fall asleep", "alzheimer\'s".',
    ),
    types: z
      .array(conceptKindSchema)
      .min(1)
      .max(ENTITY_KINDS.length + CURATED_KIND_NAMES.length)
      .optional()
      .describe(
        "Only entities of these kinds; all kinds when absent. DISEASE, PHENOTYPE and GENE are HPO's diseases, phenotype terms and genes; an article entity that is such a term (myoclonus is HP:0001336) is of that kind too, and keeps its own kind in the answer.",
      ),
    limit: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.maxCandidates)
      .default(5)
      .describe(`At most this many candidates, 1 to ${LIMITS.maxCandidates}.`),
  })
  .strict();

export const getFactsInput = z
  .object({
    entityIds: z
      .array(nodeRef)
      .min(1, { error: 'entityIds needs at least one id' })
      .max(LIMITS.maxEntityIds, { error: `entityIds takes at most ${LIMITS.maxEntityIds} ids` })
      .describe(`1 to ${LIMITS.maxEntityIds} entity ids, answered in one call.`),
    predicates: z
      .array(predicateSchema)
      .min(1)
      .max(PREDICATE_NAMES.length)
      .optional()
      .describe(
        "Only the article's facts of these predicates; all when absent. Given without curatedPredicates, no curated statements.",
      ),
    curatedPredicates: z
      .array(curatedPredicateSchema)
      .min(1)
      .max(CURATED_PREDICATE_NAMES.length)
      .optional()
      .describe(
        "Only curated statements (HPO's) of these predicates; all when absent. Given without predicates, none of the article's facts.",
      ),
    sources: z
      .array(
        z
          .string()
          .min(1)
          .max(LIMITS.maxSourceIdLength)
          .describe(
            'A source id of kg://about, such as "hpo-annotations", or its infores id ("infores:hpo-annotations").',
          ),
      )
      .min(1)
      .max(LIMITS.maxSources)
      .optional()
      .describe(
        'Only facts and statements of these sources (ids or infores ids, as kg://about lists them); all when absent.',
      ),
    includeNegated: z
      .boolean()
      .default(false)
      .describe(
        'Also the curated statements the source denies ("does not have"), after the others.',
      ),
    depth: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.maxDepth)
      .default(1)
      .describe(
        "1: the entities' own facts; 2: also the article's facts of the entities they are joined to (curated statements are always the entities' own).",
      ),
    maxFacts: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.maxFacts)
      .default(50)
      .describe(`At most this many facts in this result, 1 to ${LIMITS.maxFacts}.`),
    maxTokens: z
      .number()
      .int()
      .min(LIMITS.minTokens)
      .max(LIMITS.maxTokens)
      .default(LIMITS.defaultTokens)
      .describe(
        `The token budget of this result, ${LIMITS.minTokens} to ${LIMITS.maxTokens}; past it the result is cut and says truncated, with a nextCursor.`,
      ),
    cursor: z
      .string()
      .max(LIMITS.maxCursorLength)
      .optional()
      .describe(
        'The nextCursor of an earlier result, to continue it (pass the same entityIds, predicates, curatedPredicates, sources, includeNegated and depth).',
      ),
  })
  .strict();

export const explainPathInput = z
  .object({
    fromId: nodeRef,
    toId: nodeRef,
    maxHops: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.maxHops)
      .default(LIMITS.maxHops)
      .describe(`The longest chain to look for, 1 to ${LIMITS.maxHops} facts.`),
  })
  .strict();

export type ResolveEntityInput = z.infer<typeof resolveEntityInput>;
export type GetFactsInput = z.infer<typeof getFactsInput>;
export type ExplainPathInput = z.infer<typeof explainPathInput>;
