/**
 * `npm run bench:compile`: what the compiled executor (src/schema/executor.ts)
 * costs the first time it sees an operation. For each docs/examples operation
 * it times parse + compile (graphql-jit), beside parse + validate, which Apollo
 * spends on every new operation text anyway. A stream of distinct operations
 * costs the service about the sum of the two. No Neo4j needed.
 * Results go to bench/results/compile-cost.{json,md}.
 */
import os from 'node:os';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, validate } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { loadExamples } from '../src/http/playground';
import { loadTypeDefs, resolvers } from '../src/schema';
import { runMain, writeResultPair } from './script';

const WARM_UP = 50;
const TIMES = 500;

interface CompileRow {
  operation: string;
  parseValidateMs: number;
  parseCompileMs: number;
}

/** Mean ms per call of `work` over TIMES calls, after WARM_UP unrecorded ones. */
function msPerCall(work: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) work();
  const started = process.hrtime.bigint();
  for (let i = 0; i < TIMES; i++) work();
  return Number(process.hrtime.bigint() - started) / 1e6 / TIMES;
}

async function main(): Promise<void> {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const rows: CompileRow[] = loadExamples().map(({ file, query }) => ({
    operation: file,
    parseValidateMs: msPerCall(() => validate(schema, parse(query))),
    parseCompileMs: msPerCall(() => compileQuery(schema, parse(query))),
  }));
  const at = new Date().toISOString();
  const environment = { node: process.version, cpus: os.cpus().length };
  const ms = (n: number) => n.toFixed(2);
  writeResultPair('compile-cost', { at, environment, times: TIMES, rows }, [
    `# Cost of a new operation (${at}, Node ${environment.node}, ${environment.cpus} CPUs)`,
    '',
    `Mean of ${TIMES} calls after ${WARM_UP} unrecorded ones, per docs/examples operation.`,
    '',
    '| Operation | parse + validate ms | parse + compile ms |',
    '| --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.operation} | ${ms(r.parseValidateMs)} | ${ms(r.parseCompileMs)} |`),
    '',
  ]);
}

runMain(main);
