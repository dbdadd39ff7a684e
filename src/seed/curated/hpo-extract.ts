import type { SeedProblem } from '../seed-error';
import { CuratedExtractError } from './curated-error';
import type { HpoAspect } from './hpo-fields';
import {
  readAnnotations,
  readDiseases,
  readGeneDiseases,
  readGenes,
  readPhenotypes,
  type HpoAnnotation,
  type HpoDisease,
  type HpoGene,
  type HpoGeneDisease,
  type HpoPhenotype,
  type Located,
} from './hpo-records';

/** The HPO extract as plain records, every identifier checked against the files beside it. */
export interface HpoExtract {
  phenotypes: HpoPhenotype[];
  diseases: HpoDisease[];
  annotations: HpoAnnotation[];
  genes: HpoGene[];
  geneDiseases: HpoGeneDisease[];
}

/** The HPO term each aspect's terms descend from, and those of the annotation's other columns. */
const ASPECT_ROOTS: Record<HpoAspect, string> = {
  P: 'HP:0000118', // Phenotypic abnormality
  I: 'HP:0000005', // Mode of inheritance
  C: 'HP:0031797', // Clinical course
  M: 'HP:0012823', // Clinical modifier
  H: 'HP:0032443', // Past medical history
};
const ONSET = 'HP:0003674';
const FREQUENCY = 'HP:0040279';
const MODIFIER = 'HP:0012823';

/** The term and every is_a ancestor of it, by id; terms not in the extract have none. */
function ancestorsOf(phenotypes: Map<string, HpoPhenotype>): (id: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  const of = (id: string): Set<string> => {
    const known = cache.get(id);
    if (known) return known;
    const found = new Set([id]);
    cache.set(id, found);
    for (const parent of phenotypes.get(id)?.parents ?? [])
      for (const a of of(parent)) found.add(a);
    return found;
  };
  return of;
}

function unique<T>(items: Located<T>[], key: (item: T) => string, problems: SeedProblem[]) {
  const seen = new Map<string, number>();
  for (const { value, file, line } of items) {
    const id = key(value);
    const first = seen.get(id);
    if (first !== undefined) problems.push({ file, line, message: `${id} again (line ${first})` });
    else seen.set(id, line);
  }
}

function checkPhenotypes(items: Located<HpoPhenotype>[], problems: SeedProblem[]) {
  const known = new Set(items.map((p) => p.value.id));
  unique(items, (p) => p.id, problems);
  for (const { value, file, line } of items)
    for (const parent of value.parents)
      if (!known.has(parent))
        problems.push({ file, line, message: `parent ${parent} is not in phenotypes.tsv` });
}

function checkAnnotations(
  items: Located<HpoAnnotation>[],
  phenotypes: Map<string, HpoPhenotype>,
  recordNode: Map<string, string>,
  problems: SeedProblem[],
) {
  const ancestors = ancestorsOf(phenotypes);
  const termProblem = (id: string, under: string, what: string): string | null => {
    const term = phenotypes.get(id);
    if (!term) return `${what} ${id} is not in phenotypes.tsv`;
    if (term.obsolete) return `${what} ${id} is obsolete`;
    if (!ancestors(id).has(under)) return `${what} ${id} is not under ${under}`;
    return null;
  };
  for (const { value: a, file, line } of items) {
    const found = [
      termProblem(a.hpoId, ASPECT_ROOTS[a.aspect], `hpo_id (aspect ${a.aspect})`),
      a.onset === null ? null : termProblem(a.onset, ONSET, 'onset'),
      a.frequency?.kind === 'term' ? termProblem(a.frequency.id, FREQUENCY, 'frequency') : null,
      ...a.modifiers.map((m) => termProblem(m, MODIFIER, 'modifier')),
    ];
    const node = recordNode.get(a.record);
    if (node === undefined) found.push(`record ${a.record} is not a record of diseases.tsv`);
    else if (node !== a.nodeId)
      found.push(`node_id ${a.nodeId} is not the disease of ${a.record} (${node})`);
    for (const message of found) if (message) problems.push({ file, line, message });
  }
}

function checkGenes(
  genes: Located<HpoGene>[],
  pairs: Located<HpoGeneDisease>[],
  recordNode: Map<string, string>,
  problems: SeedProblem[],
) {
  unique(genes, (g) => g.id, problems);
  unique(pairs, (p) => `${p.gene} ${p.record}`, problems);
  const known = new Set(genes.map((g) => g.value.id));
  for (const { value: p, file, line } of pairs) {
    if (!known.has(p.gene)) problems.push({ file, line, message: `${p.gene} is not in genes.tsv` });
    const node = recordNode.get(p.record);
    if (node === undefined)
      problems.push({ file, line, message: `${p.record} is not a record of diseases.tsv` });
    else if (node !== p.nodeId)
      problems.push({ file, line, message: `node_id ${p.nodeId} is not ${node}` });
  }
}

/**
 * Reads the extract in `dir` and checks it whole: every row's form, and every
 * identifier a row uses against the file that defines it. Throws a
 * CuratedExtractError naming each problem's file and line.
 */
export function readHpoExtract(dir: string): HpoExtract {
  const problems: SeedProblem[] = [];
  const phenotypes = readPhenotypes(dir, problems);
  const diseases = readDiseases(dir, problems);
  const annotations = readAnnotations(dir, problems);
  const genes = readGenes(dir, problems);
  const geneDiseases = readGeneDiseases(dir, problems);

  checkPhenotypes(phenotypes, problems);
  unique(diseases, (d) => d.id, problems);
  const recordNode = new Map<string, string>();
  for (const { value: disease, file, line } of diseases)
    for (const record of disease.records) {
      if (recordNode.has(record.id))
        problems.push({ file, line, message: `${record.id} is a record of two diseases` });
      recordNode.set(record.id, disease.id);
    }
  const byId = new Map(phenotypes.map((p) => [p.value.id, p.value]));
  checkAnnotations(annotations, byId, recordNode, problems);
  checkGenes(genes, geneDiseases, recordNode, problems);
  if (problems.length > 0) throw new CuratedExtractError(problems);

  const values = <T>(items: Located<T>[]) => items.map((item) => item.value);
  return {
    phenotypes: values(phenotypes),
    diseases: values(diseases),
    annotations: values(annotations),
    genes: values(genes),
    geneDiseases: values(geneDiseases),
  };
}
