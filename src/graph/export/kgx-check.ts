import { curiePrefix } from '../../domain';
import { LOCAL_CURIE_MAP, OWN_PROPERTIES, type KgxGraph } from './kgx-model';

/** What of the Biolink Model the checks need (seeds/ontologies/biolink-model.json). */
export interface BiolinkVocabulary {
  prefixes: string[];
  enums: { KnowledgeLevelEnum: string[]; AgentTypeEnum: string[] };
  /** The model's slots, keyed by name with spaces (`primary knowledge source`). */
  slots: Record<string, unknown>;
}

/** The properties of an edge whose values are CURIEs (lists or single values). */
const EDGE_CURIES = [
  'id',
  'category',
  'predicate',
  'primary_knowledge_source',
  'aggregator_knowledge_source',
  'publications',
  'original_subject',
  'original_object',
  'has_evidence',
  'frequency_qualifier',
  'onset_qualifier',
  'sex_qualifier',
  'clinical_modifier_qualifier',
] as const;

/**
 * What `kgx validate` leaves unchecked, checked here: every property is a
 * Biolink slot or a column the release declares as its own, knowledge level
 * and agent type are values of the model's enums, `negated` is only ever
 * true, every edge joins nodes the release has, node and edge ids are
 * unique, and every CURIE's prefix is in the Biolink prefix map or declared
 * by the release (LOCAL_CURIE_MAP). Returns the problems, none for a sound
 * release.
 */
export function checkKgx(graph: KgxGraph, biolink: BiolinkVocabulary): string[] {
  const problems: string[] = [];
  const known = new Set([
    ...biolink.prefixes,
    ...Object.keys(LOCAL_CURIE_MAP),
    'biolink',
    'infores',
  ]);
  const checkPrefix = (where: string, curie: string) => {
    if (!curie.includes(':')) problems.push(`${where}: "${curie}" is not a CURIE`);
    else if (!known.has(curiePrefix(curie)))
      problems.push(
        `${where}: the prefix of "${curie}" is neither Biolink's nor declared by the release`,
      );
  };
  const slotChecked = new Set<string>();
  const checkSlots = (what: 'node' | 'edge', record: object) => {
    for (const property of Object.keys(record)) {
      if (slotChecked.has(`${what} ${property}`)) continue;
      slotChecked.add(`${what} ${property}`);
      const own = (OWN_PROPERTIES[what] as readonly string[]).includes(property);
      if (!own && !Object.hasOwn(biolink.slots, property.replaceAll('_', ' ')))
        problems.push(`${what} property ${property}: neither a Biolink slot nor the release's own`);
    }
  };
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
    checkSlots('node', node);
    if (nodeIds.has(node.id)) problems.push(`node ${node.id}: the id is used twice`);
    nodeIds.add(node.id);
    checkPrefix(`node ${node.id}`, node.id);
    node.category.forEach((c) => checkPrefix(`node ${node.id} category`, c));
    node.xref.forEach((x) => checkPrefix(`node ${node.id} xref`, x));
    node.provided_by.forEach((p) => checkPrefix(`node ${node.id} provided_by`, p));
    if (node.replaced_by) checkPrefix(`node ${node.id} replaced_by`, node.replaced_by);
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    checkSlots('edge', edge);
    const where = `edge ${edge.id}`;
    if (edgeIds.has(edge.id)) problems.push(`${where}: the id is used twice`);
    edgeIds.add(edge.id);
    if (!nodeIds.has(edge.subject))
      problems.push(`${where}: subject ${edge.subject} is not a node of the release`);
    if (!nodeIds.has(edge.object))
      problems.push(`${where}: object ${edge.object} is not a node of the release`);
    if (!biolink.enums.KnowledgeLevelEnum.includes(edge.knowledge_level))
      problems.push(
        `${where}: knowledge_level "${edge.knowledge_level}" is not a Biolink knowledge level`,
      );
    if (!biolink.enums.AgentTypeEnum.includes(edge.agent_type))
      problems.push(`${where}: agent_type "${edge.agent_type}" is not a Biolink agent type`);
    if (edge.negated !== undefined && edge.negated !== true)
      problems.push(`${where}: negated is written only for a negated statement, as true`);
    for (const slot of EDGE_CURIES) {
      const value = edge[slot];
      for (const curie of Array.isArray(value) ? value : value === undefined ? [] : [value])
        checkPrefix(`${where} ${slot}`, curie);
    }
  }
  for (const mapping of graph.mappings) {
    if (!nodeIds.has(mapping.subject_id))
      problems.push(`mapping of ${mapping.subject_id}: not a node of the release`);
    checkPrefix(`mapping of ${mapping.subject_id}`, mapping.object_id);
  }
  return problems;
}
