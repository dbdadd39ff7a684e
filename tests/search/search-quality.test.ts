import type { Json } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';
import {
  GOAL,
  NO_MATCH_BELOW,
  PARTS,
  SEARCH_QUERY,
  floorFailures,
  loadPhrases,
  loadPhrasesNamingNothing,
  rightIds,
  scoreAnswers,
  type Answer,
  type Floor,
  type Part,
  type SearchScore,
} from './search-quality';

/**
 * The project's search set, both parts (tests/search/phrases-tuning.yaml and
 * phrases-heldout.yaml), asked through `search` with first: 3 on the article
 * graph. A quality bar, not a timing: npm run bench:search reports the same
 * scores side by side. Parsing, the split, scoring and the report are checked
 * without Neo4j in scorer.test.ts.
 */

jest.setTimeout(180_000);
// Ranked as on a first load: after the suite's many loads, Lucene's relevance still counts
// the documents they deleted, and the same graph ranks otherwise (a bar, not that drift).
const ctx = useSeededServer({}, { freshSearchIndexes: true });

const scores = new Map<Part, Promise<SearchScore>>();
/** The part's score, asked once per run. */
function scoreOf(part: Part): Promise<SearchScore> {
  let score = scores.get(part);
  if (!score) {
    score = (async () => {
      const answers: Answer[] = [];
      for (const phrase of loadPhrases(part)) {
        const { body } = await ctx.server.post(SEARCH_QUERY, { text: phrase.text });
        expect(body.errors).toBeUndefined();
        answers.push({ phrase, ids: body.data.search.map((h: Json) => h.entity.id) });
      }
      return scoreAnswers(answers);
    })();
    scores.set(part, score);
  }
  return score;
}

test('every entity the set counts as right is in the graph', async () => {
  const ids = new Set(PARTS.flatMap((part) => loadPhrases(part).flatMap(rightIds)));
  const missing: string[] = [];
  for (const id of ids) {
    const { body } = await ctx.server.post('query ($id: ID!) { entity(id: $id) { id } }', { id });
    if (body.data?.entity?.id !== id) missing.push(id);
  }
  expect(missing).toEqual([]);
});

/**
 * The goal, on phrases nobody tunes on, is GOAL: held-out top-1 at least 95 %
 * and top-3 100 %; npm run bench:search reports the scores against it. It is
 * not met yet. Measured on seed 3.8.0 and then 3.9.0 (bench/results/search-quality.md), after
 * five batches of probe phrases had shown what still missed: the first (a
 * medicine's every word, a question asking for a treatment, a reason asked
 * about, a jump for twitching, and the names people use that entities
 * lacked), then 75 more, written before they were run, in the four
 * categories that miss most (words for people, a comparison's two sides, a
 * stem matching a longer word, kick and flinch for twitching, "could X be
 * why", "what helps", and 18 more names), then 89 more, again written before
 * they were run (negated contractions, "is it normal", "by itself" and "can't
 * control" for involuntary, a fit for a seizure, a doctor in the story, a
 * person described beside what they have, a medicine word fetching another,
 * who gets it asking about people in general), then 29 more using the names
 * people give the entities (abbreviations such as MS, ET and TIA, a hypo,
 * painkillers, liver flap, family history), and 35 names the seeds lacked;
 * then 191 more, each cause, risk factor, symptom and look-alike described
 * without its names, a question for each, tuning phrases as people also
 * type them, everyday names, falls and legs giving way ("what stops the
 * jerks", a group's twitching told by more than the group, "something
 * serious" for another illness, any word for an illness for another,
 * "without warning" for suddenly, and 36 names, of which one, an idiom and
 * not a name, was then taken out with its probe's hit, and five drug names
 * that can worsen myoclonus with none); then the misses of those probes fixed by
 * general rules and five names (a framing word weighing less in the index
 * query, a word typed in two, growing over time as worse over time, "never
 * goes away", "fit and well", a question for a kind naming only twitching;
 * fellas, chaps, gals, kiddies; seed 3.8.0): held-out top-1 93.3 % (83 of 89
 * phrases), top-3 98.9 % (88 of 89); tuning top-1 90.6 % (493 of 544), top-3
 * 95.2 % (518 of 544). Then 61 more, written before they were run (each cause
 * and risk factor in everyday words, questions of many shapes, lay names,
 * symptom words), and their misses fixed by general rules and three names (a
 * dose for a medicine, a name typed side by side, "everyday" not "everyone",
 * a word with another word after it not the word with an ending, a question
 * that begins with who asking for the group; falling sickness, going floppy,
 * fractured skull; seed 3.9.0): tuning top-1 90.7 % (549 of 605), top-3 95.5 %
 * (578 of 605); held-out unchanged. Then 56 more, written before they were run
 * (causes and risk factors in everyday words, questions of many shapes,
 * worsening jerks, doctors named in passing, difficulties and lapses of tone),
 * and misses fixed by general rules and no names (twitching typed before the
 * words that say which naming the form, a doctor of the story, a muscle that
 * goes dead or folds giving way, "under", "over" and "across" as framing, a
 * span of time naming nothing, words that won't come out as trouble speaking,
 * a fall or a bang as a knock, a struggle as trouble and getting about as
 * moving, a mix as a combination, the words bonus without framing words
 * and without twitching's words alone): held-out top-1 94.4 % (84 of 89),
 * top-3 98.9 % (88 of 89); tuning top-1 91.7 % (606 of 661), top-3 95.6 %
 * (632 of 661) by the bench, and top-1 605 of 661 by this test, whose graph
 * puts "treating the cause" a whisker behind symptomatic treatment: the floor
 * is the lower. The floors were lowered three times: once by the idiom's
 * phrase, and once when "everyday twitching" was taken out of physiological
 * myoclonus's names (it took "twitching every day" for the normal kind) with
 * two probes' top-3 hits, and once when "underactive thyroid" was kept out of
 * the metabolic condition's names (a thyroid disorder is endocrine), with
 * its probe's hits. A name that is not true to its entity, or that
 * tells a person something wrong, goes, whatever it scored. The tuning share is under its first 160
 * phrases' (157 and 160) because the new probes were kept with their misses,
 * which is what probes are for. Then 77 more probes, written before they were
 * run (for every entity the article names: clinical terms, everyday names,
 * causes told as what happened, questions, typos), and misses fixed by
 * general rules and no names (a medicine given to someone as a treatment, a
 * therapy as a treatment, what a question asks whether something is ending
 * it, a limb that gives out giving way, a word for twitching beside a
 * telling word fetching its other forms quietly, giving as framing, a word
 * for a medicine held by another in the words bonus, everyday as normal,
 * speech nobody can follow as trouble speaking, when it happens as framing,
 * the cause that something is done about as the underlying cause, a word for
 * twitching beside a telling word fetched a little quieter as typed too):
 * held-out top-1 96.6 % (86 of 89), top-3 100 % (89 of 89), over the goal;
 * tuning top-1 92.4 % (682 of 738), top-3 96.1 % (709 of 738). Until the goal is met,
 * the tests hold those measured scores as regression floors, to the phrase: a
 * change may raise them, never lower them. Raise each floor to a new measure
 * above it; once the held-out part meets GOAL, its floor is GOAL.
 */
const HELDOUT_FLOOR: Floor = { top1: 86 / 89, top3: 89 / 89 };
const TUNING_MEASURED_FLOOR: Floor = { top1: 682 / 738, top3: 709 / 738 };

const pct = (share: number) => `${(share * 100).toFixed(0)} %`;

test(`held-out part: top-1 and top-3 no lower than measured (the goal: ${pct(GOAL.top1)} and ${pct(GOAL.top3)})`, async () => {
  // A failure says how far off the floor is, and names no phrase: nobody tunes on these.
  expect(floorFailures(await scoreOf('heldout'), HELDOUT_FLOOR, false)).toEqual([]);
});

test('tuning part: top-1 and top-3 no lower than measured', async () => {
  // The misses are named, so a failure says what to fix.
  expect(floorFailures(await scoreOf('tuning'), TUNING_MEASURED_FLOOR)).toEqual([]);
});

test('a phrase that names nothing in the graph gets no hit scored 10 or more', async () => {
  const strong: string[] = [];
  for (const text of loadPhrasesNamingNothing()) {
    const { body } = await ctx.server.post(SEARCH_QUERY, { text });
    for (const hit of body.data.search as Json[])
      if (hit.score >= NO_MATCH_BELOW) strong.push(`${text}: ${hit.entity.id} ${hit.score}`);
  }
  expect(strong).toEqual([]);
});
