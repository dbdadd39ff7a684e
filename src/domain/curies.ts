/**
 * Where a CURIE's term is described on the web: the Biolink Model's prefix
 * map for HP, MONDO, MeSH, UMLS and SNOMED CT; BioPortal for ICD-10-CM, which
 * that map lacks.
 */
const RESOLVERS: Record<string, string> = {
  HP: 'http://purl.obolibrary.org/obo/HP_',
  MONDO: 'http://purl.obolibrary.org/obo/MONDO_',
  MESH: 'http://id.nlm.nih.gov/mesh/',
  UMLS: 'http://identifiers.org/umls/',
  SNOMEDCT: 'http://snomed.info/id/',
  ICD10CM: 'http://purl.bioontology.org/ontology/ICD10CM/',
};

/** The prefixes a cross-reference may have. */
const XREF_PREFIXES = Object.keys(RESOLVERS);

export const curiePrefix = (curie: string) => curie.slice(0, curie.indexOf(':'));

export function curieUrl(curie: string): string {
  const prefix = curiePrefix(curie);
  const base = RESOLVERS[prefix];
  if (!base) throw new Error(`no resolver for the prefix of ${curie}`);
  return `${base}${curie.slice(prefix.length + 1)}`;
}

/**
 * A CURIE as a client may type it (`hp:0001336`, `MeSH:D009207`), with the
 * prefix as this graph spells it; null when it is not a CURIE of a known prefix.
 */
function normalizeCurie(text: string): string | null {
  const match = /^([A-Za-z][A-Za-z0-9]*):(\S+)$/.exec(text.trim());
  if (!match) return null;
  const prefix = XREF_PREFIXES.find((p) => p.toLowerCase() === match[1]!.toLowerCase());
  return prefix ? `${prefix}:${match[2]}` : null;
}

/**
 * How a client names an entity: by one of our ids (kebab-case, never with a
 * colon) or, with a colon, by a CURIE it matches exactly (`curie` is null
 * when the text is not a CURIE of a known prefix, and so names nothing).
 */
export type EntityRef = { id: string } | { curie: string | null };

/** This graph's own prefix: a release names each entity `MYOKG:<id>`, each fact `MYOKG:<fact id>`. */
export const LOCAL_PREFIX = 'MYOKG';

/** A release's own CURIE (`MYOKG:myoclonus`, any case of the prefix) names the entity with that id. */
const LOCAL_CURIE = new RegExp(`^${LOCAL_PREFIX}:([^:\\s]+)$`, 'i');

export const entityRef = (text: string): EntityRef => {
  if (!text.includes(':')) return { id: text };
  const local = LOCAL_CURIE.exec(text.trim());
  return local ? { id: local[1]! } : { curie: normalizeCurie(text) };
};

/** The prefixes of the curated layer's CURIEs, as the graph spells them. */
const NODE_PREFIXES = [...XREF_PREFIXES, 'OMIM', 'ORPHA', 'NCBIGene'];

/**
 * The id or CURIE a client names a node of either layer by, as the graph
 * spells it: a release's own CURIE (`MYOKG:myoclonus`) is its id; a CURIE's
 * prefix in any case (`hp:0001336`) is the graph's; anything else as typed.
 */
export const nodeRefId = (text: string): string => {
  const ref = entityRef(text);
  if ('id' in ref) return ref.id;
  const match = /^([A-Za-z][A-Za-z0-9]*):(\S+)$/.exec(text.trim());
  const prefix = match && NODE_PREFIXES.find((p) => p.toLowerCase() === match[1]!.toLowerCase());
  return match && prefix ? `${prefix}:${match[2]}` : text;
};
