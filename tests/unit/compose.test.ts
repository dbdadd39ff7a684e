import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { EXPLORER_DIST_DIR } from '../../src/explorer/assets';
import { EXAMPLES_DIR } from '../../src/http/playground';
import { SCHEMA_DIR } from '../../src/schema/type-defs';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';

/**
 * Where no Docker engine runs (CI here), `docker compose config` cannot check
 * the stack, nor can the image be built; these checks pin what they must be.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));

test('Neo4j is 5.26 Community with a health check, a data volume and the password from the environment', () => {
  const neo4j = compose.services.neo4j;
  expect(neo4j.image).toBe('neo4j:5.26-community');
  expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
  expect(neo4j.volumes).toContain('neo4j-data:/data');
  expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  expect(Object.keys(compose.volumes)).toContain('neo4j-data');
});

test('the API is built here, waits for a healthy Neo4j, reaches it by service name and seeds on start', () => {
  const api = compose.services.api;
  expect(api.build).toBe('.');
  expect(api.depends_on.neo4j.condition).toBe('service_healthy');
  expect(api.environment).toMatchObject({
    NEO4J_URI: 'bolt://neo4j:7687',
    HOST: '0.0.0.0',
    SEED_ON_START: 'true',
  });
  expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_PASSWORD);
});

test('the image is built by npm run build on the Node of .nvmrc and runs the packed artifact', () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const nodeMajor = readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim();
  const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
  expect(bases).toEqual([`node:${nodeMajor}-bookworm-slim`, `node:${nodeMajor}-bookworm-slim`]);
  expect(dockerfile).toMatch(/^RUN npm run build && npm pack/m);
  // No build steps of its own: what CI builds and smoke-tests is what the image holds.
  expect(dockerfile).not.toMatch(/\b(tsc|tsx|esbuild|graphql-codegen)\b/);
  expect(dockerfile).toContain('npm ci --omit=dev');
  expect(dockerfile).toContain('CMD ["node", "dist/main.js"]');
});

test("package.json's files, which npm pack puts in the image, hold every folder the production start reads", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    files: string[];
  };
  const read = [
    SCHEMA_DIR,
    DEFAULT_SEED_DIR,
    EXAMPLES_DIR,
    EXPLORER_DIST_DIR,
    path.join(ROOT, 'dist'),
  ];
  for (const dir of read) {
    const relative = `${path.relative(ROOT, dir)}/`;
    expect(pkg.files).toContain(relative);
  }
  expect(pkg.files).toContain('NOTICE');
});
