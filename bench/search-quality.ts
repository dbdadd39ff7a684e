/**
 * `npm run bench:search`: how well search finds what people type. Each phrase
 * of the project's set (tests/search/phrases.yaml: lay and clinical phrases
 * and misspellings, each with the entity it names) goes through GraphQL
 * `search` with first: 3, on the article graph; top-1 and top-3 are the
 * shares of phrases whose entity came first, or among the first three. A
 * score of quality, not of time. Results go to bench/results/search-quality.{json,md}.
 */
import { readConfig } from '../src/config';
import { createApiServer, GRAPHQL_PATH } from '../src/http/server';
import {
  loadPhrases,
  loadPhrasesNamingNothing,
  scoreAnswers,
  SEARCH_QUERY,
  type Answer,
} from '../tests/search/search-quality';
import { provisionArticleGraph } from './neo4j';
import { readOptions } from './options';
import { runMain, writeResultPair } from './script';

async function main(): Promise<void> {
  const options = readOptions();
  const graph = await provisionArticleGraph(options);
  const server = await createApiServer(
    graph.driver,
    readConfig({ NODE_ENV: 'production', PORT: '0', RATE_LIMIT_PER_MINUTE: '0' }),
  );
  try {
    const url = `http://127.0.0.1:${await server.listen()}${GRAPHQL_PATH}`;
    const ask = async (text: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SEARCH_QUERY, variables: { text } }),
      });
      const body = (await response.json()) as {
        data: { search: { score: number; entity: { id: string } }[] };
      };
      return body.data.search;
    };
    const answers: Answer[] = [];
    for (const phrase of loadPhrases())
      answers.push({ phrase, ids: (await ask(phrase.text)).map((hit) => hit.entity.id) });
    const score = scoreAnswers(answers);
    const nothing: { text: string; best: number | null }[] = [];
    for (const text of loadPhrasesNamingNothing())
      nothing.push({ text, best: (await ask(text))[0]?.score ?? null });
    const at = new Date().toISOString();
    const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
    writeResultPair('search-quality', { at, ...score, nothing }, [
      `# Search quality (${at})`,
      '',
      `${score.phrases} phrases of tests/search/phrases.yaml through \`search(text, first: 3)\` on the article graph.`,
      '',
      '| top-1 | top-3 |',
      '| ---: | ---: |',
      `| ${percent(score.top1)} | ${percent(score.top3)} |`,
      '',
      'Phrases whose entity did not come first:',
      '',
      '| Phrase | Expected | First three |',
      '| --- | --- | --- |',
      ...score.misses.map((m) => `| ${m.text} | ${m.expect} | ${m.got.join(', ')} |`),
      '',
      'Phrases that name nothing in the graph, and the best score each got (none: no hit):',
      '',
      '| Phrase | Best score |',
      '| --- | ---: |',
      ...nothing.map((n) => `| ${n.text} | ${n.best === null ? 'none' : n.best.toFixed(1)} |`),
      '',
    ]);
    console.log(
      `search: top-1 ${percent(score.top1)}, top-3 ${percent(score.top3)} of ${score.phrases} phrases`,
    );
  } finally {
    await server.stop();
    await graph.stop();
  }
}

runMain(main);
