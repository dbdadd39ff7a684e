import { ASKED } from './asked';
import { citedFactLine, factLine, rawFactLine } from './answer-lines';
import { example, get, graphql } from './requests';
import type { Json, Workload } from './workload';

/** W4: the shortest chain of facts between two entities. */
export const W4: Workload = {
  id: 'W4',
  title: `Path from ${ASKED.pathFrom} to ${ASKED.pathTo}`,
  requests: {
    A: graphql(example('path.graphql'), {
      from: ASKED.pathFrom,
      to: ASKED.pathTo,
      maxHops: ASKED.pathMaxHops,
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
      { from: ASKED.pathFrom, to: ASKED.pathTo },
    ),
    C: get('/w4', { from: ASKED.pathFrom, to: ASKED.pathTo, maxHops: ASKED.pathMaxHops }),
  },
  normalise: {
    A: (body) => {
      const p = body.data.path;
      return [
        `entities ${p.entities.map((e: Json) => e.id).join(' > ')}`,
        ...p.facts.map(citedFactLine),
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
