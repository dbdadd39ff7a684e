/**
 * A Cypher statement of the data layer: its text, built once from constants
 * and the closed vocabulary (never from input; every value is a parameter),
 * and a name that goes with it into the transaction metadata, so Neo4j's
 * query log says which statement ran.
 */
export interface CypherStatement {
  readonly name: string;
  readonly text: string;
}

export const cypher = (name: string, text: string): CypherStatement => ({ name, text });
