import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEPLOY_DIR,
  EDGE_VCL,
  POLICY_VCL,
  ensureVarnishd,
  renderEdgeVcl,
} from '../../scripts/tier/varnish';

/** varnishd -C: compiles a VCL to C and prints nothing we need; throws with the compiler's words. */
function compiles(file: string): void {
  try {
    execFileSync(ensureVarnishd(), ['-C', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    throw new Error(`${file} does not compile:\n${String((error as { stderr?: Buffer }).stderr)}`, {
      cause: error,
    });
  }
}

test('every .vcl under deploy/ compiles on its own', () => {
  const files = readdirSync(DEPLOY_DIR).filter((name) => name.endsWith('.vcl'));
  expect(files).toContain('edge.vcl');
  for (const name of files) compiles(path.join(DEPLOY_DIR, name));
});

test('the edge rendered for three replicas names each and puts them all in the director, and compiles', () => {
  const vcl = renderEdgeVcl(
    [4101, 4102, 4103].map((port) => ({ host: '127.0.0.1', port })),
    POLICY_VCL,
  );
  for (const n of [1, 2, 3]) {
    expect(vcl).toContain(
      `backend api${n} { .host = "127.0.0.1"; .port = "${4100 + n}"; .probe = ready; }`,
    );
    expect(vcl).toContain(`api.add_backend(api${n});`);
  }
  expect(vcl).not.toContain('"4001"');
  expect(vcl).toContain(`include "${POLICY_VCL}";`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'edge-vcl-'));
  // Run as root, varnishd reads the VCL as its own unprivileged user.
  chmodSync(dir, 0o755);
  try {
    writeFileSync(path.join(dir, 'edge.vcl'), vcl);
    compiles(path.join(dir, 'edge.vcl'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Docker Compose's VCL is deploy/edge.vcl rendered for api1 and api2 (regenerate it when edge.vcl changes)", () => {
  const compose = readFileSync(path.join(DEPLOY_DIR, 'compose.vcl.template'), 'utf8');
  expect(compose).toBe(
    renderEdgeVcl(
      [
        { host: 'api1', port: 4000 },
        { host: 'api2', port: 4000 },
      ],
      './policy.vcl.inc',
    ),
  );
  expect(readFileSync(EDGE_VCL, 'utf8')).toContain('include "./policy.vcl.inc";');
});
