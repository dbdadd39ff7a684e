/**
 * The edge of the tier: Debian's Varnish 7, found on the machine or installed
 * with apt-get, run in the foreground in a process group of its own (so a stop
 * ends it whole) with a work folder of its own (`-n`), so it needs no root.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isAlive, killGroup, sleep, startWatchdog } from '../../src/neo4j/process-group';
import { findProgram, installDebianPackage } from '../debian-package';

export const DEPLOY_DIR = path.resolve(__dirname, '..', '..', 'deploy');
/** The top-level VCL of a local tier of two replicas on ports 4001 and 4002. */
export const EDGE_VCL = path.join(DEPLOY_DIR, 'edge.vcl');
export const POLICY_VCL = path.join(DEPLOY_DIR, 'policy.vcl.inc');

export interface BackendAddress {
  host: string;
  port: number;
}

const BACKENDS = /^# backends:begin\n[\s\S]*?^# backends:end\n/m;
const DIRECTOR = /^ {2}# director:begin\n[\s\S]*?^ {2}# director:end\n/m;

/**
 * deploy/edge.vcl with other replicas (api1..apiN, in order) and the policy
 * included from `policyPath`: what the local tier and Docker Compose run.
 */
export function renderEdgeVcl(backends: BackendAddress[], policyPath: string): string {
  if (backends.length === 0) throw new Error('the edge needs at least one replica');
  const template = readFileSync(EDGE_VCL, 'utf8');
  const names = backends.map((_, i) => `api${i + 1}`);
  const declared = backends
    .map(
      (b, i) => `backend ${names[i]} { .host = "${b.host}"; .port = "${b.port}"; .probe = ready; }`,
    )
    .join('\n');
  const added = names.map((name) => `  api.add_backend(${name});`).join('\n');
  return template
    .replace(BACKENDS, `# backends:begin\n${declared}\n# backends:end\n`)
    .replace(DIRECTOR, `  # director:begin\n${added}\n  # director:end\n`)
    .replace(/^include ".*";$/m, `include "${policyPath}";`);
}

/** varnishd (VARNISHD_PATH, the PATH, or Debian's /usr/sbin), or null when there is none. */
function findVarnishd(env = process.env): string | null {
  return findProgram(['varnishd'], env.VARNISHD_PATH, ['/usr/sbin', '/usr/local/sbin'], env);
}

/** varnishd, installed first when the machine has none; throws with what to do when that fails. */
export function ensureVarnishd(): string {
  const found = findVarnishd();
  if (found) return found;
  try {
    installDebianPackage('varnish');
  } catch (error) {
    throw new Error(
      `Could not install varnish (${(error as Error).message}). Install it (apt-get install varnish) or set VARNISHD_PATH.`,
      { cause: error },
    );
  }
  const installed = findVarnishd();
  if (!installed)
    throw new Error('varnish was installed but varnishd is not found; set VARNISHD_PATH.');
  return installed;
}

export interface Edge {
  url: string;
  port: number;
  /** The work folder (`-n`), for varnishadm. */
  workDir: string;
  /** The generated VCL and Varnish's own log. */
  logFile: string;
  /** Drops every answer that depends on the graph (the VCL's BAN). */
  ban(): Promise<void>;
  /** Each replica's health as the probe sees it, by backend name (api1..apiN). */
  backendHealth(): Record<string, 'healthy' | 'sick'>;
  stop(): Promise<void>;
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Varnish on 127.0.0.1:`port` in front of `backends`, and waits until it accepts connections. */
export async function startEdge(backends: BackendAddress[], port: number): Promise<Edge> {
  const varnishd = ensureVarnishd();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'kg-edge-'));
  // Run as root, varnishd reads its VCL as its own unprivileged user.
  chmodSync(workDir, 0o755);
  const vclFile = path.join(workDir, 'edge.vcl');
  writeFileSync(vclFile, renderEdgeVcl(backends, POLICY_VCL));
  const logFile = path.join(workDir, 'varnishd.log');
  const out = openSync(logFile, 'a');
  const child = spawn(
    varnishd,
    [
      '-F',
      '-n',
      path.join(workDir, 'n'),
      '-a',
      `127.0.0.1:${port}`,
      '-f',
      vclFile,
      '-s',
      'malloc,64m',
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  const pgid = child.pid!;
  startWatchdog(process.pid, pgid);
  let exited = false;
  child.once('exit', () => (exited = true));
  const started = Date.now();
  while (!(await accepts(port))) {
    if (exited || Date.now() - started > 30_000) {
      killGroup(pgid, 'SIGKILL');
      throw new Error(`varnishd did not start:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await sleep(100);
  }
  const url = `http://127.0.0.1:${port}`;
  const varnishadm = path.join(path.dirname(varnishd).replace(/sbin$/, 'bin'), 'varnishadm');
  return {
    url,
    port,
    workDir,
    logFile,
    async ban() {
      const response = await fetch(url, { method: 'BAN' });
      if (response.status !== 200) throw new Error(`BAN answered ${response.status}`);
    },
    backendHealth() {
      const adm = findProgram(['varnishadm'], varnishadm) ?? 'varnishadm';
      const listing = execFileSync(adm, ['-n', path.join(workDir, 'n'), 'backend.list'], {
        encoding: 'utf8',
      });
      const health: Record<string, 'healthy' | 'sick'> = {};
      for (const match of listing.matchAll(/^\S*?\.?(api\d+)\s+\S+\s+\S+\s+(healthy|sick)/gm))
        health[match[1]!] = match[2] as 'healthy' | 'sick';
      return health;
    },
    async stop() {
      if (!exited) {
        killGroup(pgid, 'SIGTERM');
        for (let waited = 0; isAlive(-pgid) && waited < 5_000; waited += 100) await sleep(100);
        killGroup(pgid, 'SIGKILL');
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
