/** Writing the graph to Neo4j failed; the message says what state the graph was left in. */
export class SeedLoadError extends Error {
  override name = 'SeedLoadError';
}
