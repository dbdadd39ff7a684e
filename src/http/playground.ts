import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { SERVICE_TITLE } from '../version';

export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'docs', 'examples');

export interface ExampleOperation {
  file: string;
  query: string;
}

/** The example operations shown in the playground and executed by the tests. */
export function loadExamples(dir = EXAMPLES_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, query: readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * A self-contained GraphiQL page (scripts and styles inlined, no network
 * needed) with one tab per example operation.
 */
export function renderPlayground(endpoint: string, examples = loadExamples()): string {
  return renderGraphiQL({
    endpoint,
    title: SERVICE_TITLE,
    defaultTabs: examples.map((example) => ({ query: example.query })),
  } as Parameters<typeof renderGraphiQL>[0]);
}
