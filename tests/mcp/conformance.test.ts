import { spawn } from 'node:child_process';
import path from 'node:path';
import { MCP_PATH } from '../../src/http/paths';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * A client other than ours: the MCP conformance suite's server scenarios
 * (initialize, ping, tools-list, resources-list, prompts-list and
 * DNS-rebinding protection) against the running HTTP server.
 */
const ctx = useSeededServer();

test('the conformance suite passes its server scenarios over HTTP', async () => {
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'mcp-conformance.sh');
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('bash', [script, `${ctx.server.url}${MCP_PATH}`]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (exitCode) => resolve({ code: exitCode, output }));
  });
  console.log(output);
  expect(code).toBe(0);
  expect(output).not.toMatch(/FAILURE|✗/);
}, 300_000);
