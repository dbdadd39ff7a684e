import { normalizeName, type EntityKindName } from '../../domain';
import type { OntologyExtracts } from '../ontology-extracts';
import type { ParsedSeedFile } from '../read-seed-files';
import { resolveXrefs } from '../xrefs';
import type { CitationCheck } from './citations';
import type { Located, SeedProblems } from './seed-problems';

type EntityEntry = NonNullable<ParsedSeedFile['content']['entities']>[number];

/** What the entity checks leave for the other checks and for the graph. */
export interface CheckedEntities {
  kindById: Map<string, EntityKindName>;
  /** Every id taken so far (entities, then statistics). */
  usedIds: Set<string>;
  resolved: Map<string, ReturnType<typeof resolveXrefs>>;
}

/** Unique ids, a citation each, no name twice, cross-references found in their ontologies. */
export function checkEntities(
  problems: SeedProblems,
  citations: CitationCheck,
  entities: Located<EntityEntry>[],
  extracts: OntologyExtracts,
): CheckedEntities {
  const kindById = new Map<string, EntityKindName>();
  const usedIds = new Set<string>();
  const resolved = new Map<string, ReturnType<typeof resolveXrefs>>();
  for (const e of entities) {
    if (usedIds.has(e.item.id))
      problems.at(e, 'entities', ['id'], `duplicate entity id "${e.item.id}"`);
    usedIds.add(e.item.id);
    kindById.set(e.item.id, e.item.kind);
    citations.check(e, 'entities', e.item.citation, ['citation']);
    const names = new Set([normalizeName(e.item.name)]);
    e.item.synonyms.forEach((name, index) => {
      const key = normalizeName(name.text);
      if (names.has(key))
        problems.at(e, 'entities', ['synonyms', index, 'text'], `"${name.text}" is named twice`);
      names.add(key);
    });
    const xrefs = resolveXrefs(e.item, extracts);
    for (const problem of xrefs.problems)
      problems.at(e, 'entities', problem.field, problem.message);
    resolved.set(e.item.id, xrefs);
  }
  return { kindById, usedIds, resolved };
}
