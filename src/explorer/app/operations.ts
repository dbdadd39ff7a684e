/**
 * The explorer's GraphQL operations: the only requests the page makes, all
 * to its own /graphql. codegen reads them from here (the GraphQL comment
 * tags) and types their results in src/generated/operations.ts; "Open in
 * playground" shows them as they are sent.
 */

export const FACT_FIELDS = /* GraphQL */ `
  fragment ExplorerFact on Fact {
    id
    predicate
    modality
    cue
    frequency
    knowledgeLevel
    qualifier
    note
    statement
    figure {
      value
      unit
      per
      measure
    }
    subject {
      id
      name
      kind
    }
    object {
      id
      name
      kind
    }
    citation {
      section
      paragraph
      disclaimer
      source {
        id
        infores
        title
        publisher
        lastModified
      }
    }
    citations {
      section
      paragraph
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      entity {
        id
        name
        kind
      }
    }
  }
`;

export const ENTITY = /* GraphQL */ `
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
    }
  }
`;

export const NEIGHBOURS = /* GraphQL */ `
  query ExplorerNeighbours($id: ID!, $first: Int!, $after: String) {
    entity(id: $id) {
      id
      name
      kind
    }
    facts(about: $id, depth: 1, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ExplorerFact
        }
      }
    }
  }
  ${FACT_FIELDS}
`;

export const DETAILS = /* GraphQL */ `
  query ExplorerDetails($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
      biolinkCategory
      description
      synonyms
      xrefs {
        id
        ontology
        label
        match
        url
      }
      citation {
        section
        paragraph
        disclaimer
        source {
          title
          lastModified
        }
      }
      ... on Condition {
        statistics {
          id
          value
          unit
          per
          measure
          qualifier
          population {
            id
            name
          }
        }
      }
    }
  }
`;

export const PATH = /* GraphQL */ `
  query ExplorerPath($from: ID!, $to: ID!) {
    path(from: $from, to: $to) {
      length
      entities {
        id
        name
        kind
      }
      facts {
        ...ExplorerFact
      }
    }
  }
  ${FACT_FIELDS}
`;
