import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MatchType, NameScope } from '../domain';
import { ONTOLOGIES_DIR } from './read-seed-files';

/**
 * The ontology extracts beside the seed files (seeds/ontologies/, rebuilt by
 * scripts/refresh-ontologies.sh from each ontology's own file): for every
 * identifier the seeds cite, the term as its ontology has it.
 */

/** The ontologies whose identifiers a seed may cite, each with its extract. */
const CITED_ONTOLOGIES = ['HP', 'MONDO', 'MESH', 'ICD10CM'] as const;
export type CitedOntology = (typeof CITED_ONTOLOGIES)[number];

export interface OntologyTerm {
  id: string;
  /** False when the ontology's file does not have the identifier at all. */
  found: boolean;
  label: string;
  obsolete: boolean;
  replacedBy: string | null;
  /** Its synonyms, each with the scope the ontology gives it (and its type, such as layperson, where given). */
  synonyms: OntologyTermSynonym[];
  /** Names (labels and exact synonyms) of the terms below it, nearest first, bounded by the extract builder. */
  narrower: { id: string; text: string }[];
  /** UMLS and SNOMED CT identifiers the ontology's own files map the term to. */
  mappings: { id: string; match: MatchType }[];
}

interface OntologyTermSynonym {
  text: string;
  scope: NameScope;
  type?: string;
}

interface OntologySource {
  name: string;
  release: string;
  from: string;
  extracted: string;
  file: string;
}

export interface OntologyExtracts {
  sources: Record<CitedOntology | 'biolink', OntologySource>;
  term(id: string): OntologyTerm | undefined;
}

export class OntologyExtractError extends Error {
  override name = 'OntologyExtractError';
}

function readTerms(file: string): OntologyTerm[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  const expected = [
    'id',
    'found',
    'label',
    'obsolete',
    'replaced_by',
    'synonyms',
    'narrower',
    'mappings',
  ];
  if (columns.join('\t') !== expected.join('\t'))
    throw new OntologyExtractError(`${file}: columns are not ${expected.join(', ')}`);
  return lines.map((line, i) => {
    const [id, found, label, obsolete, replacedBy, synonyms, narrower, mappings] = line.split('\t');
    try {
      return {
        id: id!,
        found: found === 'true',
        label: label ?? '',
        obsolete: obsolete === 'true',
        replacedBy: replacedBy ? replacedBy : null,
        synonyms: JSON.parse(synonyms ?? '[]') as OntologyTermSynonym[],
        narrower: JSON.parse(narrower ?? '[]') as OntologyTerm['narrower'],
        mappings: JSON.parse(mappings ?? '[]') as OntologyTerm['mappings'],
      };
    } catch {
      throw new OntologyExtractError(`${file}:${i + 2}: malformed line`);
    }
  });
}

/** Reads the extracts of `seedDir`/ontologies; throws OntologyExtractError when one is missing or malformed. */
export function readOntologyExtracts(seedDir: string): OntologyExtracts {
  const dir = path.join(seedDir, ONTOLOGIES_DIR);
  const sourcesFile = path.join(dir, 'sources.json');
  if (!existsSync(sourcesFile))
    throw new OntologyExtractError(
      `${sourcesFile} is missing: run scripts/refresh-ontologies.sh to build the ontology extracts`,
    );
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as OntologyExtracts['sources'];
  const terms = new Map<string, OntologyTerm>();
  for (const ontology of CITED_ONTOLOGIES) {
    const source = sources[ontology];
    if (!source) throw new OntologyExtractError(`${sourcesFile} names no extract for ${ontology}`);
    for (const term of readTerms(path.join(dir, source.file))) terms.set(term.id, term);
  }
  return { sources, term: (id) => terms.get(id) };
}
