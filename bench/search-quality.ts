/**
 * `npm run bench:search`: how well search finds what people type. Each phrase
 * of the project's set (tests/search/phrases.yaml: lay and clinical phrases
 * and misspellings, each with the entity it names) goes through GraphQL
 * `search` with first: 3, on the article graph; top-1 and top-3 are the
 * shares of phrases whose entity came first, or among the first three. A
 * score of quality, not of time. Results go to bench/results/search-quality.{json,md}.
 */
import { readConfig } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { createApiServer, GRAPHQL_PATH } from '../src/http/server';
import { DEFAULT_SEED_DIR, seedDatabase } from '../src/seed/seed';
import {
  loadPhrases,
  scoreAnswers,
  SEARCH_QUERY,
  type Answer,
} from '../tests/search/search-quality';
import { emptyDatabase, provisionBenchNeo4j } from './neo4j';
import { readOptions } from './options';
import { runMain, writeResultPair } from './script';

async function main(): Promise<void> {
  const options = readOptions();
  const connection = await provisionBenchNeo4j(options);
  const driver = createDriver(connection);
  const server = await createApiServer(
    driver,
    readConfig({ NODE_ENV: 'production', PORT: '0', RATE_LIMIT_PER_MINUTE: '0' }),
  );
  try {
    await emptyDatabase(driver);
    await seedDatabase(driver, DEFAULT_SEED_DIR);
    const url = `http://127.0.0.1:${await server.listen()}${GRAPHQL_PATH}`;
    const answers: Answer[] = [];
    for (const phrase of loadPhrases()) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SEARCH_QUERY, variables: { text: phrase.text } }),
      });
      const body = (await response.json()) as { data: { search: { entity: { id: string } }[] } };
      answers.push({ phrase, ids: body.data.search.map((hit) => hit.entity.id) });
    }
    const score = scoreAnswers(answers);
    const at = new Date().toISOString();
    const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
    writeResultPair('search-quality', { at, ...score }, [
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
    ]);
    console.log(
      `search: top-1 ${percent(score.top1)}, top-3 ${percent(score.top3)} of ${score.phrases} phrases`,
    );
  } finally {
    await server.stop();
    await driver.close();
    await connection.stop();
  }
}

runMain(main);
