import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CitationContent, GraphContent } from '../../src/domain';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { loadSeedGraph } from '../../src/seed/seed-graph';

/**
 * The citation of every fact and every description, with each fact's
 * modality, cue and frequency, as one reviewed table
 * (tests/knowledge/citations.tsv). A change to any of them fails here until
 * the table is written anew and the change is reviewed in its diff:
 *
 *   WRITE_CITATION_TABLE=1 npx jest tests/unit/citation-table.test.ts
 */

const TABLE = path.join(__dirname, '..', 'knowledge', 'citations.tsv');
const HEADER = ['what', 'id', 'predicate', 'modality', 'cue', 'frequency', 'cites'];

const cites = (citations: CitationContent[]) =>
  citations.map((c) => `${c.source} / ${c.section} / ${c.paragraph}`).join(' + ');

function citationTable(graph: GraphContent): string {
  const rows = [
    ...graph.entities.map((e) => ['description', e.id, '', '', '', '', cites([e.citation])]),
    ...graph.facts.map((f) => [
      'fact',
      f.id,
      f.predicate,
      f.modality,
      f.cue,
      f.frequency ?? '',
      cites(f.citations),
    ]),
    ...graph.statistics.map((s) => ['figure', s.id, '', 'FIGURE', '', '', cites(s.citations)]),
  ];
  return `${[HEADER, ...rows].map((row) => row.join('\t')).join('\n')}\n`;
}

test('every citation, modality and frequency is as reviewed in tests/knowledge/citations.tsv', () => {
  const table = citationTable(loadSeedGraph(DEFAULT_SEED_DIR));
  if (process.env.WRITE_CITATION_TABLE === '1') writeFileSync(TABLE, table);
  expect(table).toBe(readFileSync(TABLE, 'utf8'));
});
