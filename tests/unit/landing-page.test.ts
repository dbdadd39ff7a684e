import type { SourceRecord } from '../../src/graph/read';
import { renderLandingPage } from '../../src/http/landing-page';

const paths = {
  explorer: '/explorer',
  playground: '/playground',
  graphql: '/graphql',
  mcp: '/mcp',
  release: '/release',
};

const source = (fields: Partial<SourceRecord>): SourceRecord => ({
  id: 'a-source',
  infores: 'infores:a-source',
  kind: 'article',
  title: 'A source',
  publisher: 'A publisher',
  author: 'An author',
  lastModified: '2024-01-01',
  version: '1',
  licence: 'CC-BY-4.0',
  reference: 'A publisher. A source.',
  identifiers: [],
  disclaimer: 'Not medical advice.',
  review: null,
  ...fields,
});

test("a source's title, publisher, version and reference reach the front page as text, never as markup", () => {
  const page = renderLandingPage(paths, [
    source({
      title: '<script>alert("title")</script>',
      publisher: 'Smith & Sons',
      version: "it's <b>2</b>",
      reference: '<img src=x onerror=alert(1)>',
    }),
  ]);
  expect(page).not.toContain('<script>');
  expect(page).not.toContain('<b>');
  expect(page).not.toContain('<img');
  expect(page).toContain(
    '<li>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; (Smith &amp; Sons, version it&#39;s &lt;b&gt;2&lt;/b&gt;). &lt;img src=x onerror=alert(1)&gt;</li>',
  );
});
