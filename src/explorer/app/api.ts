/**
 * The page's one way out: POSTs to its own /graphql. A request that cannot
 * reach the API, or an answer with errors, becomes an ApiError whose message
 * says so in words; the page shows it and keeps what it shows.
 */
const GRAPHQL_URL = '/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function ask<T, V extends object>(query: string, variables: V): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(
      'The knowledge graph API cannot be reached. What is shown stays; try again when it is back.',
      'UNREACHABLE',
    );
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(
      `The knowledge graph API answered ${response.status} ${response.statusText} without a GraphQL answer. What is shown stays.`,
      'BAD_RESPONSE',
    );
  }
  const [error] = body.errors ?? [];
  if (error)
    throw new ApiError(
      `The knowledge graph API answered with an error: ${error.message}`,
      error.extensions?.code ?? 'GRAPHQL_ERROR',
    );
  if (!response.ok || body.data == null)
    throw new ApiError(
      `The knowledge graph API answered ${response.status} ${response.statusText}. What is shown stays.`,
      'BAD_RESPONSE',
    );
  return body.data;
}
