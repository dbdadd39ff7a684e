import { z } from 'zod';
import {
  BIOLINK_CATEGORIES,
  ENTITY_KINDS,
  FREQUENCIES,
  MATCH_TYPES,
  MODALITY_NAMES,
  NAME_SCOPES,
  STATED_PREDICATE_NAMES,
} from '../domain';

/**
 * The shape of every file under seeds/. A file may hold any of the top-level
 * lists; the loader merges them and then checks references across files.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens');

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

const citationSchema = z
  .object({
    source: id,
    section: nonEmptyText,
    paragraph: z.number().int().positive(),
  })
  .strict();

/** An ISO 8601 date, to the precision the source gives it (a journal issue: its year). */
const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY)');

const sourceSchema = z
  .object({
    id,
    infores: z
      .string()
      .regex(
        /^infores:[a-z0-9][a-z0-9-]*$/,
        'must be an infores id such as infores:hpo-annotations',
      ),
    kind: z.enum(['article', 'journal-article', 'dataset']),
    title: nonEmptyText,
    publisher: nonEmptyText,
    author: nonEmptyText,
    lastModified: date,
    version: nonEmptyText,
    licence: nonEmptyText,
    citation: nonEmptyText,
    identifiers: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9.]*:\S+$/, 'must be a CURIE such as PMID:123 or DOI:10.1/x'),
      )
      .default([]),
    disclaimer: nonEmptyText.optional(),
    review: nonEmptyText.optional(),
  })
  .strict();

const xrefSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^(HP:\d{7}|MONDO:\d{7}|MESH:[CD]\d{6,9}|ICD10CM:[A-Z][0-9A-Z.-]+)$/,
        'must be a CURIE of HPO (HP:0001336), MONDO, MeSH (MESH:D009207) or ICD-10-CM (ICD10CM:G25.3)',
      ),
    /** The ontology's own label, exactly as its file has it. */
    label: nonEmptyText,
    match: z.enum(MATCH_TYPES),
  })
  .strict();

const nameSchema = z
  .object({
    text: nonEmptyText,
    /** How the name relates to the entity: oboInOwl's exact, broad, narrow or related. */
    scope: z.enum(NAME_SCOPES),
    /** An everyday word rather than a clinical term. */
    lay: z.boolean().default(false),
    /** A misspelling: searched, never shown or exported as a name. */
    misspelling: z.boolean().default(false),
  })
  .strict();

const entitySchema = z
  .object({
    id,
    kind: z.enum(ENTITY_KINDS),
    /** The Biolink category, where it is not the kind's default. */
    category: z.enum(BIOLINK_CATEGORIES).optional(),
    name: nonEmptyText,
    /** A proper name keeps its capital letter inside a generated sentence. */
    properName: z.boolean().optional(),
    /** Its other names, each with a scope. */
    synonyms: z.array(nameSchema).default([]),
    description: nonEmptyText,
    /** Its terms in HPO, MONDO, MeSH and ICD-10-CM, each checked against the ontology's extract. */
    xrefs: z.array(xrefSchema).default([]),
    /** Why no term fits, or only a broader or narrower one. */
    xrefNote: nonEmptyText.optional(),
    citation: citationSchema,
  })
  .strict();

const factSchema = z
  .object({
    subject: id,
    predicate: z.enum(STATED_PREDICATE_NAMES as [string, ...string[]]),
    object: id,
    /** What kind of claim the cited sentence makes. */
    modality: z.enum(MODALITY_NAMES as [string, ...string[]]),
    /** The source's words that carry the modality. */
    cue: nonEmptyText,
    frequency: z.enum(FREQUENCIES).optional(),
    qualifier: nonEmptyText.optional(),
    note: nonEmptyText.optional(),
    citations: z.array(citationSchema).min(1, 'must cite at least one paragraph'),
  })
  .strict();

const statisticSchema = z
  .object({
    id,
    condition: id,
    population: id,
    value: z.number().positive(),
    unit: nonEmptyText,
    per: z.number().int().positive(),
    measure: nonEmptyText,
    qualifier: nonEmptyText.optional(),
    note: nonEmptyText.optional(),
    measureKey: id.optional(),
    citations: z.array(citationSchema).min(1, 'must cite at least one paragraph'),
  })
  .strict();

/** An entity id, or a fact id (`subject--predicate--object`). */
const entityOrFactId = z
  .string()
  .regex(
    /^[a-z0-9]+([-_]+[a-z0-9]+)*$/,
    'must be an entity id or a fact id (subject--predicate--object)',
  );

const retiredSchema = z
  .object({
    id: entityOrFactId,
    kind: z.enum(['entity', 'fact']),
    replacedBy: entityOrFactId.optional(),
    since: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 3.0.0'),
    reason: nonEmptyText,
  })
  .strict();

/**
 * Where a source's paragraphs stand: its sections in order, each with the
 * number of paragraphs under it. Every citation must point inside it.
 */
const outlineSchema = z
  .object({
    source: id,
    sections: z
      .array(
        z
          .object({
            section: nonEmptyText,
            paragraphs: z.number().int().positive(),
            /** Why the section has the name it has, where the source gives none. */
            note: nonEmptyText.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const seedFileSchema = z
  .object({
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')
      .optional(),
    sources: z.array(sourceSchema).optional(),
    entities: z.array(entitySchema).optional(),
    facts: z.array(factSchema).optional(),
    statistics: z.array(statisticSchema).optional(),
    outlines: z.array(outlineSchema).optional(),
    retired: z.array(retiredSchema).optional(),
  })
  .strict();

export type SeedCitation = z.infer<typeof citationSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
