import type { RetiredIdContent } from '../../domain';
import type { ParsedSeedFile } from '../read-seed-files';
import type { Located, SeedProblems } from './seed-problems';

type RetiredEntry = NonNullable<ParsedSeedFile['content']['retired']>[number];

/** A retired id names nothing now, and what replaced it exists (or nothing did, with a reason). */
export function checkRetired(
  problems: SeedProblems,
  retired: Located<RetiredEntry>[],
  live: { entity: ReadonlySet<string> | ReadonlyMap<string, unknown>; fact: ReadonlySet<string> },
): RetiredIdContent[] {
  const records: RetiredIdContent[] = [];
  const retiredIds = new Set<string>();
  for (const r of retired) {
    const { id, kind, replacedBy, since, reason } = r.item;
    if (retiredIds.has(id)) problems.at(r, 'retired', ['id'], `"${id}" is retired twice`);
    retiredIds.add(id);
    const ids = live[kind];
    if (ids.has(id)) problems.at(r, 'retired', ['id'], `"${id}" is retired but still exists`);
    if (replacedBy !== undefined && !ids.has(replacedBy))
      problems.at(r, 'retired', ['replacedBy'], `"${replacedBy}" is not a ${kind} of this version`);
    records.push({ id, kind, replacedBy: replacedBy ?? null, since, reason });
  }
  return records;
}
