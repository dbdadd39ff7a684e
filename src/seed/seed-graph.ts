import { DEFAULT_CATEGORY, contentHash, type GraphContent } from '../domain';
import { SeedValidationError, type SeedProblem } from './seed-error';
import { readSeedFiles, type ParsedSeedFile } from './read-seed-files';
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
  return built.graph;
}
