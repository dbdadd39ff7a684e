import { z } from 'zod';
import { ENTITY_KINDS, STATED_PREDICATE_NAMES } from '../domain';

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

const sourceSchema = z
  .object({
    id,
    title: nonEmptyText,
    publisher: nonEmptyText,
    author: nonEmptyText,
    lastModified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
    disclaimer: nonEmptyText,
    review: nonEmptyText.optional(),
  })
  .strict();

const entitySchema = z
  .object({
    id,
    kind: z.enum(ENTITY_KINDS),
    name: nonEmptyText,
    /** A proper name keeps its capital letter inside a generated sentence. */
    properName: z.boolean().optional(),
    synonyms: z.array(nonEmptyText).default([]),
    description: nonEmptyText,
    citation: citationSchema,
  })
  .strict();

const factSchema = z
  .object({
    subject: id,
    predicate: z.enum(STATED_PREDICATE_NAMES as [string, ...string[]]),
    object: id,
    qualifier: nonEmptyText.optional(),
    citation: citationSchema,
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
    citation: citationSchema,
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
  })
  .strict();

export type SeedCitation = z.infer<typeof citationSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
