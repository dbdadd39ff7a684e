import type { ExplorerSourcesQuery } from '../../generated/operations';
import { el } from './dom';

/**
 * HPO's attribution, as its licence asks wherever its data is shown: the
 * sentence naming the ontology and its version, its citation, and where its
 * terms are (the HPO site, written out as text; the service's NOTICE file).
 */

type Source = ExplorerSourcesQuery['sources'][number];

export const hpoAttribution = (source: { version: string }): string =>
  `This service is using the Human Phenotype Ontology (version ${source.version}).`;

/** The page's footer: one line for each curated source (a dataset), from what the API says of it. */
export function attributionLines(sources: readonly Source[]): HTMLElement[] {
  return sources
    .filter((source) => source.kind === 'dataset')
    .map((source) => {
      const sentence = hpoAttribution(source);
      const citation = source.reference.startsWith(sentence)
        ? source.reference.slice(sentence.length).trim()
        : source.reference;
      return el(
        'span',
        { 'data-source': source.id },
        `${sentence} ${citation} HPO's site and licence: https://hpo.jax.org (terms of use in the service's NOTICE file).`,
      );
    });
}
