/**
 * The layering of README.md's "Layout", checked by `npm run lint`.
 *
 * Layers point down: the doors (schema/ with its Apollo plugins and response cache, mcp/,
 * explorer/, and http/ which mounts them) use the data layer (graph/), and
 * everything uses the domain (domain/). Each rule below names one layer and
 * what it may import; anything else of ours is an error. Packages and Node's
 * built-ins are not ours and are not checked here.
 *
 * Outside src/: tests/ may import anything; bench/ imports src/ and
 * scripts/; scripts/ imports src/ only; nothing in src/ imports them.
 */

/** A path regex for src/<name> as a folder or a single module. */
const src = (...names) => `^src/(${names.join('|')})(/|\\.ts$)`;

/** Ours, as opposed to packages and built-ins. */
const OURS = '^(src|tests|bench|scripts)/';

/** Modules every layer above the domain may use: error codes, configuration, the logger, the version. */
const FOUNDATION = ['errors', 'config', 'config-values', 'logger', 'version'];

/** One rule per layer: `from` may import nothing of ours outside `allowed`. */
function layer(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: OURS, pathNot: [`${from}`, ...allowed] },
  };
}

module.exports = {
  forbidden: [
    layer(
      'domain-imports-nothing-of-ours',
      'The domain is pure vocabulary: it imports nothing of ours.',
      src('domain'),
      [],
    ),
    layer(
      'foundation-imports-only-foundation',
      'Error codes, configuration, the logger and the version sit under every layer but the domain.',
      src(...FOUNDATION),
      [src(...FOUNDATION), src('domain')],
    ),
    layer(
      'telemetry-imports-only-foundation',
      'Tracing sits under the data layer and the doors: it knows configuration, the logger and the version, nothing above them.',
      src('telemetry'),
      [src(...FOUNDATION)],
    ),
    layer(
      'graph-imports-domain-and-foundation',
      "The data layer, the only home of Cypher, knows the domain, its errors, the logger, tracing and the service's name; never a door, nor provisioning.",
      src('graph'),
      [src('domain', 'errors', 'logger', 'telemetry', 'version')],
    ),
    layer(
      'neo4j-is-provisioning-only',
      'Provisioning finds or starts a Neo4j; it knows configuration and the logger only.',
      src('neo4j'),
      [src('config', 'logger')],
    ),
    layer(
      'seed-imports-graph-and-domain',
      'Seed files are read into domain content and loaded by the data layer; the seed command provisions its Neo4j and stops it on a signal.',
      src('seed'),
      [src('domain', 'graph', 'neo4j', 'stop-on-signals'), src(...FOUNDATION)],
    ),
    layer(
      'release-imports-seed-and-graph',
      'A release seeds and snapshots the graph through the data layer; its command stops its Neo4j on a signal.',
      src('release'),
      [src('domain', 'graph', 'neo4j', 'seed', 'stop-on-signals'), src(...FOUNDATION)],
    ),
    layer(
      'startup-imports-provisioning-seed-and-graph',
      'What npm start and npm run mcp share: provision, wait, seed.',
      src('startup'),
      [src('domain', 'graph', 'neo4j', 'seed'), src(...FOUNDATION)],
    ),
    layer(
      'schema-door-imports-graph-domain-and-its-generated-types',
      'The GraphQL door: Apollo Server with its plugins and response cache, thin resolvers over the data layer typed by the generated resolver types.',
      src('schema'),
      [src('domain', 'graph', 'generated', 'telemetry'), src(...FOUNDATION)],
    ),
    layer(
      'mcp-door-imports-graph-and-domain',
      'The MCP door: thin tools over the data layer. Its stdio entry (stdio.ts, stdio-server.ts) starts the service itself and stops it on a signal, as main.ts does, and reads the kept releases the changes are computed against (release/history.ts).',
      src('mcp'),
      [
        src('domain', 'graph', 'neo4j', 'startup', 'project-node', 'stop-on-signals', 'telemetry'),
        '^src/release/history\\.ts$',
        src(...FOUNDATION),
      ],
    ),
    {
      name: 'only-the-mcp-stdio-entry-starts-the-service',
      comment:
        'In the MCP door only its stdio entry may provision, seed, hand over to the project Node and stop on a signal.',
      severity: 'error',
      from: { path: src('mcp'), pathNot: '^src/mcp/stdio(-server)?\\.ts$' },
      to: { path: src('neo4j', 'startup', 'project-node', 'stop-on-signals') },
    },
    layer(
      'explorer-door-imports-domain-and-its-generated-operations',
      "The researchers' door runs in the browser: the domain's vocabulary and the typed operations, never the data layer.",
      src('explorer'),
      [src('domain', 'generated')],
    ),
    layer(
      'http-mounts-the-doors',
      'The Express app mounts the GraphQL, MCP and explorer doors; it does not provision or seed. It reads the kept releases (release/history.ts) that /releases/current compares with.',
      src('http'),
      [
        src('domain', 'graph', 'schema', 'mcp', 'explorer', 'telemetry'),
        '^src/release/history\\.ts$',
        src(...FOUNDATION),
      ],
    ),
    layer(
      'generated-types-name-their-mappers-only',
      "Codegen output imports only what codegen.ts maps to: the GraphQL context and the data layer's records.",
      src('generated'),
      ['^src/schema/context\\.ts$', '^src/graph/read/(curated-)?records\\.ts$'],
    ),
    {
      name: 'generated-only-for-the-schema-door-and-explorer',
      comment:
        "The generated types are the GraphQL door's and the explorer's (and the tests' that check the typed documents).",
      severity: 'error',
      from: { path: '^src/', pathNot: [src('schema', 'explorer', 'generated')] },
      to: { path: src('generated') },
    },
    {
      name: 'src-imports-no-tests-bench-or-scripts',
      comment: 'The service never needs its tests, its benchmark or its scripts.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
    {
      name: 'scripts-import-only-src',
      comment:
        'Scripts sit just above src/: tests and the benchmark may use them, not the other way round.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'bench-imports-no-tests',
      comment:
        'The benchmark imports src/ and scripts/; tests may import the benchmark (they test its statistics), so it never imports them back. ' +
        'One edge is left until the search phrase set moves: bench/search-quality.ts reads tests/search/search-quality.ts.',
      severity: 'error',
      from: { path: '^bench/', pathNot: '^bench/search-quality\\.ts$' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment: 'No module imports one that imports it back.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
