import type { KnipConfig } from 'knip';

/**
 * What `npm run lint` reports as unused (files, exports, dependencies). The
 * entry points that package.json's scripts name (src/main.ts, the MCP stdio
 * door, the seed and release commands, the explorer build, the bench
 * scripts) and those of jest, eslint and graphql-codegen come from knip's
 * plugins; these are the others.
 */
const config: KnipConfig = {
  entry: [
    // The explorer's page, which esbuild bundles from src/explorer/build.ts.
    'src/explorer/app/main.ts',
    // The bench servers and load child that the harness forks, and the bench Neo4j on its own.
    'bench/servers/*.ts',
    'bench/load.ts',
    'bench/neo4j-alone.ts',
    'scripts/*.{ts,js}',
    // Processes the tests start with tsx, and the search set's splitter, run by hand.
    'tests/fixtures/{soak-server,load-child,sigint-provision,hand-over,traced-server,loaded-modules}.ts',
    'tests/search/split-phrases.ts',
  ],
  project: [
    'src/**/*.ts',
    'tests/**/*.ts',
    'bench/**/*.ts',
    'scripts/**/*.{ts,js}',
    '*.{ts,js,mjs,cjs}',
  ],
  ignoreDependencies: [
    // Run by path from scripts/mcp-conformance.sh (tests/mcp/conformance.test.ts).
    '@modelcontextprotocol/conformance',
    // The MCP inspector, run with npx as README.md's MCP section shows.
    '@modelcontextprotocol/inspector-cli',
  ],
  ignoreIssues: {
    // Not checked yet: the search ranking's tuning constants and the phrase set's tables, whose exports still change.
    'src/graph/read/search-ranking.ts': ['exports'],
    'tests/search/search-quality.ts': ['exports', 'types'],
  },
  // The local Neo4j is built with the machine's Maven (src/neo4j/distribution.ts checks for it).
  ignoreBinaries: ['mvn'],
};

export default config;
