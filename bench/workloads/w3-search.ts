import { toLuceneQuery } from '../../src/graph/read/search-query';
import { ASKED } from './asked';
import { sorted } from './answer-lines';
import { example, get, graphql } from './requests';
import type { Json, Workload } from './workload';

/** W3: search for what a person typed. */
const luceneQuery = toLuceneQuery(ASKED.searchText) ?? '';

export const W3: Workload = {
  id: 'W3',
  title: `Search for a lay phrase ("${ASKED.searchText}")`,
  requests: {
    A: graphql(example('search.graphql'), { text: ASKED.searchText, first: ASKED.searchFirst }),
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
      { query: luceneQuery, first: ASKED.searchFirst },
    ),
    C: get('/w3', { text: ASKED.searchText, first: ASKED.searchFirst }),
  },
  normalise: {
    A: (body) => sorted(body.data.search.map((h: Json) => h.entity.id)),
    B: (body) => sorted(body.data.searchEntities.map((e: Json) => e.id)),
    C: (body) => sorted(body.map((h: Json) => h.entity.id)),
  },
};
