import { entityRef, type EntityKindName } from '../domain';
import { WEAK_MATCH_BELOW, type EntityRecord, type GraphReader } from '../graph/read';

/** An entity named in a tool call: by our id, or by a CURIE it maps to exactly. */
export async function lookUpEntity(reader: GraphReader, ref: string): Promise<EntityRecord | null> {
  const named = entityRef(ref);
  if ('id' in named) return reader.entity(named.id);
  return named.curie === null ? null : reader.entityByXref(named.curie);
}

export interface SuggestionView {
  id: string;
  name: string;
  kind: EntityKindName;
}

/** For an id that names nothing: the entities its words name best (none that match only weakly). */
export async function suggestionsFor(
  reader: GraphReader,
  ref: string,
  count = 3,
): Promise<SuggestionView[]> {
  const hits = await reader.search(ref.replace(/[-_:]+/g, ' '), null, count);
  return hits
    .filter((hit) => hit.score >= WEAK_MATCH_BELOW)
    .map(({ entity }) => ({ id: entity.id, name: entity.name, kind: entity.kind }));
}

export const suggestionsText = (suggestions: SuggestionView[]) =>
  suggestions.length === 0
    ? 'no suggestions'
    : `did you mean ${suggestions.map((s) => `${s.id} "${s.name}" (${s.kind})`).join(', ')}`;
