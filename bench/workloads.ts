import { toLuceneQuery } from '../src/graph/read/search-query';
import { loadExamples } from '../src/http/playground';
import { DEFAULT_SEED_DIR } from '../src/seed/seed';
import { loadSeedGraph } from '../src/seed/seed-graph';

/**
 * The four questions, asked of A (this service), B (@neo4j/graphql) and C
 * (the bare-driver floor), each with a normaliser that turns an answer into a
 * sorted list of comparable lines (ids, ends, qualifiers and citations), so
 * the harness can check that A, B and C answer the same before timing them.
 */

export type ServerId = 'A' | 'A+' | 'B' | 'C' | 'D';
export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Normalise = (body: Json) => string[];

export interface Workload {
  id: WorkloadId;
  title: string;
  requests: Record<'A' | 'B' | 'C', HttpRequest>;
  normalise: Record<'A' | 'B' | 'C', Normalise>;
}

/** The targets: entities of the article, present at every scale (see synthetic-graph.ts). */
const TARGETS = {
  conditionName: 'secondary myoclonus',
  factsAbout: 'secondary-myoclonus',
  factsDepth: 2,
  factsFirst: 50,
  searchText: 'twitching when falling asleep',
  searchFirst: 5,
  pathFrom: 'alzheimers-disease',
  pathTo: 'myoclonus',
  pathMaxHops: 4,
} as const;

/** A's requests are the operations of docs/examples, asked with the targets as variables. */
const EXAMPLES = new Map(loadExamples().map((e) => [e.file, e.query]));
function example(file: string): string {
  const query = EXAMPLES.get(file);
  if (query === undefined) throw new Error(`docs/examples/${file} is missing`);
  return query;
}

/**
 * The example operations cite a source by its title, as a reader sees it; the
 * comparison uses its id, as B and C return it. Every graph the bench loads,
 * synthetic ones too, cites the article's sources.
 */
const SOURCE_IDS = new Map(loadSeedGraph(DEFAULT_SEED_DIR).sources.map((s) => [s.title, s.id]));
const sourceId = (source: { id?: string; title?: string }) =>
  source.id ?? SOURCE_IDS.get(source.title ?? '') ?? `unknown source ${source.title}`;

const graphql = (query: string, variables: Record<string, unknown> = {}): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  // Comment lines go before whitespace is folded: on one line a comment would swallow the operation.
  body: JSON.stringify({
    query: query
      .replace(/^\s*#.*$/gm, '')
      .replace(/\s+/g, ' ')
      .trim(),
    variables,
  }),
});

const get = (path: string, params: Record<string, string | number>): HttpRequest => ({
  method: 'GET',
  path: `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`,
});

const sorted = (lines: string[]) => [...lines].sort();
const line = (...parts: unknown[]) =>
  parts.map((p) => (p === null || p === undefined ? '' : String(p))).join(' | ');

/** A fact as one line: id, predicate, ends, qualifier, citation. */
const factLine = (f: {
  id: string;
  predicate: string;
  subject: string;
  object: string;
  qualifier: string | null;
  source: string;
  section: string;
  paragraph: number;
}) => line(f.id, f.predicate, f.subject, f.object, f.qualifier, f.source, f.section, f.paragraph);

/** C returns the data layer's raw fact maps ({props, predicate, subject, object}). */
const rawFactLine = (f: Json) =>
  factLine({
    ...f.props,
    predicate: f.predicate,
    subject: f.subject?.id ?? f.subjectId,
    object: f.object?.id ?? f.objectId,
  });

const W1: Workload = {
  id: 'W1',
  title: 'Condition by name with its underlying causes and their citations',
  requests: {
    A: graphql(example('underlying-causes.graphql'), { name: TARGETS.conditionName }),
    B: graphql(
      `
        query UnderlyingCauses($name: String!) {
          sources {
            id
            title
            publisher
            lastModified
            disclaimer
          }
          conditions(
            where: { OR: [{ nameLower: { eq: $name } }, { synonymsLower: { includes: $name } }] }
            limit: 1
          ) {
            id
            name
            causesConnection {
              edges {
                properties {
                  id
                  qualifier
                  source
                  section
                  paragraph
                }
                node {
                  id
                  name
                  membersConnection {
                    edges {
                      properties {
                        id
                        qualifier
                        source
                        section
                        paragraph
                      }
                      node {
                        id
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { name: TARGETS.conditionName },
    ),
    C: get('/w1', { name: TARGETS.conditionName }),
  },
  normalise: {
    A: (body) => {
      const c = body.data.condition;
      return sorted([
        `condition ${c.id}`,
        ...c.underlyingCauses.map((l: Json) =>
          line(
            l.cause.id,
            l.group?.name,
            l.qualifier,
            sourceId(l.citation.source),
            l.citation.section,
            l.citation.paragraph,
            l.facts.map((f: Json) => f.id).join(' > '),
          ),
        ),
      ]);
    },
    B: (body) => {
      const c = body.data.conditions[0];
      const lines = [`condition ${c.id}`];
      for (const e of c.causesConnection.edges) {
        const p = e.properties;
        lines.push(line(e.node.id, null, p.qualifier, p.source, p.section, p.paragraph, p.id));
        for (const m of e.node.membersConnection.edges) {
          const mp = m.properties;
          lines.push(
            line(
              m.node.id,
              e.node.name,
              p.qualifier,
              mp.source,
              mp.section,
              mp.paragraph,
              `${mp.id} > ${p.id}`,
            ),
          );
        }
      }
      return sorted(lines);
    },
    C: (body) => {
      const lines = [`condition ${body.condition.id}`];
      for (const item of body.items) {
        const f = item.fact;
        lines.push(
          line(
            f.subject.id,
            null,
            f.props.qualifier,
            f.props.source,
            f.props.section,
            f.props.paragraph,
            f.props.id,
          ),
        );
        for (const m of item.members) {
          lines.push(
            line(
              m.subject.id,
              f.subject.name,
              f.props.qualifier,
              m.props.source,
              m.props.section,
              m.props.paragraph,
              `${m.props.id} > ${f.props.id}`,
            ),
          );
        }
      }
      return sorted(lines);
    },
  },
};

const W2: Workload = {
  id: 'W2',
  title: `Facts about an entity to depth ${TARGETS.factsDepth}, first ${TARGETS.factsFirst}`,
  requests: {
    A: graphql(example('chatbot-facts.graphql'), {
      about: TARGETS.factsAbout,
      depth: TARGETS.factsDepth,
      first: TARGETS.factsFirst,
    }),
    B: graphql(
      `
        query FactsAbout($about: ID!, $first: Int!) {
          factsAboutDepth2(about: $about, first: $first) {
            totalCount
            facts {
              id
              predicate
              subjectId
              objectId
              qualifier
              source
              section
              paragraph
            }
          }
        }
      `,
      { about: TARGETS.factsAbout, first: TARGETS.factsFirst },
    ),
    C: get('/w2', {
      about: TARGETS.factsAbout,
      depth: TARGETS.factsDepth,
      first: TARGETS.factsFirst,
    }),
  },
  normalise: {
    A: (body) => {
      const page = body.data.facts;
      return sorted([
        `total ${page.totalCount}`,
        ...page.edges.map(({ node: f }: Json) =>
          factLine({
            ...f,
            ...f.citation,
            source: sourceId(f.citation.source),
            subject: f.subject.id,
            object: f.object.id,
          }),
        ),
      ]);
    },
    B: (body) => {
      const page = body.data.factsAboutDepth2;
      return sorted([
        `total ${page.totalCount}`,
        ...page.facts.map((f: Json) =>
          factLine({ ...f, subject: f.subjectId, object: f.objectId }),
        ),
      ]);
    },
    C: (body) => sorted([`total ${body.total}`, ...body.page.map(rawFactLine)]),
  },
};

const luceneQuery = toLuceneQuery(TARGETS.searchText) ?? '';

const W3: Workload = {
  id: 'W3',
  title: `Search for a lay phrase ("${TARGETS.searchText}")`,
  requests: {
    A: graphql(example('search.graphql'), { text: TARGETS.searchText, first: TARGETS.searchFirst }),
    // B gets the Lucene query the service would build: the library has no such step.
    B: graphql(
      `
        query Search($query: String!, $first: Int!) {
          searchEntities(query: $query, first: $first) {
            id
            name
            kind
            synonyms
          }
        }
      `,
      { query: luceneQuery, first: TARGETS.searchFirst },
    ),
    C: get('/w3', { text: TARGETS.searchText, first: TARGETS.searchFirst }),
  },
  normalise: {
    A: (body) => sorted(body.data.search.map((h: Json) => h.entity.id)),
    B: (body) => sorted(body.data.searchEntities.map((e: Json) => e.id)),
    C: (body) => sorted(body.map((h: Json) => h.entity.id)),
  },
};

const W4: Workload = {
  id: 'W4',
  title: `Path from ${TARGETS.pathFrom} to ${TARGETS.pathTo}`,
  requests: {
    A: graphql(example('path.graphql'), {
      from: TARGETS.pathFrom,
      to: TARGETS.pathTo,
      maxHops: TARGETS.pathMaxHops,
    }),
    B: graphql(
      `
        query Path($from: ID!, $to: ID!) {
          pathEntities(from: $from, to: $to) {
            id
            name
            kind
          }
          pathFacts(from: $from, to: $to) {
            id
            predicate
            subjectId
            objectId
            qualifier
            source
            section
            paragraph
          }
        }
      `,
      { from: TARGETS.pathFrom, to: TARGETS.pathTo },
    ),
    C: get('/w4', { from: TARGETS.pathFrom, to: TARGETS.pathTo, maxHops: TARGETS.pathMaxHops }),
  },
  normalise: {
    A: (body) => {
      const p = body.data.path;
      return [
        `entities ${p.entities.map((e: Json) => e.id).join(' > ')}`,
        ...p.facts.map((f: Json) =>
          factLine({
            ...f,
            ...f.citation,
            source: sourceId(f.citation.source),
            subject: f.subject.id,
            object: f.object.id,
          }),
        ),
      ];
    },
    B: (body) => [
      `entities ${body.data.pathEntities.map((e: Json) => e.id).join(' > ')}`,
      ...body.data.pathFacts.map((f: Json) =>
        factLine({ ...f, subject: f.subjectId, object: f.objectId }),
      ),
    ],
    C: (body) => [
      `entities ${body.entities.map((e: Json) => e.id).join(' > ')}`,
      ...body.facts.map(rawFactLine),
    ],
  },
};

export const WORKLOADS: Workload[] = [W1, W2, W3, W4];

/** D: the ceiling, a trivial query with no database. */
export const CEILING_REQUEST: HttpRequest = graphql('{ ping }');
export const normaliseCeiling: Normalise = (body) => [String(body.data.ping)];

/** The servers that answer the workloads (D answers only its ping). */
export type AnsweringServer = 'A' | 'A+' | 'B' | 'C';

/** A+ is A with its response cache on: it is asked, and its answers read, as A's are. */
const asked = (id: AnsweringServer): 'A' | 'B' | 'C' => (id === 'A+' ? 'A' : id);
export const requestOf = (workload: Workload, id: AnsweringServer): HttpRequest =>
  workload.requests[asked(id)];
export const normaliserOf = (workload: Workload, id: AnsweringServer): Normalise =>
  workload.normalise[asked(id)];
