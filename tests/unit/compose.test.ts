import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
// Merge keys (`<<: *api`) as Docker Compose reads them.
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });

test('Neo4j is 5.26 Community with a health check, a data volume and the password from the environment', () => {
  const neo4j = compose.services.neo4j;
  expect(neo4j.image).toBe('neo4j:5.26-community');
  expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
  expect(neo4j.volumes).toContain('neo4j-data:/data');
  expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  expect(Object.keys(compose.volumes)).toContain('neo4j-data');
});

test('two API replicas are built here, reach Neo4j by service name, and the first seeds while the second waits for it', () => {
  const { api1, api2 } = compose.services;
  for (const api of [api1, api2]) {
    expect(api.build).toBe('.');
    expect(api.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      HOST: '0.0.0.0',
      PORT: '4000',
    });
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_PASSWORD);
    expect(api.healthcheck.test.join(' ')).toContain('/health/ready');
    // Only the edge is published: no replica is reached around it.
    expect(api.ports).toBeUndefined();
  }
  expect(api1.depends_on.neo4j.condition).toBe('service_healthy');
  expect(api1.environment.SEED_ON_START).toBe('true');
  expect(api2.environment.SEED_ON_START).toBe('false');
  expect(api2.depends_on.api1.condition).toBe('service_healthy');
});

test("Varnish 7 fronts both replicas with deploy/'s VCL, and the replicas trust its address alone", () => {
  const { varnish, api1, api2 } = compose.services;
  expect(varnish.image).toBe('varnish:7');
  expect(varnish.volumes).toEqual([
    './deploy/compose.vcl.template:/etc/varnish/default.vcl:ro',
    './deploy/policy.vcl.inc:/etc/varnish/policy.vcl.inc:ro',
  ]);
  for (const mounted of varnish.volumes as string[])
    expect(existsSync(path.join(ROOT, mounted.split(':')[0]!))).toBe(true);
  expect(varnish.depends_on.api1.condition).toBe('service_healthy');
  expect(varnish.depends_on.api2.condition).toBe('service_healthy');
  expect(varnish.ports).toEqual(['8080:80']);

  const vcl = readFileSync(path.join(ROOT, 'deploy', 'compose.vcl.template'), 'utf8');
  expect(vcl).toContain('backend api1 { .host = "api1"; .port = "4000"; .probe = ready; }');
  expect(vcl).toContain('backend api2 { .host = "api2"; .port = "4000"; .probe = ready; }');
  expect(vcl).toContain('include "./policy.vcl.inc";');

  const edgeAddress = varnish.networks.tier.ipv4_address;
  const subnet = compose.networks.tier.ipam.config[0].subnet as string;
  expect(edgeAddress.startsWith(subnet.replace(/0\/24$/, ''))).toBe(true);
  for (const api of [api1, api2]) expect(api.environment.TRUSTED_PROXIES).toBe(edgeAddress);
  for (const name of ['neo4j', 'api1', 'api2', 'varnish'])
    expect(Object.keys(compose.services[name].networks)).toEqual(['tier']);
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

test('the image health check asks /health/ready on the port PORT names, 4000 unless set', async () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/^ENV .*\bPORT=4000\b/m);
  const command = /^HEALTHCHECK .* CMD (\[.*\])$/m.exec(dockerfile)?.[1];
  const [node, flag, script] = JSON.parse(command!) as string[];
  expect([node, flag]).toEqual(['node', '-e']);

  // The command as Docker runs it in the container, against a service on another port.
  let status = 200;
  const asked: string[] = [];
  const service = createServer((req, res) => {
    asked.push(req.url!);
    res.writeHead(status).end();
  });
  await new Promise<void>((listening) => service.listen(0, '127.0.0.1', listening));
  const { port } = service.address() as AddressInfo;
  const check = () =>
    new Promise<number>((exited) =>
      execFile(
        process.execPath,
        ['-e', script!],
        { env: { ...process.env, PORT: String(port) }, timeout: 10_000 },
        (error) => exited(error ? Number(error.code) : 0),
      ),
    );
  try {
    expect(await check()).toBe(0);
    status = 503;
    expect(await check()).toBe(1);
  } finally {
    service.close();
  }
  expect(asked).toEqual(['/health/ready', '/health/ready']);
  // Unset, the port is the image's default, as the service's.
  expect(script).toContain('process.env.PORT||4000');
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
