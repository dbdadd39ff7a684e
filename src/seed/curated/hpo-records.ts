import type { SeedProblem } from '../seed-error';
import {
  FieldError,
  aspectOf,
  biocurationOf,
  booleanOf,
  curieOf,
  evidenceOf,
  frequencyOf,
  jsonOf,
  listOf,
  negatedOf,
  nodeIdOf,
  nonEmpty,
  recordOf,
  referenceOf,
  sexOf,
  type HpoAspect,
  type HpoEvidence,
  type HpoFrequency,
} from './hpo-fields';
import { readTsvRows } from './tsv-rows';

/**
 * The files of the HPO extract (seeds/curated/hpo/, written by
 * scripts/curated/build_hpo_extract.py), each read row by row into plain
 * records. Each file is checked on its own here; what one file says of
 * another (an HP id, a disease) is checked in hpo-extract.ts.
 */

export interface HpoSynonym {
  text: string;
  scope: 'exact' | 'broad' | 'narrow' | 'related';
  /** HPO's synonym type (layperson, abbreviation, plural_form...), null when it gives none. */
  type: string | null;
}

export interface HpoPhenotype {
  id: string;
  label: string;
  /** HPO's definition text, empty when the term has none. */
  definition: string;
  synonyms: HpoSynonym[];
  /** The is_a parents. */
  parents: string[];
  obsolete: boolean;
  replacedBy: string | null;
}

export interface HpoDisease {
  /** The MONDO class its records merge into, or the one record's CURIE. */
  id: string;
  name: string;
  /** The OMIM and ORPHA records, each with the name HPO's file gives it. */
  records: { id: string; name: string }[];
}

/** One row of phenotype.hpoa, as HPO gives it, and the disease node its record merges into. */
export interface HpoAnnotation {
  record: string;
  diseaseName: string;
  /** HPO's NOT: the disease is stated not to have the feature. Never a positive association. */
  negated: boolean;
  hpoId: string;
  references: string[];
  evidence: HpoEvidence;
  onset: string | null;
  frequency: HpoFrequency | null;
  sex: 'MALE' | 'FEMALE' | null;
  modifiers: string[];
  aspect: HpoAspect;
  biocuration: string[];
  nodeId: string;
}

export interface HpoGene {
  id: string;
  symbol: string;
}

/** A gene HPO's gene file associates with a disease record. */
export interface HpoGeneDisease {
  gene: string;
  record: string;
  nodeId: string;
}

/** A record and the line it was read from, for the checks across files. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

type Field = <T>(column: string, parse: (text: string) => T) => T;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The rows of one extract file, each built into a record by `build`. Whatever
 * building a row throws, a field's form or a cell of a shape no check foresaw,
 * is a problem of that file and line, never an error of the seed load.
 */
export function readRecords<T>(
  dir: string,
  name: string,
  columns: readonly string[],
  build: (field: Field) => T,
  problems: SeedProblem[],
): Located<T>[] {
  const records: Located<T>[] = [];
  for (const row of readTsvRows(dir, name, columns, problems)) {
    const field: Field = (column, parse) => {
      try {
        return parse(row.fields[columns.indexOf(column)]!);
      } catch (error) {
        throw new FieldError(`${column}: ${messageOf(error)}`);
      }
    };
    try {
      records.push({ value: build(field), file: row.file, line: row.line });
    } catch (error) {
      problems.push({ file: row.file, line: row.line, message: messageOf(error) });
    }
  }
  return records;
}

const isSynonymList = (value: unknown): value is HpoSynonym[] =>
  Array.isArray(value) &&
  value.every(
    (s: Partial<Record<keyof HpoSynonym, unknown>>) =>
      typeof s === 'object' &&
      s !== null &&
      typeof s.text === 'string' &&
      ['exact', 'broad', 'narrow', 'related'].includes(s.scope as string) &&
      (s.type === null || typeof s.type === 'string'),
  );

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isRecordList = (value: unknown): value is { id: string; name: string }[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (r: Partial<Record<'id' | 'name', unknown>>) =>
      typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.name === 'string',
  );

const hp = (text: string) => curieOf(text, 'HP');

export const readPhenotypes = (dir: string, problems: SeedProblem[]) =>
  readRecords(
    dir,
    'phenotypes.tsv',
    ['id', 'label', 'definition', 'synonyms', 'parents', 'obsolete', 'replaced_by'],
    (field): HpoPhenotype => ({
      id: field('id', hp),
      label: field('label', nonEmpty),
      definition: field('definition', (text) => text),
      synonyms: field('synonyms', (t) => jsonOf(t, isSynonymList, 'a list of synonyms')),
      parents: field('parents', (t) => jsonOf(t, isStringList, 'a list of HP ids').map(hp)),
      obsolete: field('obsolete', booleanOf),
      replacedBy: field('replaced_by', (text) => (text === '' ? null : hp(text))),
    }),
    problems,
  );

export const readDiseases = (dir: string, problems: SeedProblem[]) =>
  readRecords(
    dir,
    'diseases.tsv',
    ['id', 'name', 'records'],
    (field): HpoDisease => ({
      id: field('id', nodeIdOf),
      name: field('name', nonEmpty),
      records: field('records', (text) =>
        jsonOf(text, isRecordList, 'a list of records with names').map((r) => ({
          id: recordOf(r.id),
          name: r.name,
        })),
      ),
    }),
    problems,
  );

const ANNOTATION_COLUMNS = [
  'database_id',
  'disease_name',
  'qualifier',
  'hpo_id',
  'reference',
  'evidence',
  'onset',
  'frequency',
  'sex',
  'modifier',
  'aspect',
  'biocuration',
  'node_id',
] as const;

export const readAnnotations = (dir: string, problems: SeedProblem[]) =>
  readRecords(
    dir,
    'annotations.tsv',
    ANNOTATION_COLUMNS,
    (field): HpoAnnotation => ({
      record: field('database_id', recordOf),
      diseaseName: field('disease_name', nonEmpty),
      negated: field('qualifier', negatedOf),
      hpoId: field('hpo_id', hp),
      references: field('reference', (text) => listOf(nonEmpty(text), referenceOf)),
      evidence: field('evidence', evidenceOf),
      onset: field('onset', (text) => (text === '' ? null : hp(text))),
      frequency: field('frequency', frequencyOf),
      sex: field('sex', sexOf),
      modifiers: field('modifier', (text) => listOf(text, hp)),
      aspect: field('aspect', aspectOf),
      biocuration: field('biocuration', (text) => listOf(nonEmpty(text), biocurationOf)),
      nodeId: field('node_id', nodeIdOf),
    }),
    problems,
  );

export const readGenes = (dir: string, problems: SeedProblem[]) =>
  readRecords(
    dir,
    'genes.tsv',
    ['id', 'symbol'],
    (field): HpoGene => ({
      id: field('id', (text) => curieOf(text, 'NCBIGene')),
      symbol: field('symbol', nonEmpty),
    }),
    problems,
  );

export const readGeneDiseases = (dir: string, problems: SeedProblem[]) =>
  readRecords(
    dir,
    'gene-diseases.tsv',
    ['gene', 'record', 'node_id'],
    (field): HpoGeneDisease => ({
      gene: field('gene', (text) => curieOf(text, 'NCBIGene')),
      record: field('record', recordOf),
      nodeId: field('node_id', nodeIdOf),
    }),
    problems,
  );
