// Smoke test of the built artifact, as it is deployed: `node scripts/smoke-artifact.js [DIR]`.
// DIR (default: the project) holds dist/, dist-explorer/, the files the service reads and
// node_modules, production dependencies only. The script starts DIR's Node on dist/main.js
// (Neo4j from NEO4J_URI, else a local one), asks every door once, runs the stdio MCP entry
// against the same Neo4j, then sends SIGTERM: the service must exit with 0 within 15 s and
// leave no Neo4j of its own running. Any failure ends it with exit code 1 and the service's
// log. Plain Node, no dependencies.
const { spawn } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
const localNode = path.join(dir, 'node_modules', '.bin', 'node');
const nodeBin = existsSync(localNode) ? localNode : process.execPath;
const cacheDir = process.env.NEO4J_CACHE_DIR ?? path.join(dir, '.neo4j');
const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
const wantedMajor = /(\d+)/.exec(pkg.engines.node)[1];
const START_TIMEOUT_MS = 300_000;
const STOP_LIMIT_MS = 15_000;

let server;
let serverLog = '';

function fail(message) {
  console.error(`FAIL ${message}`);
  console.error(`--- the service's output (last 6000 characters) ---\n${serverLog.slice(-6000)}`);
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(message);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function door(name, run) {
  const started = Date.now();
  try {
    const detail = await run();
    console.log(`ok   ${name} (${Date.now() - started} ms)${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function expectThat(condition, message) {
  if (!condition) throw new Error(message);
}

async function get(url, headers = {}) {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  expectThat(response.ok, `GET ${url}: ${response.status} ${body.slice(0, 300)}`);
  return { response, body };
}

/** A JSON-RPC message from an MCP answer, JSON or a Server-Sent Events stream. */
function rpcMessage(response, body) {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/event-stream')) {
    const data = body
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trim())
      .filter((line) => line.length > 0);
    expectThat(data.length > 0, `an event stream with no data: ${body.slice(0, 300)}`);
    return JSON.parse(data[data.length - 1]);
  }
  return JSON.parse(body);
}

async function main() {
  console.log(`artifact: ${dir}`);
  console.log(`runtime:  ${nodeBin}`);
  for (const needed of ['dist/main.js', 'dist/mcp/stdio.js', 'dist-explorer/index.html'])
    check(existsSync(path.join(dir, needed)), `${needed} is missing: run \`npm run build\``);

  const startedAt = Date.now();
  server = spawn(nodeBin, ['dist/main.js'], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0' },
    // Its own process group: on a failure the whole of it (Neo4j included) is ended.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => (serverLog += chunk.toString()));
  server.stderr.on('data', (chunk) => (serverLog += chunk.toString()));
  const exited = new Promise((resolve) =>
    server.on('exit', (code, signal) => resolve({ code, signal })),
  );

  let base;
  while (!base) {
    check(server.exitCode === null, `the service exited during start (code ${server.exitCode})`);
    check(Date.now() - startedAt < START_TIMEOUT_MS, 'the service printed no URL within 300 s');
    const match = /^GraphQL:\s+(http:\/\/[^/\s]+)\/graphql/m.exec(serverLog);
    if (match) base = match[1];
    else await sleep(100);
  }
  let ready = false;
  while (!ready) {
    check(
      Date.now() - startedAt < START_TIMEOUT_MS,
      '/health/ready did not answer 200 within 300 s',
    );
    ready = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await sleep(100);
  }
  console.log(`ok   started: /health/ready answers 200 after ${Date.now() - startedAt} ms`);

  await door('GET /health/ready', async () => {
    const { body } = await get(`${base}/health/ready`);
    return body.slice(0, 120);
  });

  await door('POST /graphql (a query with a known answer)', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ entity(id: "myoclonus") { __typename id } graphInfo { seedVersion } }',
      }),
    });
    const answer = await response.json();
    expectThat(response.ok, `status ${response.status}: ${JSON.stringify(answer)}`);
    expectThat(
      answer.data?.entity?.__typename === 'Condition' && answer.data.entity.id === 'myoclonus',
      `entity(id: "myoclonus") answered ${JSON.stringify(answer)}`,
    );
    return `myoclonus is a Condition; seed ${answer.data.graphInfo.seedVersion}`;
  });

  await door('GET /explorer and its script', async () => {
    const { body: page } = await get(`${base}/explorer`);
    const script = /<script[^>]+src="([^"]+)"/.exec(page)?.[1];
    expectThat(script, `the page names no script: ${page.slice(0, 300)}`);
    const url = new URL(script, `${base}/explorer/`).toString();
    const { response, body } = await get(url);
    expectThat(
      /javascript/.test(response.headers.get('content-type') ?? ''),
      `${url} is ${response.headers.get('content-type')}`,
    );
    expectThat(body.length > 10_000, `${url} has only ${body.length} characters`);
    return `${new URL(url).pathname} ${Math.round(body.length / 1024)} kB`;
  });

  let rpcId = 0;
  const mcp = async (method, params) => {
    const response = await fetch(`${base}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params }),
    });
    const body = await response.text();
    expectThat(response.ok, `${method}: ${response.status} ${body.slice(0, 300)}`);
    const message = rpcMessage(response, body);
    expectThat(!message.error, `${method}: ${JSON.stringify(message.error)}`);
    return message.result;
  };
  await door('POST /mcp initialize', async () => {
    const result = await mcp('initialize', {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'smoke-artifact', version: '1.0.0' },
    });
    expectThat(result.serverInfo?.name, `no serverInfo: ${JSON.stringify(result)}`);
    return `${result.serverInfo.name} ${result.serverInfo.version}, protocol ${result.protocolVersion}`;
  });
  await door('POST /mcp tools/list', async () => {
    const result = await mcp('tools/list', {});
    const names = result.tools.map((tool) => tool.name).sort();
    expectThat(names.includes('resolve_entity'), `tools: ${names.join(', ')}`);
    return names.join(', ');
  });
  await door('POST /mcp tools/call resolve_entity', async () => {
    const result = await mcp('tools/call', {
      name: 'resolve_entity',
      arguments: { text: 'hiccups' },
    });
    expectThat(!result.isError, `the tool failed: ${JSON.stringify(result)}`);
    const ids = (result.structuredContent?.candidates ?? []).map((c) => c.id);
    expectThat(ids.includes('hiccups'), `candidates: ${ids.join(', ')}`);
    return `candidates ${ids.slice(0, 3).join(', ')}`;
  });

  await door('GET /releases/current and one of its files', async () => {
    const { body } = await get(`${base}/releases/current`);
    const manifest = JSON.parse(body);
    const file = manifest.files?.[0];
    expectThat(file?.url, `the manifest lists no file: ${body.slice(0, 300)}`);
    const { body: content } = await get(`${base}${file.url}`);
    expectThat(content.length > 100, `${file.url} has only ${content.length} characters`);
    return `${manifest.files.length} files; ${file.name} ${content.length} bytes`;
  });

  let runtime;
  await door('GET /metrics', async () => {
    const { body } = await get(`${base}/metrics`);
    expectThat(body.includes('kg_http_requests_total'), 'no kg_http_requests_total');
    runtime = /nodejs_version_info\{version="v(\d+)[^"]*"/.exec(body);
    expectThat(runtime, 'no nodejs_version_info');
    expectThat(runtime[1] === wantedMajor, `the service runs on Node ${runtime[1]}`);
    return `kg_http_requests_total present; the service runs on Node ${/version="([^"]+)"/.exec(runtime[0])[1]}`;
  });

  // The stdio entry, against the same Neo4j (its address from the start report, its
  // password from the local instance's folder, or NEO4J_* when the service was given one).
  const neo4jEnv = {};
  if (!process.env.NEO4J_URI) {
    const uri = /^Neo4j:\s+(bolt:\/\/\S+)/m.exec(serverLog)?.[1];
    check(uri, 'the start report names no Neo4j address');
    neo4jEnv.NEO4J_URI = uri;
    neo4jEnv.NEO4J_USER = 'neo4j';
    neo4jEnv.NEO4J_PASSWORD = readFileSync(
      path.join(cacheDir, 'instances', 'dev', 'password'),
      'utf8',
    ).trim();
  }
  await door('MCP over stdio (node dist/mcp/stdio.js): initialize, tools/call', async () => {
    const child = spawn(nodeBin, ['dist/mcp/stdio.js'], {
      cwd: dir,
      env: { ...process.env, ...neo4jEnv, NODE_ENV: 'production', SEED_ON_START: 'false' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    const done = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const send = (message) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'smoke-artifact', version: '1.0.0' },
      },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: { name: 'resolve_entity', arguments: { text: 'hiccups' } },
    });
    const deadline = Date.now() + 120_000;
    while (!stdout.includes('"id":2') && child.exitCode === null && Date.now() < deadline)
      await sleep(100);
    child.stdin.end();
    const code = await Promise.race([done, sleep(15_000).then(() => 'still running')]);
    if (code === 'still running') child.kill('SIGKILL');
    expectThat(code === 0, `exit ${code}; stderr: ${stderr.slice(-1500)}`);
    const lines = stdout.split('\n').filter((line) => line.length > 0);
    const answers = lines.map((line) => JSON.parse(line));
    const call = answers.find((message) => message.id === 2);
    expectThat(call && !call.error && !call.result.isError, `answers: ${stdout.slice(0, 500)}`);
    expectThat(JSON.stringify(call.result).includes('hiccups'), 'the answer names no hiccups');
    return `${lines.length} JSON-RPC lines on stdout, exit 0`;
  });

  // SIGTERM: a clean end within the limit, and no Neo4j of its own left behind.
  const pgidFile = path.join(cacheDir, 'instances', 'dev', 'server.pgid');
  const neo4jGroup =
    !process.env.NEO4J_URI && existsSync(pgidFile)
      ? Number(readFileSync(pgidFile, 'utf8').trim().split(/\s+/)[0])
      : undefined;
  if (!process.env.NEO4J_URI) check(neo4jGroup, `no ${pgidFile}: the local Neo4j is unknown`);
  const stopAt = Date.now();
  process.kill(server.pid, 'SIGTERM');
  const outcome = await Promise.race([exited, sleep(STOP_LIMIT_MS).then(() => undefined)]);
  const stopMs = Date.now() - stopAt;
  check(outcome, `still running ${STOP_LIMIT_MS / 1000} s after SIGTERM`);
  check(
    outcome.code === 0,
    `SIGTERM ended the service with ${outcome.code === null ? outcome.signal : `exit code ${outcome.code}`}`,
  );
  if (neo4jGroup) {
    let alive = true;
    try {
      process.kill(-neo4jGroup, 0);
    } catch {
      alive = false;
    }
    check(
      !alive,
      `the local Neo4j (process group ${neo4jGroup}) still runs after the service exited`,
    );
  }
  console.log(
    `ok   SIGTERM: exit code 0 after ${stopMs} ms${neo4jGroup ? `, local Neo4j (process group ${neo4jGroup}) gone` : ''}`,
  );
  console.log('artifact smoke test passed');
}

main().catch((error) => fail(error instanceof Error ? error.stack : String(error)));
