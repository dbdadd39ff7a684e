import { FACT_FIELDS } from './operations';

/**
 * "Open in playground": one GraphQL operation that fetches what the canvas
 * shows (the entities, the neighbour pages of each expanded one, the path),
 * with its variables, as a /playground link. Ids travel as variables, never
 * in the query text.
 */

export interface ShownQueryInput {
  entities: string[];
  expanded: Record<string, number>;
  path: [string, string] | null;
  pageSize: number;
}

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
    fields.push(`  e${i}: entity(id: $e${i}) { id name kind }`);
  });
  Object.entries(input.expanded).forEach(([id, pages], i) => {
    variables[`x${i}`] = id;
    declarations.push(`$x${i}: ID!`);
    const first = Math.min(API_MAX_PAGE, pages * input.pageSize);
    fields.push(
      `  x${i}: facts(about: $x${i}, depth: 1, first: ${first}) { totalCount edges { node { ...ExplorerFact } } }`,
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
