/**
 * Curated layers: data sets taken whole from a curated source (HPO's disease
 * annotations), kept beside the seeds as versioned extracts with a manifest,
 * and read here into plain records. Pure: files in, records out, no Cypher.
 * The record types (HpoAnnotation, HpoDisease...) are HpoExtract's fields.
 */
export { CuratedExtractError } from './curated-error';
export { readHpoExtract, type HpoExtract } from './hpo-extract';
export { verifyHpoExtract, type HpoManifest } from './hpo-manifest';
