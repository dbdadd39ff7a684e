/** The service's front page: where each kind of user goes in. Static text, no script. */
export function renderLandingPage(paths: {
  explorer: string;
  playground: string;
  graphql: string;
  mcp: string;
  release: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Myoclonus knowledge graph</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#1a1a1a}li{margin:.4em 0}</style></head>
<body>
<h1>Myoclonus knowledge graph</h1>
<p>The condition, its forms, causes, risk factors, treatments and symptoms, from one cited article. Nothing here is medical advice.</p>
<ul>
<li><a href="${paths.explorer}">Explorer</a>: search, expand and read the evidence as a graph.</li>
<li><a href="${paths.playground}">Playground</a>: write GraphQL against <code>${paths.graphql}</code>.</li>
<li>MCP for chatbots: <code>${paths.mcp}</code> (Streamable HTTP).</li>
<li><a href="${paths.release}">Release</a>: the loaded graph as KGX.</li>
</ul>
</body>
</html>
`;
}
