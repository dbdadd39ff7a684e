/**
 * `npx tsx tests/search/split-phrases.ts [draft.yaml]`: splits the search set
 * into its tuning and held-out parts with splitPhrases (search-quality.ts),
 * from the union of both files and, if given, a draft's `phrases`, and
 * rewrites the files' phrase lists. Everything before `phrases:` (the header)
 * and the tuning file's `nothing` list stay as they are; within a category the
 * phrases are in order of their text. Run on the two files
 * alone it rewrites them unchanged: the split is reproducible.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { stringify } from 'yaml';
import {
  CATEGORY_NAMES,
  PARTS,
  PHRASE_FILES,
  parsePhraseFile,
  phraseKey,
  splitPhrases,
  type Part,
  type Phrase,
} from './search-quality';

/** The phrase as one flow mapping, its fields in a fixed order. */
function entry(phrase: Phrase): string {
  const ordered: Record<string, unknown> = { text: phrase.text, expect: phrase.expect };
  if (phrase.alsoRight) ordered.alsoRight = phrase.alsoRight;
  if (phrase.why) ordered.why = phrase.why;
  ordered.category = phrase.category;
  return stringify(ordered, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** The file's text before `phrases:` and from `nothing:` on. */
function frame(source: string): { head: string; tail: string } {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.startsWith('phrases:'));
  const end = lines.findIndex((line) => line.startsWith('nothing:'));
  if (start < 0) throw new Error('no phrases: line');
  return {
    head: lines.slice(0, start).join('\n'),
    tail: end < 0 ? '' : lines.slice(end).join('\n'),
  };
}

async function main(): Promise<void> {
  const sources = Object.fromEntries(
    PARTS.map((part) => [part, readFileSync(PHRASE_FILES[part], 'utf8')]),
  ) as Record<Part, string>;
  const all = PARTS.flatMap((part) => parsePhraseFile(sources[part], part).phrases);
  const draft = process.argv[2];
  if (draft) all.push(...parsePhraseFile(readFileSync(draft, 'utf8'), draft).phrases);
  const keys = new Set<string>();
  for (const phrase of all) {
    const key = phraseKey(phrase.text);
    if (keys.has(key)) throw new Error(`"${phrase.text}" is in the set twice`);
    keys.add(key);
  }
  const split = splitPhrases(all);
  const options = (await resolveConfig(PHRASE_FILES.tuning)) ?? {};
  for (const part of PARTS) {
    const { head, tail } = frame(sources[part]);
    const body = CATEGORY_NAMES.flatMap((category) => {
      const mine = split[part]
        .filter((p) => p.category === category)
        .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      return mine.length === 0 ? [] : [`  # ${category}`, ...mine.map((p) => `  - ${entry(p)}`)];
    });
    const text = [head, 'phrases:', ...body, '', tail].join('\n');
    writeFileSync(PHRASE_FILES[part], await format(text, { ...options, parser: 'yaml' }));
    console.log(
      `${path.relative(process.cwd(), PHRASE_FILES[part])}: ${split[part].length} phrases`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
