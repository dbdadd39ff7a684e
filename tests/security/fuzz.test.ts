import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { readConfig } from '../../src/config';
import { seedDatabase } from '../../src/seed/seed';
import { envConnection, startTestServer, type TestServer } from '../fixtures/api-server';
import { anyString } from '../fixtures/hostile-strings';
import { KNOWN_CODES, expectSafe, graphHash, postGraphQL } from '../fixtures/security-kit';
import { testDriver } from '../fixtures/testkit';

/**
 * Property: whatever string a client puts into a string argument, the
 * production server answers without a 5xx, every error has a known code,
 * nothing internal leaks, and the graph does not change.
 */

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 200);

let driver: Driver;
let server: TestServer;
let hashBefore: string;
const stats = new Map<string, { runs: number; errors: Map<string, number> }>();

beforeAll(async () => {
  driver = testDriver();
  await seedDatabase(driver);
  hashBefore = await graphHash(driver);
  console.log(`fuzz: graph hash before ${hashBefore}`);
  server = await startTestServer(
    readConfig({ NODE_ENV: 'production', PORT: '0', RATE_LIMIT_PER_MINUTE: '0' }),
  );
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (driver) {
    console.log(`fuzz: graph hash after  ${await graphHash(driver)}`);
    await driver.close();
  }
  console.log(
    'fuzz runs per argument (error codes seen):\n' +
      [...stats]
        .map(
          ([name, s]) =>
            `  ${name.padEnd(16)} ${s.runs} runs ${JSON.stringify(Object.fromEntries(s.errors))}`,
        )
        .join('\n'),
  );
}, 60_000);

const ARGUMENTS: [string, string, (v: string) => Record<string, unknown>][] = [
  [
    'search.text',
    'query($v: String!) { search(text: $v) { score entity { id } } }',
    (v) => ({ v }),
  ],
  ['condition.name', 'query($v: String!) { condition(name: $v) { id } }', (v) => ({ v })],
  ['entity.id', 'query($v: ID!) { entity(id: $v) { id facts { id } } }', (v) => ({ v })],
  ['path.from', 'query($v: ID!) { path(from: $v, to: "myoclonus") { length } }', (v) => ({ v })],
];

describe.each(ARGUMENTS)('%s', (name, query, variables) => {
  test(`${NUM_RUNS} arbitrary strings: no 5xx, known codes, no leaks`, async () => {
    const entry = { runs: 0, errors: new Map<string, number>() };
    stats.set(name, entry);
    const secrets = [envConnection().password, envConnection().uri];
    await fc.assert(
      fc.asyncProperty(anyString, async (value) => {
        entry.runs++;
        const result = await postGraphQL(server.graphqlUrl, query, variables(value));
        expectSafe(result, { secrets, echoed: [value] });
        const errors = (result.json?.errors ?? []) as { extensions?: { code?: string } }[];
        for (const error of errors) {
          const code = error.extensions?.code ?? '(none)';
          expect(KNOWN_CODES.has(code)).toBe(true);
          expect(code).not.toBe('INTERNAL_SERVER_ERROR');
          entry.errors.set(code, (entry.errors.get(code) ?? 0) + 1);
        }
        // A string argument never fails for its content in any other way than BAD_USER_INPUT.
        for (const error of errors) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        if (errors.length === 0) expect(result.status).toBe(200);
      }),
      { numRuns: NUM_RUNS, interruptAfterTimeLimit: 30_000 },
    );
  }, 90_000);
});

test('the graph is unchanged after every fuzz run', async () => {
  expect(await graphHash(driver)).toBe(hashBefore);
});
