import type { Driver } from 'neo4j-driver';
import { PREDICATE_NAMES } from '../../domain';
import { DATABASE } from '../driver';
import { SeedLoadError } from './seed-load-error';

/** The constraints and indexes every query relies on (idempotent). */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT seed_meta_id IF NOT EXISTS FOR (n:SeedMeta) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_name_lower IF NOT EXISTS FOR (n:Entity) ON (n.nameLower)',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  // Each fact type's id index: pages of all facts walk them in id order.
  ...PREDICATE_NAMES.map(
    (p) => `CREATE INDEX fact_id_${p.toLowerCase()} IF NOT EXISTS FOR ()-[r:${p}]-() ON (r.id)`,
  ),
  // Exact cross-references, one token per CURIE, for lookup by CURIE.
  "CREATE FULLTEXT INDEX entity_xref IF NOT EXISTS FOR (n:Entity) ON EACH [n.xrefText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.synonymsText, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
];

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function applyGraphSchema(driver: Driver): Promise<void> {
  const session = driver.session({ database: DATABASE });
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
    await session.run('CALL db.awaitIndexes(120)');
  } finally {
    await session.close();
  }
}
