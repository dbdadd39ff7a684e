/**
 * `npm run bench:search`: how well search finds what people type. Each phrase
 * of the project's search set, in its two parts (tests/search/phrases-tuning.yaml,
 * which names and ranking may be fitted to, and tests/search/phrases-heldout.yaml,
 * which nobody tunes on), goes through GraphQL `search` with first: 3 on the
 * article graph. top-1 and top-3 are the shares of phrases whose entity came
 * first, or among the first three; they are reported per part and per
 * category, side by side, with the gap between the parts (tuning minus
 * held-out: fitting, not search). A score of quality, not of time. Results go
 * to bench/results/search-quality.{json,md}.
 */
import { readConfig } from '../src/config';
import { GRAPHQL_PATH } from '../src/http/paths';
import { createApiServer } from '../src/http/server';
import {
  PART_LABEL,
  PARTS,
  buildReport,
  loadPhrases,
  loadPhrasesNamingNothing,
  reportMarkdown,
  scoreAnswers,
  SEARCH_QUERY,
  type Answer,
  type Part,
  type SearchScore,
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
        data?: { search: { score: number; entity: { id: string } }[] };
        errors?: unknown;
      };
      if (!body.data) throw new Error(`search "${text}": ${JSON.stringify(body.errors)}`);
      return body.data.search;
    };
    const parts = {} as Record<Part, SearchScore>;
    for (const part of PARTS) {
      const answers: Answer[] = [];
      for (const phrase of loadPhrases(part))
        answers.push({ phrase, ids: (await ask(phrase.text)).map((hit) => hit.entity.id) });
      parts[part] = scoreAnswers(answers);
    }
    const nothing: { text: string; best: number | null }[] = [];
    for (const text of loadPhrasesNamingNothing())
      nothing.push({ text, best: (await ask(text))[0]?.score ?? null });
    const report = buildReport(new Date().toISOString(), parts, nothing);
    writeResultPair('search-quality', report, reportMarkdown(report));
    const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
    for (const part of PARTS)
      console.log(
        `search, ${PART_LABEL[part]}: top-1 ${percent(parts[part].top1)}, top-3 ${percent(parts[part].top3)} of ${parts[part].phrases} phrases`,
      );
    console.log(
      `gap (tuning - held-out): top-1 ${percent(report.gap.top1)}, top-3 ${percent(report.gap.top3)}`,
    );
  } finally {
    await server.stop();
    await graph.stop();
  }
}

runMain(main);
