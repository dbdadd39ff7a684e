import { curiePrefix } from '../../domain';
import { LOCAL_CURIE_MAP, type KgxGraph } from './kgx';

/** What of the Biolink Model the checks need. */
export interface BiolinkVocabulary {
  prefixes: string[];
  enums: { KnowledgeLevelEnum: string[]; AgentTypeEnum: string[] };
}

/**
 * What `kgx validate` leaves unchecked, checked here: knowledge level and
 * agent type are values of the model's enums, every edge joins nodes the
 * release has, node and edge ids are unique, and every CURIE's prefix is in
 * the Biolink prefix map or declared by the release (LOCAL_CURIE_MAP).
 * Returns the problems, none for a sound release.
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
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
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
    for (const curie of [
      edge.id,
      edge.predicate,
      edge.primary_knowledge_source,
      ...edge.aggregator_knowledge_source,
      ...edge.publications,
    ])
      checkPrefix(where, curie);
  }
  for (const mapping of graph.mappings) {
    if (!nodeIds.has(mapping.subject_id))
      problems.push(`mapping of ${mapping.subject_id}: not a node of the release`);
    checkPrefix(`mapping of ${mapping.subject_id}`, mapping.object_id);
  }
  return problems;
}
