import { GraphNotReadyError } from '../errors';
import { PREDICATE_NAMES, entityRef, type PredicateName } from '../domain';
import type {
  ConceptRecord,
  EntityRecord,
  FactRecord,
  GraphReader,
  RetiredIdRecord,
} from '../graph/read';
import { lookUpNode } from './entity-lookup';

/**
 * What get_facts reads for each id asked: the entity or curated node it
 * names, and (for an article entity) its facts in the order the tool gives
 * them: its own first, then (depth 2) its neighbours', by predicate and id.
 */

/** Facts read per entity; the whole graph holds fewer. */
const FACTS_READ_PER_ENTITY = 1_000;

const PREDICATE_ORDER = new Map(PREDICATE_NAMES.map((name, i) => [name, i]));

/** An entity's facts: its own first, then its neighbours', by predicate and id. */
function orderFacts(entityId: string, facts: FactRecord[]): FactRecord[] {
  const distance = (f: FactRecord) =>
    f.subject.id === entityId || f.object.id === entityId ? 0 : 1;
  return [...facts].sort(
    (a, b) =>
      distance(a) - distance(b) ||
      PREDICATE_ORDER.get(a.predicate)! - PREDICATE_ORDER.get(b.predicate)! ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export interface EntityAnswer {
  ref: string;
  entity: EntityRecord | null;
  /** A node only the curated layer has (a disease, phenotype term or gene of HPO's). */
  concept: ConceptRecord | null;
  /** The id asked for was retired: its record (the entity is the one that replaced it). */
  retired: RetiredIdRecord | null;
  facts: FactRecord[];
  /** The content hash the facts were read with (null when nothing was read). */
  contentHash: string | null;
}

export async function readEntity(
  reader: GraphReader,
  ref: string,
  predicates: PredicateName[],
  depth: number,
): Promise<EntityAnswer> {
  const none = { ref, entity: null, concept: null, retired: null, facts: [], contentHash: null };
  // By our id the facts are read first; a CURIE is looked up first.
  const named = entityRef(ref);
  const factsOf = async (id: string) => {
    if (predicates.length === 0) return { facts: [], contentHash: null };
    const page = await reader.factPage({
      about: id,
      predicates,
      depth,
      first: FACTS_READ_PER_ENTITY,
      after: null,
    });
    return { facts: page.items, contentHash: page.contentHash };
  };
  if ('id' in named) {
    const { id } = named;
    // The entity is an end of its own facts; it is read alone only when it has none.
    const { facts, contentHash } = await factsOf(id);
    const own = facts.find((f) => f.subject.id === id || f.object.id === id);
    if (own) {
      const entity = own.subject.id === id ? own.subject : own.object;
      return { ...none, entity, facts: orderFacts(entity.id, facts), contentHash };
    }
    // No facts: the entity alone, or the one that replaced a retired id.
    const { entity, retired } = await reader.entityOrSuccessor(id);
    if (!entity || !retired) return { ...none, entity, retired, contentHash };
    const successor = await factsOf(entity.id);
    return {
      ...none,
      entity,
      retired,
      facts: orderFacts(entity.id, successor.facts),
      contentHash: successor.contentHash,
    };
  }
  const { entity, concept } = await lookUpNode(reader, ref);
  if (!entity) return { ...none, concept };
  const { facts, contentHash } = await factsOf(entity.id);
  return { ...none, entity, facts: orderFacts(entity.id, facts), contentHash };
}

/**
 * The content hash the facts were read with: each page brings it from its own
 * transaction, so the hash (and a cursor made from it) describes exactly the
 * facts given. Asked for alone only when no page was read. Pages read across
 * a reseed would mix two graphs: the call is refused, to be made again.
 */
export async function contentHashOf(
  reader: GraphReader,
  hashesRead: (string | null)[],
): Promise<string> {
  const hashes = new Set(hashesRead.filter((h): h is string => h !== null));
  if (hashes.size > 1)
    throw new GraphNotReadyError('The graph was reseeded during this call; make the call again.');
  const [hash] = hashes;
  return hash ?? (await reader.graphInfo()).contentHash;
}
