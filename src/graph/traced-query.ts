import { tracing } from '../telemetry/tracing';
import type { CypherStatement } from './cypher';
import { DATABASE } from './driver';

/**
 * Runs one named statement's round trip in a span of its own when tracing
 * is on and something is being traced (a request, a seed load), else just
 * runs it: the service's background reads (the seed-state poll) make no
 * traces of their own. The span is named after the statement and says
 * which database and how many rows came back, never the parameters (they may
 * hold what a person typed) nor the text.
 */
export function tracedQuery<T>(
  statement: CypherStatement,
  run: () => Promise<T>,
  rowsOf?: (result: T) => number,
): Promise<T> {
  const traced = tracing();
  if (!traced?.inTrace()) return run();
  return traced.inSpan(statement.name, 'client', attributesOf(statement), async (span) => {
    const result = await run();
    if (rowsOf) span.set({ 'db.response.returned_rows': rowsOf(result) });
    return result;
  });
}

type QueryAttributes = Record<string, string>;

/** Each statement's span attributes, made on its first traced run (statements are constants). */
const madeAttributes = new WeakMap<CypherStatement, QueryAttributes>();

function attributesOf(statement: CypherStatement): QueryAttributes {
  let attributes = madeAttributes.get(statement);
  if (!attributes) {
    attributes = {
      'db.system': 'neo4j',
      'db.system.name': 'neo4j',
      'db.namespace': DATABASE,
      'db.operation.name': statement.name,
      'db.query.summary': statement.name,
    };
    madeAttributes.set(statement, attributes);
  }
  return attributes;
}

/** Runs a whole piece of data-layer work (a seed load) in a span its queries' spans nest in. */
export function tracedWork<T>(name: string, run: () => Promise<T>): Promise<T> {
  const traced = tracing();
  return traced ? traced.inSpan(name, 'internal', {}, () => run()) : run();
}
