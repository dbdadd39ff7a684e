import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CATEGORY, contentHash, type GraphContent } from '../domain';
import { CuratedExtractError } from './curated/curated-error';
import type { HpoExtract } from './curated/hpo-extract';
import { verifyHpoExtract } from './curated/hpo-manifest';
import { HPO_SOURCE_ID, buildCuratedLayer } from './curated-layer';
import { SeedValidationError, type SeedProblem } from './seed-error';
import { CURATED_DIR, readSeedFiles, type ParsedSeedFile } from './read-seed-files';
import {
  OntologyExtractError,
  readOntologyExtracts,
  type OntologyExtracts,
} from './ontology-extracts';
import { CitationCheck } from './checks/citations';
import { checkEntities } from './checks/entities';
import { checkFacts, checkStatistics } from './checks/facts';
import { checkRetired } from './checks/retired';
import { SeedProblems, collect } from './checks/seed-problems';

/**
 * Cross-file checks: unique ids, references that resolve, predicates joining
 * the kinds they allow. The merged content of all seed files is what the
 * loader writes.
 */
function buildSeedGraph(
  files: ParsedSeedFile[],
  extracts: OntologyExtracts,
): {
  graph?: GraphContent;
  problems: SeedProblem[];
} {
  const problems = new SeedProblems();
  const versions = files.filter((f) => f.content.version !== undefined);
  if (versions.length !== 1) {
    problems.add({
      file: versions[1]?.file ?? files[0]?.file ?? 'seeds',
      field: 'version',
      message: `exactly one seed file must give the seed version (found ${versions.length})`,
    });
  }

  const sources = collect(files, 'sources');
  const entities = collect(files, 'entities');
  const citations = new CitationCheck(problems, sources, collect(files, 'outlines'));
  const { kindById, usedIds, resolved } = checkEntities(problems, citations, entities, extracts);
  const facts = checkFacts(problems, citations, collect(files, 'facts'), kindById);
  const statistics = collect(files, 'statistics');
  const figures = checkStatistics(problems, citations, statistics, kindById, usedIds, facts);
  const factRecords = [...facts, ...figures];
  const retiredRecords = checkRetired(problems, collect(files, 'retired'), {
    entity: kindById,
    fact: new Set(factRecords.map((f) => f.id)),
  });

  if (problems.any) return { problems: problems.list };
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const content = {
    version: versions[0]?.content.version ?? '0.0.0',
    sources: sources.map((s) => s.item).sort(byId),
    entities: entities
      .map(({ item: { synonyms, ...e } }) => ({
        ...e,
        names: synonyms,
        category: e.category ?? DEFAULT_CATEGORY[e.kind],
        xrefs: resolved.get(e.id)!.xrefs,
        ontologySynonyms: resolved.get(e.id)!.ontologySynonyms,
      }))
      .sort(byId),
    facts: factRecords.sort(byId),
    statistics: statistics.map((s) => s.item).sort(byId),
    retired: retiredRecords.sort(byId),
  };
  return { graph: { ...content, contentHash: contentHash(content) }, problems: [] };
}

/** Reads, validates and merges the seed folder; throws SeedValidationError listing every problem. */
export function loadSeedGraph(dir: string): GraphContent {
  const { files, problems } = readSeedFiles(dir);
  if (problems.length > 0) throw new SeedValidationError(problems);
  let extracts: OntologyExtracts;
  try {
    extracts = readOntologyExtracts(dir);
  } catch (error) {
    if (!(error instanceof OntologyExtractError)) throw error;
    throw new SeedValidationError([{ file: dir, message: error.message }]);
  }
  const built = buildSeedGraph(files, extracts);
  if (!built.graph) throw new SeedValidationError(built.problems);
  const curatedDir = path.join(dir, CURATED_DIR, 'hpo');
  return existsSync(curatedDir) ? withCuratedLayer(built.graph, curatedDir) : built.graph;
}

/**
 * The article's graph joined with HPO's extract (seeds/curated/hpo): its
 * nodes and edges, and the article entities that are curated nodes. An
 * extract that is malformed, or whose files are not those its manifest
 * describes (each file's sha256, the counts), throws, naming file and line;
 * nothing is loaded. A row dropped or a file cut at a line break reads as a
 * well-formed extract: only the manifest tells it from the one committed, and
 * a load of it would remove the missing statements from the graph.
 */
function withCuratedLayer(graph: GraphContent, dir: string): GraphContent {
  let extract: HpoExtract;
  try {
    ({ extract } = verifyHpoExtract(dir));
  } catch (error) {
    if (!(error instanceof CuratedExtractError)) throw error;
    throw new SeedValidationError(error.problems);
  }
  if (!graph.sources.some((s) => s.id === HPO_SOURCE_ID))
    throw new SeedValidationError([
      { file: dir, message: `the seeds name no source "${HPO_SOURCE_ID}" for the extract` },
    ]);
  const { curated, entities, retired } = buildCuratedLayer(extract, graph.entities);
  const { contentHash: _articleHash, ...content } = graph;
  const joined = { ...content, entities, curated, retired: [...graph.retired, ...retired] };
  return { ...joined, contentHash: contentHash(joined) };
}
