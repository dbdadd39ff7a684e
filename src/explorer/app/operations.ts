/**
 * The explorer's GraphQL operations: the only requests the page makes, all
 * to its own /graphql. codegen reads them from here (the GraphQL comment
 * tags) and types their results in src/generated/operations.ts; "Open in
 * playground" shows them as they are sent.
 */

export const FACT_FIELDS = /* GraphQL */ `
  fragment ExplorerFact on Fact {
    __typename
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
        version
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

/** A node of either layer, as the canvas draws it: an article entity has its kind, a curated node its type. */
export const NODE_FIELDS = /* GraphQL */ `
  fragment ExplorerNode on Concept {
    __typename
    id
    name
    ... on Entity {
      kind
    }
  }
`;

const ANNOTATION_FIELDS = /* GraphQL */ `
  fragment ExplorerAnnotation on Annotation {
    __typename
    id
    predicate
    biolinkPredicate
    negated
    statement
    record
    evidence
    evidenceEco
    agentType
    knowledgeLevel
    references
    frequency {
      text
      label
      value
    }
    onset
    sex
    modifiers
    curation
    subject {
      ...ExplorerNode
    }
    object {
      ...ExplorerNode
    }
    source {
      id
      infores
      title
      version
      kind
      disclaimer
    }
  }
`;

/** Nodes by their ids or CURIEs, a batch of up to MAX_LOOKUP_IDS at once: null for each the graph lacks. */
export const ENTITIES = /* GraphQL */ `
  query ExplorerEntities($ids: [ID!]!) {
    concepts(ids: $ids) {
      ...ExplorerNode
    }
  }
  ${NODE_FIELDS}
`;

/**
 * One page of a node's neighbours: its article facts and its curated
 * statements (negated ones too, marked), each stream paged on its own; a
 * stream already read to its end is asked for its count only.
 */
export const NEIGHBOURS = /* GraphQL */ `
  query ExplorerNeighbours(
    $id: ID!
    $factsFirst: Int!
    $factsAfter: String
    $annotationsFirst: Int!
    $annotationsAfter: String
  ) {
    concept(id: $id) {
      ...ExplorerNode
      annotations(includeNegated: true, first: $annotationsFirst, after: $annotationsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ExplorerAnnotation
          }
        }
      }
    }
    facts(about: $id, depth: 1, first: $factsFirst, after: $factsAfter) {
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
  ${NODE_FIELDS}
  ${ANNOTATION_FIELDS}
  ${FACT_FIELDS}
`;

export const DETAILS = /* GraphQL */ `
  query ExplorerDetails($id: ID!) {
    concept(id: $id) {
      __typename
      id
      name
      biolinkCategory
      curies
      ... on Entity {
        kind
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
      ... on Disease {
        diseaseNames: synonyms
        source {
          ...ExplorerCuratedSource
        }
      }
      ... on PhenotypicFeature {
        definition
        names {
          text
          scope
          type
        }
        source {
          ...ExplorerCuratedSource
        }
      }
      ... on Gene {
        symbol
        source {
          ...ExplorerCuratedSource
        }
      }
    }
  }
  fragment ExplorerCuratedSource on Source {
    id
    title
    version
  }
`;

/** Every source, for the source filter's names and the curated sources' attribution. */
export const SOURCES = /* GraphQL */ `
  query ExplorerSources {
    sources {
      id
      kind
      title
      version
      infores
      reference
    }
  }
`;

/** Terms' names (the onset and clinical modifiers of a curated statement), a batch at once. */
export const TERMS = /* GraphQL */ `
  query ExplorerTerms($ids: [ID!]!) {
    concepts(ids: $ids) {
      id
      name
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
