import { serverAudits, type AuditResult } from 'graphql-http';
import { useSeededServer } from '../fixtures/seeded-server';

/** GraphQL over HTTP conformance, as graphql-http's server audits check it. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

test('no GraphQL-over-HTTP audit reports an error', async () => {
  const audits = serverAudits({ url: ctx.server.graphqlUrl, fetchFn: fetch });
  expect(audits.length).toBeGreaterThan(20);
  const results: AuditResult[] = [];
  for (const audit of audits) results.push(await audit.fn());

  const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
  for (const result of results) counts[result.status]++;
  const describe = (r: AuditResult) =>
    `${r.status.toUpperCase()} ${r.id} ${r.name}${r.status === 'ok' ? '' : `: ${r.reason}`}`;
  console.log(
    [
      `graphql-http audits: ${results.length} run; ok ${counts.ok}, notice ${counts.notice}, warn ${counts.warn}, error ${counts.error}`,
      ...results.filter((r) => r.status !== 'ok').map(describe),
    ].join('\n'),
  );

  const errors = results.filter((r) => r.status === 'error').map(describe);
  expect(errors).toEqual([]);
});
