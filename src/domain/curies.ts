import { CURATED_PREFIXES } from './curated';

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

/** Other names clients give a prefix, by their lower case, with the prefix as the graph spells it. */
const PREFIX_ALIASES: Record<string, string> = { orphanet: 'ORPHA' };

/**
 * Every prefix a node of either layer may carry, by its lower case and by
 * each other name of it, with the prefix as the graph spells it.
 */
const NODE_PREFIXES = new Map<string, string>([
  ...[...XREF_PREFIXES, ...CURATED_PREFIXES].map((p): [string, string] => [p.toLowerCase(), p]),
  ...Object.entries(PREFIX_ALIASES),
]);

/**
 * A CURIE as a client may type it (`hp:0001336`, `MeSH:D009207`,
 * `Orphanet:307`), with the prefix as this graph spells it; null when it is
 * not a CURIE of a prefix a node may carry. The one reading of a typed CURIE's
 * prefix: the API, the explorer and the tools all read it here.
 */
export function normalizeCurie(text: string): string | null {
  const match = /^([A-Za-z][A-Za-z0-9]*):(\S+)$/.exec(text.trim());
  const prefix = match ? NODE_PREFIXES.get(match[1]!.toLowerCase()) : undefined;
  return match && prefix ? `${prefix}:${match[2]}` : null;
}

/** A CURIE as a client may type it, when its prefix is one a cross-reference may have; else null. */
function xrefCurie(text: string): string | null {
  const curie = normalizeCurie(text);
  return curie !== null && XREF_PREFIXES.includes(curiePrefix(curie)) ? curie : null;
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
  return local ? { id: local[1]! } : { curie: xrefCurie(text) };
};

/** An id as a release writes it: `MYOKG:` before any entity or fact id. */
const RELEASED_ID = new RegExp(`^${LOCAL_PREFIX}:(\\S+)$`, 'i');

/**
 * An entity or fact id, bare or as a release writes it, as the graph keeps
 * it: without `MYOKG:`. Unlike an entity's, a fact's id may hold colons (a
 * curated statement's holds its ends' CURIEs:
 * `MYOKG:MONDO:0007298--has_phenotype--HP:0000570--OMIM:117360`); other text
 * is left as it is.
 */
export const unreleasedId = (text: string): string => RELEASED_ID.exec(text.trim())?.[1] ?? text;

/**
 * The id or CURIE a client names a node of either layer by, as the graph
 * spells it: a release's own CURIE (`MYOKG:myoclonus`) is its id; a CURIE's
 * prefix in any case or by another name (`hp:0001336`, `Orphanet:307`) is the
 * graph's; anything else as typed.
 */
export const nodeRefId = (text: string): string => {
  const ref = entityRef(text);
  return 'id' in ref ? ref.id : (normalizeCurie(text) ?? text);
};
