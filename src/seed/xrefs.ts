import {
  normalizeName,
  type MatchType,
  type NameScope,
  type OntologySynonymContent,
  type XrefContent,
} from '../domain';
import { ontologyNameRank } from '../domain/graph-content';
import type { CitedOntology, OntologyExtracts } from './ontology-extracts';

/** What a seed entity says of its cross-references. */
export interface SeedXrefs {
  name: string;
  synonyms: { text: string }[];
  xrefs: { id: string; label: string; match: MatchType }[];
  xrefNote?: string | undefined;
}

export interface XrefProblem {
  /** Path below the entity, such as ['xrefs', 0, 'label']. */
  field: (string | number)[];
  message: string;
}

const MATCH_ORDER: MatchType[] = ['exact', 'close', 'broad', 'narrow', 'related'];

/** A mapped identifier's prefix as the Biolink Model spells it. */
const ontologyOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * Checks an entity's cross-references against the ontology extracts (each id
 * known, not obsolete, with the ontology's own label) and completes them:
 * the release each was checked against, the UMLS and SNOMED CT identifiers
 * the ontologies' own mapping files give for an exact match, and the names of
 * exactly and closely matching terms with their scope, for search: the label
 * and synonyms (EXACT, BROAD, NARROW, RELATED as the ontology gives them) and
 * the names of the terms below it (narrow). An exact term's exact names count
 * as the entity's own; its other names, and a close term's exact names, as
 * scoped names; a close term's other names are only searched
 * (`ontologyNameRank`). A broad, narrow or related match lends neither
 * mappings nor names.
 */
export function resolveXrefs(
  entity: SeedXrefs,
  extracts: OntologyExtracts,
): { xrefs: XrefContent[]; ontologySynonyms: OntologySynonymContent[]; problems: XrefProblem[] } {
  const problems: XrefProblem[] = [];
  const xrefs: XrefContent[] = [];
  const candidates: OntologySynonymContent[] = [];
  const seen = new Set<string>();

  entity.xrefs.forEach((xref, index) => {
    if (seen.has(xref.id))
      problems.push({ field: ['xrefs', index, 'id'], message: `${xref.id} is listed twice` });
    seen.add(xref.id);
    const term = extracts.term(xref.id);
    const source = extracts.sources[ontologyOf(xref.id) as CitedOntology];
    if (!term || !term.found || !source) {
      problems.push({
        field: ['xrefs', index, 'id'],
        message: `${xref.id} is not in ${source ? `${source.name} ${source.release}` : 'any ontology extract'} (seeds/ontologies; scripts/refresh-ontologies.sh rebuilds them)`,
      });
      return;
    }
    if (term.obsolete) {
      problems.push({
        field: ['xrefs', index, 'id'],
        message: `${xref.id} is obsolete in ${source.name} ${source.release}${term.replacedBy ? `; use ${term.replacedBy}` : ''}`,
      });
      return;
    }
    if (term.label !== xref.label) {
      problems.push({
        field: ['xrefs', index, 'label'],
        message: `${xref.id} is labelled "${term.label}" in ${source.name} ${source.release}, not "${xref.label}"`,
      });
      return;
    }
    xrefs.push({
      id: xref.id,
      label: term.label,
      match: xref.match,
      release: source.release,
      via: null,
    });
    if (xref.match !== 'exact' && xref.match !== 'close') return;
    const names: { text: string; scope: NameScope }[] = [
      { text: term.label, scope: 'exact' },
      ...term.synonyms.map((s) => ({ text: s.text, scope: s.scope })),
      ...term.narrower.map((n) => ({ text: n.text, scope: 'narrow' as const })),
    ];
    for (const { text, scope } of names)
      candidates.push({ text, source: xref.id, match: xref.match, scope });
    if (xref.match !== 'exact') return;
    for (const mapping of term.mappings) {
      if (xrefs.some((x) => x.id === mapping.id)) continue;
      xrefs.push({
        id: mapping.id,
        label: null,
        match: mapping.match,
        release: source.release,
        via: xref.id,
      });
    }
  });

  const fits = entity.xrefs.some((x) => x.match === 'exact' || x.match === 'close');
  if (!fits && !entity.xrefNote)
    problems.push({
      field: ['xrefNote'],
      message:
        'an entity with no exact or close cross-reference needs an xrefNote saying why none fits',
    });
  // One name once, where it counts most: an exact term's exact names, then a close term's, then
  // the other scopes; never a name the entity already has.
  const known = new Set([entity.name, ...entity.synonyms.map((s) => s.text)].map(normalizeName));
  const synonyms: OntologySynonymContent[] = [];
  for (const synonym of candidates
    .map((s, order) => ({ s, order }))
    .sort((a, b) => ontologyNameRank(a.s) - ontologyNameRank(b.s) || a.order - b.order)
    .map(({ s }) => s)) {
    const key = normalizeName(synonym.text);
    if (known.has(key)) continue;
    known.add(key);
    synonyms.push(synonym);
  }
  const rank = (x: XrefContent) => MATCH_ORDER.indexOf(x.match);
  // Exact matches first; within a match type, in the seed's order, each term before its mappings.
  xrefs.sort((a, b) => rank(a) - rank(b));
  return { xrefs, ontologySynonyms: synonyms, problems };
}
