import type { ExplorerAnnotationFragment, ExplorerFactFragment } from '../../generated/operations';
import { kindOf, predicateLabel } from './kind-style';
import type { ShownEntity, ShownFact } from './graph-view';

/**
 * An edge of the canvas: an article fact (cited to a section and paragraph)
 * or a curated statement (HPO's, with its record, evidence and references).
 * Both have an id, a predicate, two ends and a source; a curated one may be
 * negated: the source says the disease does not have the feature.
 */
export type ShownEdge = ExplorerFactFragment | ExplorerAnnotationFragment;

export const isAnnotation = (edge: ShownEdge): edge is ExplorerAnnotationFragment =>
  edge.__typename === 'Annotation';

/** The id of the source that states the edge. */
export const sourceOf = (edge: ShownEdge): string =>
  isAnnotation(edge) ? edge.source.id : edge.citation.source.id;

const isNegated = (edge: ShownEdge): boolean => isAnnotation(edge) && edge.negated;

/** The edge's label on the canvas: its predicate in words, "does not have" for a negated statement. */
const edgeLabel = (edge: ShownEdge): string =>
  isNegated(edge)
    ? `NOT ${predicateLabel(edge.predicate)}`.replace('NOT has ', 'does not have ')
    : predicateLabel(edge.predicate);

/** The two ends of an edge, as the canvas draws them. */
export function endsOf(edge: ShownEdge): [ShownEntity, ShownEntity] {
  if (!isAnnotation(edge)) return [edge.subject, edge.object];
  const end = (node: ExplorerAnnotationFragment['subject']): ShownEntity => ({
    id: node.id,
    name: node.name,
    kind: kindOf(node),
  });
  return [end(edge.subject), end(edge.object)];
}

/** The edge as the canvas draws and filters it. */
export const drawn = (edge: ShownEdge): ShownFact => ({
  id: edge.id,
  predicate: edge.predicate,
  label: edgeLabel(edge),
  source: sourceOf(edge),
  negated: isNegated(edge),
  subject: { id: edge.subject.id },
  object: { id: edge.object.id },
});
