import { FACT_FIELDS, NODE_FIELDS } from './operations';

/**
 * "Open in playground": one GraphQL operation that fetches what the canvas
 * shows (the nodes, the pages of facts and curated statements of each
 * expanded one, the path),
 * with its variables, as a /playground link. Ids travel as variables, never
 * in the query text.
 */

export interface ShownQueryInput {
  entities: string[];
  expanded: Record<string, number>;
  /** The expanded nodes that have curated statements (the others are asked for their facts only). */
  curated: string[];
  path: [string, string] | null;
  pageSize: number;
}

/** A curated statement as the playground shows it: what it says and its provenance, its ends by id and name. */
const CURATED_STATEMENT =
  'id predicate negated statement record evidence evidenceEco references frequency { text } onset subject { id name } object { id name } source { id version }';

/** The API's largest page. */
const API_MAX_PAGE = 100;

export function shownQuery(input: ShownQueryInput): {
  query: string;
  variables: Record<string, string>;
} {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const fields: string[] = [];
  input.entities.forEach((id, i) => {
    variables[`e${i}`] = id;
    declarations.push(`$e${i}: ID!`);
    fields.push(`  e${i}: concept(id: $e${i}) { ...ExplorerNode }`);
  });
  Object.entries(input.expanded).forEach(([id, pages], i) => {
    variables[`x${i}`] = id;
    declarations.push(`$x${i}: ID!`);
    const first = Math.min(API_MAX_PAGE, pages * input.pageSize);
    fields.push(
      `  x${i}: facts(about: $x${i}, depth: 1, first: ${first}) { totalCount edges { node { ...ExplorerFact } } }`,
    );
    if (input.curated.includes(id))
      fields.push(
        `  a${i}: concept(id: $x${i}) { annotations(includeNegated: true, first: ${first}) { totalCount edges { node { ${CURATED_STATEMENT} } } } }`,
      );
  });
  if (input.path) {
    variables.pathFrom = input.path[0];
    variables.pathTo = input.path[1];
    declarations.push('$pathFrom: ID!', '$pathTo: ID!');
    fields.push('  path(from: $pathFrom, to: $pathTo) { length facts { ...ExplorerFact } }');
  }
  if (fields.length === 0) fields.push('  graphInfo { seedVersion contentHash }');
  const usesFacts = Object.keys(input.expanded).length > 0 || input.path !== null;
  const query = [
    `query ExplorerShown${declarations.length > 0 ? `(${declarations.join(', ')})` : ''} {`,
    ...fields,
    '}',
    usesFacts ? FACT_FIELDS.trim() : '',
    input.entities.length > 0 ? NODE_FIELDS.trim() : '',
  ]
    .join('\n')
    .trim();
  return { query, variables };
}

export function playgroundUrl(input: ShownQueryInput): string {
  const { query, variables } = shownQuery(input);
  const params = new URLSearchParams({ query });
  if (Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables));
  return `/playground?${params.toString()}`;
}
