import { readGraphSettings } from '../../src/config';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadExamples } from '../../src/http/playground';
import {
  envConnection,
  roundTripsOf,
  startTestServer,
  type TestServer,
} from '../fixtures/api-server';
import { recordingDriver, type SentStatement } from '../fixtures/recording-driver';
import { clearGraph, testDriver } from '../fixtures/testkit';
import { seedDatabase } from '../../src/seed/seed';
import { createDriver } from '../../src/graph/driver';

/**
 * The response body of every docs/examples operation, byte for byte, and the
 * Cypher and parameters each one sends (as neo4j/graphql's TCK tests pin
 * theirs). A change to either shows in review as a change to a file in
 * golden/; `UPDATE_GOLDEN=1` rewrites them after a deliberate change.
 */

jest.setTimeout(60_000);
const GOLDEN = path.join(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const examples = loadExamples();

let server: TestServer;
let sent: SentStatement[];

beforeAll(async () => {
  const driver = testDriver();
  await clearGraph(driver);
  await seedDatabase(driver);
  await driver.close();
  const recording = recordingDriver(createDriver(envConnection(), readGraphSettings().driver));
  sent = recording.sent;
  server = await startTestServer({}, { driver: recording.driver });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

/**
 * A search hit's score is Lucene's relevance, which also counts documents an
 * earlier load deleted until Lucene merges its segments: the same graph
 * scores a little differently after another history. The golden pins the
 * hits and their order; the scores are checked to fall, not pinned.
 */
const SCORE = /"score":(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/g;
function withoutScores(text: string): string {
  const scores = [...text.matchAll(SCORE)].map((m) => Number(m[1]));
  scores.forEach((score, i) => {
    expect(score).toBeGreaterThan(0);
    if (i > 0) expect(score).toBeLessThanOrEqual(scores[i - 1]!);
  });
  return text.replace(SCORE, '"score":"(relevance)"');
}

function expectGolden(file: string, actual: string): void {
  const golden = path.join(GOLDEN, file);
  if (update) writeFileSync(golden, actual);
  expect(actual).toBe(readFileSync(golden, 'utf8'));
}

test.each(examples.map((e) => [e.file, e.query] as const))(
  '%s: the same response body and the same Cypher as pinned',
  async (file, query) => {
    sent.length = 0;
    const result = await server.post(query);
    const { status, text } = result;
    expect(status).toBe(200);
    const name = file.replace(/\.graphql$/, '');
    // The body holds nothing of the request's (its id is a header): the same bytes each time.
    expectGolden(`${name}.response.json`, `${withoutScores(text)}\n`);
    // The seed-state reads (the poll, and the check before an answer is kept) are the cache's, not the answer's.
    const answer = sent.filter(
      (s) => (s.metadata as { app?: string } | null)?.app !== 'seed-state-watch',
    );
    expectGolden(`${name}.cypher.json`, `${JSON.stringify(answer, null, 2)}\n`);
    // The cost the response reports is the statements pinned.
    expect(roundTripsOf(result)).toBe(answer.length);
  },
);
