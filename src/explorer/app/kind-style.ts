import { ENTITY_KINDS, type EntityKindName } from '../../domain/vocabulary';

/**
 * How each kind of entity looks on the canvas: a colour of the Okabe–Ito
 * palette (distinguishable with the common colour-vision deficiencies) and a
 * shape of its own, so kind never rests on colour alone.
 */
export interface KindStyle {
  label: string;
  colour: string;
  shape: 'ellipse' | 'diamond' | 'triangle' | 'round-rectangle' | 'hexagon' | 'vee';
}

export const KIND_STYLES: Record<EntityKindName, KindStyle> = {
  CONDITION: { label: 'Condition', colour: '#0072B2', shape: 'ellipse' },
  CAUSE: { label: 'Cause', colour: '#D55E00', shape: 'diamond' },
  RISK_FACTOR: { label: 'Risk factor', colour: '#E69F00', shape: 'triangle' },
  TREATMENT: { label: 'Treatment', colour: '#009E73', shape: 'round-rectangle' },
  POPULATION: { label: 'Population', colour: '#CC79A7', shape: 'hexagon' },
  SYMPTOM: { label: 'Symptom', colour: '#56B4E9', shape: 'vee' },
};

export const KINDS: readonly EntityKindName[] = ENTITY_KINDS;

/** A predicate as an edge label: `RISK_FACTOR_FOR` reads "risk factor for". */
export const predicateLabel = (predicate: string): string =>
  predicate.toLowerCase().replace(/_/g, ' ');
