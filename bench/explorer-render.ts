/**
 * `npm run bench:explorer`: how fast the explorer draws, in headless Chromium
 * (Debian's, through puppeteer-core), against the service on the bench's
 * Neo4j holding the article graph and a node of 600 neighbours. Two
 * figures, each the median of a few page loads: the time from navigation to
 * the first render of the page (ready, empty canvas), and to a fully
 * expanded 500-neighbour view (a deep link naming the hub and 500 of its
 * neighbours, 20 pages of the expansion cap, laid out by fcose). Results go
 * to bench/results/explorer-render.{json,md}, with the machine's specs.
 */
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/ensure-browser';
import { readConfig, readGraphSettings } from '../src/config';
import { buildExplorer } from '../src/explorer/build';
import { createDriver } from '../src/graph/driver';
import { applyGraphSchema, writeSeedGraph } from '../src/graph/write';
import { createApiServer } from '../src/http/server';
import { HUB_ID, hubGraph } from './hub-graph';
import { emptyDatabase, provisionBenchNeo4j } from './neo4j';
import { readOptions } from './options';
import { runMain, writeResultPair } from './script';

const LOADS = Number(process.env.BENCH_EXPLORER_LOADS ?? 5);
const PAGES = 20;
const CAP = 25;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const bundle = await buildExplorer();
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('no Chromium: run `npx tsx scripts/ensure-browser.ts` first');
  const connection = await provisionBenchNeo4j(readOptions());
  const driver = createDriver(connection, readGraphSettings().driver);
  const server = await createApiServer(
    driver,
    readConfig({
      NODE_ENV: 'production',
      PORT: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    }),
  );
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  try {
    await emptyDatabase(driver);
    await applyGraphSchema(driver);
    const graph = hubGraph();
    await writeSeedGraph(driver, graph);
    const base = `http://127.0.0.1:${await server.listen()}`;
    const neighbours = graph.facts
      .filter((f) => f.object === HUB_ID)
      .map((f) => f.subject)
      .sort()
      .slice(0, PAGES * CAP);
    const expandedLink = `?nodes=${[HUB_ID, ...neighbours].join(',')}&expanded=${HUB_ID}~${PAGES}`;

    const timeToReady = async (query: string) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      try {
        const started = performance.now();
        await page.goto(`${base}/explorer${query}`);
        await page.waitForFunction(() => document.body.dataset.state === 'ready', {
          timeout: 120_000,
        });
        const ms = performance.now() - started;
        const shown = await page.evaluate(
          () =>
            (
              window as unknown as { explorer: { view: { entityIds(): string[] } } }
            ).explorer.view.entityIds().length,
        );
        return { ms, shown };
      } finally {
        await page.close();
      }
    };
    // One of each first, to warm the server and the browser's cache of the bundle.
    await timeToReady('');
    await timeToReady(expandedLink);
    const first: number[] = [];
    const expanded: number[] = [];
    let shownExpanded = 0;
    for (let i = 0; i < LOADS; i++) {
      first.push((await timeToReady('')).ms);
      const run = await timeToReady(expandedLink);
      expanded.push(run.ms);
      shownExpanded = run.shown;
    }
    const at = new Date().toISOString();
    const machine = {
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      chromium: await browser.version(),
    };
    const result = {
      at,
      loads: LOADS,
      machine,
      bundleBytes: bundle.scriptBytes,
      firstRenderMs: Math.round(median(first)),
      expandedViewMs: Math.round(median(expanded)),
      expandedEntities: shownExpanded,
    };
    writeResultPair('explorer-render', result, [
      `# Explorer render times (${at})`,
      '',
      `Headless ${machine.chromium}, 1280×800, the page served by the service on the bench's Neo4j; median of ${LOADS} loads after one warm-up of each. Machine: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}.`,
      '',
      '| view | time to ready (ms) |',
      '| --- | --- |',
      `| first render (empty page) | ${result.firstRenderMs} |`,
      `| fully expanded hub: ${shownExpanded} entities (${PAGES} pages of ${CAP}, fcose layout) | ${result.expandedViewMs} |`,
      '',
      `Bundle: ${Math.round(bundle.scriptBytes / 1024)} kB of script (minified: the app, cytoscape.js and fcose).`,
    ]);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.stop();
    await driver.close();
    await connection.stop();
  }
}

runMain(main);
