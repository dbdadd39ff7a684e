import { ASKED } from './asked';
import { citedFactLine, factLine, rawFactLine, sorted } from './answer-lines';
import { example, get, graphql } from './requests';
import type { Json, Workload } from './workload';

/** W2: the facts about an entity to a depth, one page of them. */
export const W2: Workload = {
  id: 'W2',
  title: `Facts about an entity to depth ${ASKED.factsDepth}, first ${ASKED.factsFirst}`,
  requests: {
    A: graphql(example('chatbot-facts.graphql'), {
      about: ASKED.factsAbout,
      depth: ASKED.factsDepth,
      first: ASKED.factsFirst,
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
      { about: ASKED.factsAbout, first: ASKED.factsFirst },
    ),
    C: get('/w2', {
      about: ASKED.factsAbout,
      depth: ASKED.factsDepth,
      first: ASKED.factsFirst,
    }),
  },
  normalise: {
    A: (body) => {
      const page = body.data.facts;
      return sorted([
        `total ${page.totalCount}`,
        ...page.edges.map(({ node }: Json) => citedFactLine(node)),
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
