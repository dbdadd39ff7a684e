import escapeHtml from 'escape-html';
import type { SourceRecord } from '../graph/read';
import { SERVICE_TITLE } from '../version';

/** What the front page says of each source: its title and version, and how to cite it. */
function sourceItem(source: SourceRecord): string {
  const named = `${escapeHtml(source.title)} (${escapeHtml(source.publisher)}, version ${escapeHtml(source.version)})`;
  return `<li>${named}. ${escapeHtml(source.reference)}</li>`;
}

/**
 * The service's front page: where each kind of user goes in, and the sources
 * of the loaded graph, each with its version and citation (HPO's licence asks
 * that its version be shown wherever its data is). Static text, no script;
 * without the sources (the graph did not answer) it still shows the doors.
 */
export function renderLandingPage(
  paths: {
    explorer: string;
    playground: string;
    graphql: string;
    mcp: string;
    release: string;
  },
  sources: readonly SourceRecord[] | null,
): string {
  const sourceList =
    sources === null
      ? '<p>The graph did not say what its sources are; the release lists them.</p>'
      : `<h2>Sources</h2>\n<ul>\n${sources.map(sourceItem).join('\n')}\n</ul>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${SERVICE_TITLE}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#1a1a1a}li{margin:.4em 0}</style></head>
<body>
<h1>${SERVICE_TITLE}</h1>
<p>The condition, its forms, causes, risk factors, treatments and symptoms, from a cited article; and the diseases with myoclonus, what else they show and the genes behind them, from HPO's curated annotations. Every fact names its source. Nothing here is medical advice.</p>
<ul>
<li><a href="${paths.explorer}">Explorer</a>: search, expand and read the evidence as a graph.</li>
<li><a href="${paths.playground}">Playground</a>: write GraphQL against <code>${paths.graphql}</code>.</li>
<li>MCP for chatbots: <code>${paths.mcp}</code> (Streamable HTTP).</li>
<li><a href="${paths.release}">Release</a>: the loaded graph as KGX.</li>
</ul>
${sourceList}
</body>
</html>
`;
}
