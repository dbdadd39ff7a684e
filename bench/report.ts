import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResults } from './results';
import { resultsMarkdown } from './results-markdown';
import { scaleSvg, throughputSvg } from './results-charts';

/** Writes one run's results: JSON, Markdown and SVG under the results folder, and the docs summary. */

export function writeResults(results: BenchResults, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files = {
    'results.json': JSON.stringify(results, null, 2) + '\n',
    'results.md': `# Benchmark results\n\n${resultsMarkdown(results)}\n![throughput](throughput.svg)\n\n![latency vs graph size](scale.svg)\n`,
    'throughput.svg': throughputSvg(results),
    'scale.svg': scaleSvg(results),
  };
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(outDir, name);
    writeFileSync(file, text);
    return file;
  });
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
