import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EVIDENCE_CODES } from '../../src/domain/curated';

/** The ECO class of each HPO evidence code is the one ECO's own files give (seeds/curated/eco). */
test('EVIDENCE_CODES names the ECO classes of the extract of ECO', () => {
  const [, ...rows] = readFileSync(
    path.join(__dirname, '..', '..', 'seeds', 'curated', 'eco', 'evidence-codes.tsv'),
    'utf8',
  )
    .trimEnd()
    .split('\n');
  const fromFile = Object.fromEntries(rows.map((row) => row.split('\t').slice(0, 2)));
  const inCode = Object.fromEntries(
    Object.entries(EVIDENCE_CODES).map(([code, evidence]) => [code, evidence.eco]),
  );
  expect(inCode).toEqual(fromFile);
});

test('IEA is an automated agent, PCS and TAS manual', () => {
  expect(EVIDENCE_CODES.IEA.agentType).toBe('automated_agent');
  expect(EVIDENCE_CODES.PCS.agentType).toBe('manual_agent');
  expect(EVIDENCE_CODES.TAS.agentType).toBe('manual_agent');
});
