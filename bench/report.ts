import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResults, TargetRow } from './results';
import { resultsMarkdown } from './results-markdown';
import { scaleSvg, throughputSvg } from './results-charts';

/** Writes one run's results: JSON, Markdown and SVG under the results folder, and the docs summary. */

const RESULTS_FILE = 'results.json';

const resultsMarkdownFile = (results: BenchResults) =>
  `# Benchmark results\n\n${resultsMarkdown(results)}\n![throughput](throughput.svg)\n\n![latency vs graph size](scale.svg)\n`;

const readResults = (outDir: string): BenchResults | null => {
  const file = path.join(outDir, RESULTS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : null;
};

/**
 * A run of the whole bench: its results, and beside its own targets the rows
 * the standalone scripts (bench:edge, bench:tracing) last wrote, which it
 * does not measure.
 */
export function writeResults(results: BenchResults, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const standalone = (readResults(outDir)?.targets ?? []).filter(
    (row) => row.script !== undefined && !results.targets.some((t) => t.target === row.target),
  );
  results = { ...results, targets: [...results.targets, ...standalone] };
  const files = {
    [RESULTS_FILE]: JSON.stringify(results, null, 2) + '\n',
    'results.md': resultsMarkdownFile(results),
    'throughput.svg': throughputSvg(results),
    'scale.svg': scaleSvg(results),
  };
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(outDir, name);
    writeFileSync(file, text);
    return file;
  });
}

/**
 * A standalone script's targets, upserted by name into results.json beside
 * the whole bench's (labelled with the script, so that a run of the whole
 * bench keeps them), and results.md written again from it.
 */
export function upsertStandaloneTargets(
  script: string,
  rows: Omit<TargetRow, 'script'>[],
  outDir: string,
): void {
  const results = readResults(outDir);
  if (!results) throw new Error(`no ${RESULTS_FILE} in ${outDir}: run npm run bench first`);
  for (const row of rows) {
    const labelled = { ...row, script };
    const at = results.targets.findIndex((t) => t.target === row.target);
    if (at === -1) results.targets.push(labelled);
    else results.targets[at] = labelled;
  }
  writeFileSync(path.join(outDir, RESULTS_FILE), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(path.join(outDir, 'results.md'), resultsMarkdownFile(results));
}

const START = '<!-- bench:summary:start -->';
const END = '<!-- bench:summary:end -->';

/** Replaces the generated summary section of docs/performance.md (keeps the hand-written rest). */
export function writeDocsSummary(results: BenchResults, docFile: string): void {
  const section = `${START}\n## Latest results\n\n${resultsMarkdown(results)}\nCharts: [throughput](../bench/results/throughput.svg), [latency vs graph size](../bench/results/scale.svg).\n${END}`;
  const current = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Performance\n\n';
  const next = current.includes(START)
    ? current.replace(new RegExp(`${START}[\\s\\S]*?${END}`), () => section)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docFile, next);
}
