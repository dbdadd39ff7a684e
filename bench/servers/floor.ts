/**
 * Server C: the floor. A bare node:http endpoint per workload that runs the
 * same Cypher texts as the data layer (imported from src/graph/read/queries/),
 * in the same kind of read transaction, straight through neo4j-driver, and
 * returns the records as JSON: no GraphQL, no mapping, no framework.
 */
import { readGraphSettings } from '../../src/config';
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { DATABASE, createDriver } from '../../src/graph/driver';
import type { CypherStatement } from '../../src/graph/cypher';
import * as Q from '../../src/graph/read/queries';
import { neighbourhoodItems, neighbourhoodParams } from '../../src/graph/read/batched-reads';
import { searchCandidates } from '../../src/graph/read/search-ranking';
import { toLuceneQuery, toSynonymPhraseQuery } from '../../src/graph/read/search-query';
import { PREDICATE_NAMES, normalizeName } from '../../src/domain';
import { connectionFromEnv, serveChild } from './child';

type Row = Record<string, unknown>;
type Params = URLSearchParams;

serveChild(async () => {
  const driver = createDriver(connectionFromEnv(), readGraphSettings().driver);

  const read = async (query: CypherStatement, params: Record<string, unknown>): Promise<Row[]> => {
    const session = driver.session({ database: DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) =>
        (await tx.run(query.text, params)).records.map((r) => r.toObject() as Row),
      );
    } finally {
      await session.close();
    }
  };

  /** One round trip of the batched neighbourhood query, as the data layer sends it; items per request. */
  const neighbourhood = async (requests: Row[]): Promise<Row[][]> => {
    if (requests.length === 0) return [];
    const rows = await read(Q.NEIGHBOURHOOD, neighbourhoodParams(requests));
    return neighbourhoodItems(rows, requests.length);
  };

  const routes: Record<string, (p: Params) => Promise<unknown>> = {
    /**
     * W1: the answer A's example reads, in the same three round trips: the
     * condition by name; its causes with group members, risk factors and the
     * forms it belongs to; then the risk factors' members and each form's
     * causes (with its subtypes') and signs. The lines compared are the
     * causes; the rest is read so the floor reads what A reads.
     */
    '/w1': async (p) => {
      const name = p.get('name') ?? '';
      const [found] = await read(Q.CONDITION_BY_NAME, {
        name: normalizeName(name),
        synonymQuery: toSynonymPhraseQuery(name),
      });
      if (!found) return { condition: null, items: [] };
      const condition = found.entity as Row;
      const [causes = [], riskFactors = [], forms = []] = await neighbourhood([
        { mode: 'causes', id: condition.id, includeGroupMembers: true },
        { mode: 'links', id: condition.id, predicates: ['RISK_FACTOR_FOR'], direction: 'IN' },
        { mode: 'links', id: condition.id, predicates: ['SUBTYPE_OF'], direction: 'OUT' },
      ]);
      const otherEnd = (item: Row) => {
        const fact = item.fact as { subject: Row; object: Row };
        return fact.subject.id === condition.id ? fact.object.id : fact.subject.id;
      };
      const level3 = await neighbourhood([
        ...riskFactors.map((item) => ({
          mode: 'links',
          id: otherEnd(item),
          predicates: ['MEMBER_OF'],
          direction: 'IN',
        })),
        ...forms.flatMap((item) => [
          { mode: 'causes', id: otherEnd(item), includeSubtypes: true, includeGroupMembers: true },
          { mode: 'links', id: otherEnd(item), predicates: ['MAY_INDICATE'], direction: 'OUT' },
        ]),
      ]);
      return { condition, items: causes, riskFactors, forms, level3 };
    },
    /** W2: facts within `depth` hops, first page. */
    '/w2': async (p) => {
      const depth = Number(p.get('depth') ?? 1);
      const first = Number(p.get('first') ?? 20);
      const [row] = await read(Q.FACTS_ABOUT[depth]!, {
        about: p.get('about'),
        predicates: PREDICATE_NAMES,
        after: '', // as the service sends for a first page
        limit: neo4j.int(first + 1),
      });
      const page = (row?.page as Row[]) ?? [];
      return { total: row?.total ?? 0, page: page.slice(0, first) };
    },
    /**
     * W3: full-text search with the same Lucene query and candidate count the
     * service asks for; the service's reranking of the candidates is not a
     * database cost, so the floor takes the first `first` as they come.
     */
    '/w3': async (p) => {
      const text = p.get('text') ?? '';
      const first = Number(p.get('first') ?? 10);
      const query = toLuceneQuery(text);
      if (query === null) return [];
      const rows = await read(Q.SEARCH, {
        query,
        exact: normalizeName(text),
        kinds: null,
        curiePrefixes: null,
        first: neo4j.int(searchCandidates(first)),
      });
      return rows.slice(0, first);
    },
    /** W4: shortest path. */
    '/w4': async (p) => {
      const [row] = await read(Q.SHORTEST_PATH[Number(p.get('maxHops') ?? 4)]!, {
        from: p.get('from'),
        to: p.get('to'),
      });
      return row ?? null;
    },
  };

  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    route(url.searchParams)
      .then((body) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      })
      .catch((error: unknown) => {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      });
  });
  httpServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    stop: async () => {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await driver.close();
    },
  };
});
