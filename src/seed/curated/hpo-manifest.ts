import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SeedProblem } from '../seed-error';
import { CuratedExtractError } from './curated-error';
import { readHpoExtract, type HpoExtract } from './hpo-extract';
import type { HpoPhenotype } from './hpo-records';

/** The extract's files, which the manifest gives a sha256 each. */
const HPO_EXTRACT_FILES = [
  'annotations.tsv',
  'diseases.tsv',
  'gene-diseases.tsv',
  'genes.tsv',
  'phenotypes.tsv',
] as const;

const sha256 = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const count = z.number().int().nonnegative();

/** Counts the extract itself shows, each recomputed by the check. */
const CHECKED_COUNTS = [
  'diseases',
  'records',
  'omim_records',
  'orpha_records',
  'records_mapped_exactly',
  'diseases_keeping_record_curie',
  'mondo_classes',
  'mondo_classes_merging_records',
  'mondo_classes_with_omim_and_orpha',
  'mondo_classes_with_two_records_of_one_source',
  'phenotype_terms',
  'myoclonus_subtree_terms',
  'annotations',
  'not_annotations',
  'genes',
  'gene_disease_pairs',
] as const;
type CheckedCount = (typeof CHECKED_COUNTS)[number];

const manifestSchema = z.object({
  release: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  package: z.string().min(1),
  slice: z.enum(['myoclonus', 'all']),
  seed: z.string().regex(/^HP:\d{7}$/),
  files: z.record(z.string(), sha256),
  mondo: z.object({
    repository: z.string(),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    sssom: z.record(z.string(), sha256),
    rule: z.string().min(1),
  }),
  counts: z.object({
    ...Object.fromEntries(CHECKED_COUNTS.map((name) => [name, count])),
    // What MONDO's files say of records outside the extract's reach; recorded, not recomputed.
    records_to_several_classes: count,
  } as Record<CheckedCount | 'records_to_several_classes', typeof count>),
  extract: z.record(z.string(), sha256),
});
export type HpoManifest = z.infer<typeof manifestSchema>;

function readHpoManifest(dir: string): HpoManifest {
  const file = path.join(dir, 'manifest.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CuratedExtractError([
      {
        file,
        message:
          "missing: an extract is loaded only with the manifest that gives its files' sha256 and counts",
      },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CuratedExtractError([{ file, message: `not readable JSON: ${String(error)}` }]);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new CuratedExtractError(
      parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    );
  return parsed.data;
}

/**
 * The seed term and every term of the extract under it by is_a: those whose
 * ancestors include it. Found down from the seed, in one pass over the terms.
 */
function subtreeOf(phenotypes: HpoPhenotype[], seed: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const term of phenotypes)
    for (const parent of term.parents) {
      const known = children.get(parent);
      if (known) known.push(term.id);
      else children.set(parent, [term.id]);
    }
  const found = new Set([seed]);
  const next = [seed];
  for (let id = next.pop(); id !== undefined; id = next.pop())
    for (const child of children.get(id) ?? [])
      if (!found.has(child)) {
        found.add(child);
        next.push(child);
      }
  return found;
}

/** The counts of the manifest as the extract's own records give them. */
function countHpoExtract(extract: HpoExtract, subtree: Set<string>): Record<CheckedCount, number> {
  const records = extract.diseases.flatMap((d) => d.records);
  const mondo = extract.diseases.filter((d) => d.id.startsWith('MONDO:'));
  const sources = (d: (typeof mondo)[number]) => d.records.map((r) => r.id.split(':')[0]);
  return {
    diseases: extract.diseases.length,
    records: records.length,
    omim_records: records.filter((r) => r.id.startsWith('OMIM:')).length,
    orpha_records: records.filter((r) => r.id.startsWith('ORPHA:')).length,
    records_mapped_exactly: mondo.reduce((n, d) => n + d.records.length, 0),
    diseases_keeping_record_curie: extract.diseases.length - mondo.length,
    mondo_classes: mondo.length,
    mondo_classes_merging_records: mondo.filter((d) => d.records.length > 1).length,
    mondo_classes_with_omim_and_orpha: mondo.filter((d) => new Set(sources(d)).size === 2).length,
    mondo_classes_with_two_records_of_one_source: mondo.filter(
      (d) => new Set(sources(d)).size < d.records.length,
    ).length,
    phenotype_terms: extract.phenotypes.length,
    myoclonus_subtree_terms: extract.phenotypes.filter((p) => !p.obsolete && subtree.has(p.id))
      .length,
    annotations: extract.annotations.length,
    not_annotations: extract.annotations.filter((a) => a.negated).length,
    genes: extract.genes.length,
    gene_disease_pairs: extract.geneDiseases.length,
  };
}

/**
 * Reads the extract in `dir` and checks it against its manifest: each file's
 * sha256, every count, and, for the myoclonus slice, that each disease has a
 * positive annotation to the seed term or a narrower one. Offline; throws a
 * CuratedExtractError listing every difference.
 */
export function verifyHpoExtract(dir: string): { manifest: HpoManifest; extract: HpoExtract } {
  const manifest = readHpoManifest(dir);
  const manifestFile = path.join(dir, 'manifest.json');
  const problems: SeedProblem[] = [];
  for (const name of HPO_EXTRACT_FILES) {
    const listed = manifest.extract[name]?.sha256;
    if (!listed) {
      problems.push({ file: manifestFile, message: `no sha256 for ${name}` });
      continue;
    }
    let actual: string;
    try {
      actual = createHash('sha256')
        .update(readFileSync(path.join(dir, name)))
        .digest('hex');
    } catch {
      continue; // readHpoExtract names the missing file
    }
    if (actual !== listed)
      problems.push({
        file: path.join(dir, name),
        message: `sha256 ${actual} is not the manifest's ${listed}`,
      });
  }
  let extract: HpoExtract;
  try {
    extract = readHpoExtract(dir);
  } catch (error) {
    if (error instanceof CuratedExtractError)
      throw new CuratedExtractError([...problems, ...error.problems]);
    throw error;
  }
  const subtree = subtreeOf(extract.phenotypes, manifest.seed);
  const counts = countHpoExtract(extract, subtree);
  for (const name of CHECKED_COUNTS)
    if (counts[name] !== manifest.counts[name])
      problems.push({
        file: manifestFile,
        field: `counts.${name}`,
        message: `the extract has ${counts[name]}, the manifest says ${manifest.counts[name]}`,
      });
  if (manifest.slice === 'myoclonus') {
    const inSlice = new Set(
      extract.annotations.filter((a) => !a.negated && subtree.has(a.hpoId)).map((a) => a.nodeId),
    );
    for (const disease of extract.diseases.filter((d) => !inSlice.has(d.id)))
      problems.push({
        file: path.join(dir, 'diseases.tsv'),
        message: `${disease.id} has no annotation to ${manifest.seed} or a narrower term`,
      });
  }
  if (problems.length > 0) throw new CuratedExtractError(problems);
  return { manifest, extract };
}
