import { entityRef, type EntityKindName } from '../domain';
import type { CuratedKindName } from '../domain/curated';
import { normalizeCurie } from '../domain/curies';
import {
  WEAK_MATCH_BELOW,
  type ConceptRecord,
  type EntityRecord,
  type GraphReader,
} from '../graph/read';

/** An entity named in a tool call: by our id (a retired one finds its replacement), or by a CURIE it maps to exactly. */
async function lookUpEntity(reader: GraphReader, ref: string): Promise<EntityRecord | null> {
  const named = entityRef(ref);
  // A retired id finds the entity that replaced it.
  if ('id' in named) return (await reader.entityOrSuccessor(named.id)).entity;
  return named.curie === null ? null : reader.entityByXref(named.curie);
}

/** What an id or CURIE names: an article entity, or a node only the curated layer has. */
export interface NodeFound {
  entity: EntityRecord | null;
  concept: ConceptRecord | null;
}

/**
 * An entity or curated node named in a tool call: by our id, by a CURIE an
 * article entity maps to exactly, or by any CURIE a node carries (an OMIM or
 * ORPHA record merged into a MONDO disease finds that disease).
 */
export async function lookUpNode(reader: GraphReader, ref: string): Promise<NodeFound> {
  const entity = await lookUpEntity(reader, ref);
  if (entity || 'id' in entityRef(ref)) return { entity, concept: null };
  const curie = normalizeCurie(ref);
  const concept = curie === null ? null : await reader.concept(curie);
  if (!concept) return { entity: null, concept: null };
  if (concept.isArticleEntity) return { entity: await reader.entity(concept.id), concept: null };
  return { entity: null, concept };
}

export interface SuggestionView {
  id: string;
  name: string;
  kind: EntityKindName | CuratedKindName;
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
