import { useSeededServer } from '../fixtures/seeded-server';
import { connectHttp } from '../fixtures/mcp-client';

const ctx = useSeededServer();

test('smoke', async () => {
  const mcp = await connectHttp(`${ctx.server.url}/mcp`, 'modern');
  const tools = await mcp.client.listTools();
  console.log(JSON.stringify(tools, null, 1).slice(0, 3000));
  const r = await mcp.call('resolve_entity', { text: 'twitching when I fall asleep' });
  console.log(r.text);
  const f = await mcp.call('get_facts', { entityIds: [r.structured.candidates[0].id] });
  console.log(f.text);
  const bad = await mcp.call('get_facts', { entityIds: [], depth: 99 });
  console.log(bad);
  await mcp.close();
  const old = await connectHttp(`${ctx.server.url}/mcp`, 'legacy');
  console.log((await old.call('explain_path', { fromId: 'alzheimers-disease', toId: 'myoclonus' })).text);
  await old.close();
});
