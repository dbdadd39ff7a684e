/** How a source is named: by its id in the graph, or by its Biolink information-resource id. */
export interface SourceNames {
  id: string;
  infores: string;
}

/**
 * The one rule every door follows for a `sources` argument: a source is
 * named by its id (`hpo-annotations`) or by its infores id
 * (`infores:hpo-annotations`, as KGX and the source records write it).
 * `ids` are the graph's ids of the sources named, in the order asked, once
 * each; `unknown` lists what names no source, for an error naming the known
 * ones.
 */
export function sourceIdsOf(
  asked: readonly string[],
  known: readonly SourceNames[],
): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of asked) {
    const source = known.find((s) => s.id === name || s.infores === name);
    if (!source) unknown.push(name);
    else if (!ids.includes(source.id)) ids.push(source.id);
  }
  return { ids, unknown };
}

/** What a door says of sources that name none: each one, then the known ones by id and infores. */
export function unknownSourcesMessage(
  unknown: readonly string[],
  known: readonly SourceNames[],
): string {
  return `sources names no source of this graph: ${unknown.map((s) => JSON.stringify(s)).join(', ')}; the sources are ${known.map((s) => `${s.id} (${s.infores})`).join(', ')}`;
}
