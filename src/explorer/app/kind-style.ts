import { CURATED_KIND_NAMES, type CuratedKindName } from '../../domain/curated';
import { ENTITY_KINDS, type EntityKindName } from '../../domain/vocabulary';

/**
 * How each kind of node looks on the canvas. The article's kinds take the
 * Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies); the curated layer's kinds (HPO's diseases, phenotypes and
 * genes) take greys and the palette's yellow, and shapes of their own, so
 * kind and layer never rest on colour alone.
 */
export type NodeKind = EntityKindName | CuratedKindName;

export interface KindStyle {
  label: string;
  colour: string;
  shape:
    | 'ellipse'
    | 'diamond'
    | 'triangle'
    | 'round-rectangle'
    | 'hexagon'
    | 'vee'
    | 'octagon'
    | 'rhomboid'
    | 'star';
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  CONDITION: { label: 'Condition', colour: '#0072B2', shape: 'ellipse' },
  CAUSE: { label: 'Cause', colour: '#D55E00', shape: 'diamond' },
  RISK_FACTOR: { label: 'Risk factor', colour: '#E69F00', shape: 'triangle' },
  TREATMENT: { label: 'Treatment', colour: '#009E73', shape: 'round-rectangle' },
  POPULATION: { label: 'Population', colour: '#CC79A7', shape: 'hexagon' },
  SYMPTOM: { label: 'Symptom', colour: '#56B4E9', shape: 'vee' },
  DISEASE: { label: 'Disease (HPO)', colour: '#8C8C8C', shape: 'octagon' },
  PHENOTYPE: { label: 'Phenotype (HPO)', colour: '#D9D9D9', shape: 'rhomboid' },
  GENE: { label: 'Gene (HPO)', colour: '#F0E442', shape: 'star' },
};

export const KINDS: readonly NodeKind[] = [...ENTITY_KINDS, ...CURATED_KIND_NAMES];

/** The curated kind of each GraphQL type of the curated layer. */
const CURATED_TYPES: Record<string, CuratedKindName> = {
  Disease: 'DISEASE',
  PhenotypicFeature: 'PHENOTYPE',
  Gene: 'GENE',
};

/** A node of either layer as the API sends it: an article entity with its kind, or a curated node by its type. */
export interface NodeAnswer {
  __typename?: string;
  id: string;
  name: string;
  kind?: EntityKindName;
}

export function kindOf(node: NodeAnswer): NodeKind {
  if (node.kind) return node.kind;
  const kind = CURATED_TYPES[node.__typename ?? ''];
  if (!kind) throw new Error(`a node of unknown type ${String(node.__typename)}`);
  return kind;
}

/** A predicate as an edge label: `RISK_FACTOR_FOR` reads "risk factor for". */
export const predicateLabel = (predicate: string): string =>
  predicate.toLowerCase().replace(/_/g, ' ');
