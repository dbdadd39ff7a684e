import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { MCP_PATH } from '../../src/http/paths';
import { logger } from '../../src/logger';
import { startTestServer, type Json, type TestServer } from '../fixtures/api-server';
import { RAW_INITIALIZE, connectHttp, connectStdio, type ClientEra } from '../fixtures/mcp-client';
import { rawRequest } from '../fixtures/security-kit';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * Both transports, both protocol eras, and what the HTTP door keeps of the
 * API's policies: Host and Origin checks, body limit, rate limit, CORS and
 * request ids. stdio runs `npm run mcp`'s entry as a desktop client would.
 */
const ctx = useSeededServer();
const ROOT = path.resolve(__dirname, '..', '..');

async function resolveAndFetch(client: Awaited<ReturnType<typeof connectHttp>>) {
  const resolved = await client.call('resolve_entity', { text: 'twitching when I fall asleep' });
  const facts = await client.call('get_facts', {
    entityIds: [resolved.structured.candidates[0].id],
  });
  return { resolved, facts };
}

describe.each<ClientEra>(['modern', 'legacy'])('Streamable HTTP, a %s client', (era) => {
  test('resolves and fetches cited facts', async () => {
    const client = await connectHttp(`${ctx.server.url}${MCP_PATH}`, era);
    try {
      const { resolved, facts } = await resolveAndFetch(client);
      expect(resolved.structured.candidates[0].id).toBe('hypnic-jerks');
      expect(facts.structured.facts[0].citation.section).toBeTruthy();
    } finally {
      await client.close();
    }
  });
});

test('the two eras are told apart: a 2026 client runs the current revision, a 2025 one its own', async () => {
  const modern = await connectHttp(`${ctx.server.url}${MCP_PATH}`, 'modern');
  const legacy = await connectHttp(`${ctx.server.url}${MCP_PATH}`, 'legacy');
  try {
    expect(modern.client.getNegotiatedProtocolVersion()).toBe('2026-07-28');
    expect(legacy.client.getNegotiatedProtocolVersion()).toMatch(/^2025-/);
  } finally {
    await modern.close();
    await legacy.close();
  }
});

/** fetch will not send a Host of our choosing; node:http will. */
function statusWithHost(host: string): Promise<number> {
  const url = new URL(`${ctx.server.url}${MCP_PATH}`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          host,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(RAW_INITIALIZE));
  });
}

describe('the HTTP door', () => {
  const post = (headers: Record<string, string>, body: unknown = RAW_INITIALIZE) =>
    rawRequest(`${ctx.server.url}${MCP_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test('a foreign Host or Origin is refused (DNS-rebinding protection); localhost is served', async () => {
    expect(await statusWithHost('evil.example.com')).toBe(403);
    expect(await statusWithHost('evil.example.com:4000')).toBe(403);
    expect(await statusWithHost('localhost:4000')).toBe(200);
    expect((await post({ origin: 'http://evil.example.com' })).status).toBe(403);
    const local = await post({ origin: 'http://localhost:5173' });
    expect(local.status).toBe(200);
    expect(local.headers.get('x-request-id')).toMatch(/.+/);
  });

  test('the allowed hosts: localhost always, MCP_ALLOWED_HOSTS besides, * for none', () => {
    const access = (MCP_ALLOWED_HOSTS: string, CORS_ORIGINS = '*') =>
      readConfig({ MCP_ALLOWED_HOSTS, CORS_ORIGINS }).mcpAccess;
    expect(access('').hosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(access(' kg.example.org , ').hosts).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      'kg.example.org',
    ]);
    expect(access('', 'https://app.example.org, not a url').origins).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      'app.example.org',
    ]);
    expect(access('*')).toEqual({ hosts: null, origins: null });
  });

  test('each request is one log line, with its id and the tool call it made', async () => {
    const info = jest.spyOn(logger, 'info');
    try {
      const call = {
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: { name: 'get_facts', arguments: { entityIds: ['no-such-entity-at-all'] } },
      };
      const response = await post({ 'x-request-id': 'log-line-check' }, call);
      expect(response.status).toBe(200);
      const lines = info.mock.calls.filter(
        ([fields]) => (fields as { requestId?: string }).requestId === 'log-line-check',
      );
      expect(lines).toHaveLength(1);
      expect(lines[0]![1]).toBe('mcp request');
      expect(lines[0]![0]).toMatchObject({
        door: 'mcp',
        mcpMethod: 'tools/call',
        status: 200,
        tool: 'get_facts',
        outcome: 'ok',
        toolDurationMs: expect.any(Number),
      });
    } finally {
      info.mockRestore();
    }
  });

  test('a body over the limit is 413 and malformed JSON 400, both as JSON-RPC errors', async () => {
    const big = await post({}, JSON.stringify({ ...RAW_INITIALIZE, pad: 'x'.repeat(200_000) }));
    expect(big.status).toBe(413);
    expect(big.json.error.message).toMatch(/larger than/);
    const broken = await post({}, '{"jsonrpc": "2.0", ');
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ jsonrpc: '2.0', error: { code: -32700 } });
    expect(broken.text).not.toMatch(/\n\s+at /);
  });

  test('CORS answers a browser preflight as /graphql does', async () => {
    const preflight = await rawRequest(`${ctx.server.url}${MCP_PATH}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,mcp-protocol-version',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  describe('with a rate limit', () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startTestServer({ RATE_LIMIT_PER_MINUTE: 2 });
    });
    afterAll(async () => {
      await limited?.stop();
    });
    test('past it, 429 with a JSON-RPC error, which a browser may read; preflights are not counted', async () => {
      const origin = 'http://localhost:5173';
      for (let i = 0; i < 3; i++) {
        const preflight = await rawRequest(`${limited.url}${MCP_PATH}`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,mcp-protocol-version',
          },
        });
        expect(preflight.status).toBeLessThan(300);
      }
      const send = () =>
        rawRequest(`${limited.url}${MCP_PATH}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            origin,
          },
          body: JSON.stringify(RAW_INITIALIZE),
        });
      expect((await send()).status).toBeLessThan(300);
      expect((await send()).status).toBeLessThan(300);
      const third = await send();
      expect(third.status).toBe(429);
      expect(third.headers.get('access-control-allow-origin')).toBe('*');
      expect(third.json.error.data.code).toBe('RATE_LIMITED');
    });
  });
});

const stdioEnv = () => ({ ...(process.env as Record<string, string>), LOG_LEVEL: 'info' });

describe.each<ClientEra>(['modern', 'legacy'])('stdio (npm run mcp), a %s client', (era) => {
  test('resolves and fetches, with logs on stderr only', async () => {
    let stderr = '';
    const client = await connectStdio(
      'npm',
      ['run', '--silent', 'mcp'],
      stdioEnv(),
      era,
      (chunk) => (stderr += chunk),
    );
    try {
      const { resolved, facts } = await resolveAndFetch(client);
      expect(resolved.structured.status).toBe('matched');
      expect(facts.structured.entities[0].status).toBe('found');
    } finally {
      await client.close();
    }
    expect(stderr).toMatch(/"msg":"mcp tool call"/);
  }, 120_000);
});

test('stdio stays up when its graph cannot be started, and each tool call says so', async () => {
  let stderr = '';
  const client = await connectStdio(
    'npm',
    ['run', '--silent', 'mcp'],
    { ...stdioEnv(), NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_STARTUP_WAIT_MS: '0' },
    'modern',
    (chunk) => (stderr += chunk),
  );
  try {
    // No call is waiting on the graph when it fails.
    const deadline = Date.now() + 60_000;
    while (!stderr.includes('the graph could not be started') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stderr).toContain('the graph could not be started');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const answer = await client.call('get_facts', { entityIds: ['myoclonus'] });
    expect(answer.isError).toBe(true);
    expect(answer.structured.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(answer.text).toMatch(/could not be started/);
  } finally {
    await client.close();
  }
}, 120_000);

test('stdio writes nothing but JSON-RPC to stdout, and ends when stdin closes', async () => {
  const child = spawn('npm', ['run', '--silent', 'mcp'], { cwd: ROOT, env: stdioEnv() });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const send = (message: Json) => child.stdin.write(`${JSON.stringify(message)}\n`);
  send(RAW_INITIALIZE);
  send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  send({
    jsonrpc: '2.0',
    id: 2,
    method: 'tools/call',
    params: { name: 'resolve_entity', arguments: { text: 'hiccups' } },
  });
  const deadline = Date.now() + 90_000;
  while (!stdout.includes('"id":2') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  child.stdin.end();
  expect(await exited).toBe(0);
  const lines = stdout.split('\n').filter((line) => line.length > 0);
  expect(lines.length).toBeGreaterThanOrEqual(2);
  for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
  expect(stdout).toContain('hiccups');
}, 120_000);

test('the MCP Inspector CLI lists and calls the tools over stdio', async () => {
  const inspect = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      // The CLI finds its own package.json relative to the working directory: run it one level down.
      const child = spawn(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/@modelcontextprotocol/inspector-cli/build/cli.js'),
          '--cli',
          'npm',
          'run',
          '--silent',
          'mcp',
          ...args,
        ],
        { cwd: path.join(ROOT, 'tests'), env: stdioEnv() },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
  const listed = await inspect(['--method', 'tools/list']);
  expect(listed.code).toBe(0);
  expect((JSON.parse(listed.stdout) as Json).tools.map((t: Json) => t.name).sort()).toEqual([
    'explain_path',
    'get_facts',
    'resolve_entity',
  ]);
  const called = await inspect([
    '--method',
    'tools/call',
    '--tool-name',
    'explain_path',
    '--tool-arg',
    'fromId=alzheimers-disease',
    'toId=myoclonus',
  ]);
  expect(called.code).toBe(0);
  expect((JSON.parse(called.stdout) as Json).structuredContent.status).toBe('connected');
}, 180_000);

test('readConfig takes MCP_ALLOWED_HOSTS', () => {
  expect(readConfig({ MCP_ALLOWED_HOSTS: 'kg.example.org' }).MCP_ALLOWED_HOSTS).toEqual([
    'kg.example.org',
  ]);
});
