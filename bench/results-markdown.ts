import { num, withSpread } from './number-format';
import { SERVER_NAMES } from './processes';
import type { BenchResults } from './results';
import type { ServerId } from './workloads';

/** The results as Markdown tables: results.md and the summary section of docs/performance.md. */
export function resultsMarkdown(results: BenchResults): string {
  const out: string[] = [];
  const { settings } = results;
  out.push(
    `Run ${results.startedAt}${results.smoke ? ' (**smoke**: tiny graph, short runs; not representative)' : ''}: ` +
      `${settings.rounds} round(s) of ${settings.durationS} s per server and workload, ` +
      `${settings.connections} connections, Node ${results.environment.node}, ${results.environment.cpus} CPU(s), ` +
      `Neo4j ${results.environment.neo4j}. Medians over rounds, (min–max) when rounds differ.`,
    '',
    '| Workload | Server | req/s | p50 ms | p99 ms |',
    '| --- | --- | ---: | ---: | ---: |',
  );
  for (const row of results.comparison) {
    out.push(
      `| ${row.workload} | ${SERVER_NAMES[row.server]} | ${withSpread(row.rps)} | ${withSpread(row.p50, 1)} | ${withSpread(row.p99, 1)} |`,
    );
  }
  out.push(
    '',
    "Each ratio is the median over rounds of that round's own ratio (two runs of the same round).",
    '',
    '| Workload | A/B req/s | A/C req/s | A+/A req/s | A+/D req/s |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const r of results.ratios)
    out.push(
      `| ${r.workload} | ${num(r.aOverB, 2)} | ${num(r.aOverC, 2)} | ${num(r.cachedOverA, 2)} | ${num(r.cachedOverD, 2)} |`,
    );
  out.push(
    '',
    'Cold start of the API process alone (compiled JavaScript on `node`, Neo4j up), to the first correct W1 answer:',
    '',
    '| Server | listening ms | first answer ms |',
    '| --- | ---: | ---: |',
    ...results.coldStarts.map(
      (c) =>
        `| ${SERVER_NAMES[c.server]} | ${withSpread(c.readyMs)} | ${withSpread(c.firstAnswerMs)} |`,
    ),
    '',
    'Memory (RSS) of the server process:',
    '',
    '| Server | after warm-up MiB | after sustained load MiB |',
    '| --- | ---: | ---: |',
    ...results.memory.map(
      (m) =>
        `| ${SERVER_NAMES[m.server as ServerId] ?? m.server} | ${num(m.afterWarmUpMiB ?? NaN)} | ${num(m.afterLoadMiB ?? NaN)} (${m.loadS} s) |`,
    ),
  );
  out.push(
    '',
    'Where a write floor is measured, floor and load run in alternating pairs: Load s and Floor s are medians over the pairs, and the speed is the median of each load divided by the floor just before it (min–max).',
    '',
    '| Graph | Relationships | Entities | Load | Load s | Load rel/s | Floor s | Load/floor speed | A W1 p50 ms | A W2 p50 ms |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of results.scales) {
    const floor = s.floorMs === undefined ? 'n/a' : num(s.floorMs / 1000, 1);
    const speed = s.floorSpeed ? withSpread(s.floorSpeed, 2) : 'n/a';
    out.push(
      `| ${s.label} | ${num(s.relationships)} | ${num(s.entities)} | ${s.loadMode ?? ''} | ${num(s.loadMs / 1000, 1)} | ${num(s.loadRelPerS)} | ${floor} | ${speed} | ${withSpread(s.w1p50, 1)} | ${withSpread(s.w2p50, 1)} |`,
    );
  }
  out.push('', '| Target | Reached | Met |', '| --- | --- | --- |');
  for (const t of results.targets)
    out.push(`| ${t.target} | ${t.value} | ${t.met === null ? 'n/a' : t.met ? 'yes' : 'no'} |`);
  out.push('', 'Answer checks before timing:', '', ...results.checks.map((c) => `- ${c}`));
  return out.join('\n') + '\n';
}
