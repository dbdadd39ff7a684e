import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Where no Docker engine runs (CI here), `docker compose config` cannot check
 * the stack; these checks pin what the stack must be.
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

test('the image runs the compiled service with the SDL, seeds and examples beside it', () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/^FROM node:20/m);
  for (const folder of ['schema', 'seeds', 'docs/examples']) {
    expect(dockerfile).toContain(`COPY ${folder} ${folder}`);
  }
  expect(dockerfile).toContain('CMD ["node", "dist/main.js"]');
});
