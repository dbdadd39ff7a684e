import type { Driver } from 'neo4j-driver';
import { PREDICATE_NAMES } from '../../domain';
import { CURATED_PREDICATE_NAMES } from '../../domain/curated';
import { openSession } from '../driver';
import { SeedLoadError } from './seed-load-error';

/**
 * The full-text indexes: exact cross-references (one token per CURIE, for
 * lookup by CURIE), and names, synonyms and descriptions for search.
 */
const FULLTEXT_INDEXES = {
  entity_xref:
    "CREATE FULLTEXT INDEX entity_xref IF NOT EXISTS FOR (n:Entity) ON EACH [n.xrefText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
  concept_curie:
    "CREATE FULLTEXT INDEX concept_curie IF NOT EXISTS FOR (n:Concept) ON EACH [n.curieText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
  concept_search:
    "CREATE FULLTEXT INDEX concept_search IF NOT EXISTS FOR (n:Concept) ON EACH [n.name, n.synonymsText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
  entity_search:
    "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.synonymsText, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
};

/** Constraints and range indexes. */
const RANGE_SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  // Every node of either layer: article entities and curated nodes.
  'CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT retired_id IF NOT EXISTS FOR (n:RetiredId) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT seed_meta_id IF NOT EXISTS FOR (n:SeedMeta) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_name_lower IF NOT EXISTS FOR (n:Entity) ON (n.nameLower)',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  // An id index per relationship type, the article's facts and the curated
  // layer's statements alike: pages of all facts walk them in id order.
  ...[...PREDICATE_NAMES, ...CURATED_PREDICATE_NAMES].map(
    (p) => `CREATE INDEX fact_id_${p.toLowerCase()} IF NOT EXISTS FOR ()-[r:${p}]-() ON (r.id)`,
  ),
];

/** The constraints and indexes every query relies on (idempotent). */
const SCHEMA_STATEMENTS = [...RANGE_SCHEMA, ...Object.values(FULLTEXT_INDEXES)];

/** The full-text index names, for the statements that drop them (names of ours, never input). */
const FULLTEXT_INDEX_NAMES = Object.keys(FULLTEXT_INDEXES);

/**
 * Drops the full-text indexes, which a large load then builds again in one
 * pass (applyGraphSchema): Lucene takes nodes in bulk several times faster
 * than one transaction's worth at a time.
 */
export async function dropFulltextIndexes(driver: Driver): Promise<void> {
  const session = openSession(driver, 'WRITE');
  try {
    for (const name of FULLTEXT_INDEX_NAMES)
      await session.run(
        `DROP INDEX ${name} IF EXISTS`,
        {},
        {
          metadata: { app: 'seed', query: 'drop-fulltext-indexes' },
        },
      );
  } finally {
    await session.close();
  }
}

/**
 * Builds the search indexes anew from the nodes as they are now, and waits
 * until they are online. Lucene's relevance counts the documents a load
 * deleted until it merges its segments, so after many loads the same graph
 * ranks a search's hits otherwise; a fresh build ranks as a first load does.
 * Search answers nothing while the indexes build.
 */
export async function rebuildSearchIndexes(driver: Driver): Promise<void> {
  const session = openSession(driver, 'WRITE');
  try {
    for (const name of ['entity_search', 'concept_search'] as const) {
      await session.run(`DROP INDEX ${name} IF EXISTS`);
      await session.run(FULLTEXT_INDEXES[name]);
    }
    await session.run('CALL db.awaitIndexes(600)');
  } finally {
    await session.close();
  }
}

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function applyGraphSchema(driver: Driver): Promise<void> {
  const session = openSession(driver, 'WRITE');
  try {
    for (const statement of SCHEMA_STATEMENTS) {
      try {
        await session.run(statement, {}, { metadata: { app: 'seed', query: 'graph-schema' } });
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        throw new SeedLoadError(
          code.includes('ConstraintCreationFailed') || code.includes('Schema')
            ? `cannot create the graph's constraints and indexes (${code}): ${(error as Error).message}`
            : `schema statement failed: ${(error as Error).message}`,
        );
      }
    }
    await session.run('CALL db.awaitIndexes(600)');
  } finally {
    await session.close();
  }
}
