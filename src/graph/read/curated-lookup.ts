import neo4j from 'neo4j-driver';
import { normalizeName } from '../../domain';
import type { CuratedKindName, CuratedPredicateName } from '../../domain/curated';
import { toAnnotation, toConcept } from './curated-mapper';
import type { AnnotationRecord, ConceptRecord } from './curated-records';
import * as Q from './queries/curated-lookup';
import type { ReadTransport } from './read-transport';
import type { Row } from './record-mapper';
import type { SourceRecord } from './records';

/**
 * Curated reads for the chatbot door: the statements of several nodes as one
 * ranked, paged sequence with a tally of it; and curated nodes found by a
 * disease's name as HPO writes it (OMIM's upper case, Orphanet's
 * "Epilepsy, progressive myoclonic", numbered subtypes "type 6" or ", 6").
 */

export interface CuratedStatementsRequest {
  /** The nodes, in order; a statement joining two of them comes with the first. */
  nodeIds: string[];
  predicates: CuratedPredicateName[];
  /** Source ids; null for every source. */
  sources: string[] | null;
  includeNegated: boolean;
  /** Position in the sequence of the statements asked for (negated ones only when included). */
  offset: number;
  limit: number;
}

/** One statement of the whole sequence, as counted. */
export interface CuratedTallyRecord {
  /** Index in nodeIds of the node it was read for. */
  node: number;
  predicate: CuratedPredicateName;
  source: string;
  negated: boolean;
}

export interface CuratedStatementsRecord {
  items: AnnotationRecord[];
  /** Every statement of the sequence (negated ones too), in order. */
  tally: CuratedTallyRecord[];
  /** The sources of the tally's statements. */
  sources: SourceRecord[];
  /** The content hash read in the same transaction; null when no node has a statement. */
  contentHash: string | null;
}

export async function readCuratedStatements(
  transport: ReadTransport,
  request: CuratedStatementsRequest,
): Promise<CuratedStatementsRecord> {
  if (request.nodeIds.length === 0 || request.predicates.length === 0)
    return { items: [], tally: [], sources: [], contentHash: null };
  const { rows, map } = await transport.read(Q.CURATED_STATEMENTS, {
    ids: request.nodeIds,
    predicates: request.predicates,
    sources: request.sources,
    includeNegated: request.includeNegated,
    offset: neo4j.int(request.offset),
    limit: neo4j.int(request.limit),
  });
  const row = rows[0];
  if (!row) return { items: [], tally: [], sources: [], contentHash: null };
  const tally = ((row.tally as Row[]) ?? []).map((t) => ({
    node: Number(t.node),
    predicate: t.predicate as CuratedPredicateName,
    source: String(t.source),
    negated: Boolean(t.negated),
  }));
  return {
    items: ((row.page as Row[]) ?? []).map((a) => toAnnotation(a, map)),
    tally,
    sources: [...new Set(tally.map((t) => t.source))].map((id) => map.sourceById(id)),
    contentHash: (row.contentHash as string | null | undefined) ?? null,
  };
}

/** How a curated node's name matched what was typed. */
export interface CuratedNameHitRecord {
  concept: ConceptRecord;
  match: { type: 'exact_name' | 'synonym' | 'words'; text: string };
  score: number;
}

/**
 * Scores on search's scale (search-ranking.ts): the name itself or an exact
 * name of it as search's exact name (+100); the same words in another order
 * (the comma-inverted or upper-case form) just under; all the typed words
 * within a longer name, by the share of its words they are, under search's
 * near names and above its weak-match line.
 */
const SCORE = { name: 110, synonym: 105, sameWords: 100, wordsFrom: 10, wordsUpTo: 50 };

/**
 * Words that do not tell two disease names apart: "type 6" is ", 6", and an
 * eponym's "disease" is its "syndrome" ("Unverricht-Lundborg disease" is
 * MONDO's "Unverricht-Lundborg syndrome").
 */
const FILLER = new Set([
  'a',
  'an',
  'and',
  'of',
  'the',
  'type',
  'with',
  'or',
  'to',
  'in',
  'due',
  'disease',
  'syndrome',
]);

/**
 * The words of a name as compared: OMIM's "; EPM6" abbreviation and
 * parenthesised notes left out, punctuation as space, a plural's s dropped.
 */
function nameWords(text: string): string[] {
  const main = normalizeName(text)
    .split(';')[0]!
    .replace(/\([^)]*\)/g, ' ');
  const words = main
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !FILLER.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)].sort();
}

const CANDIDATES = 200;

/** Curated nodes named by `text`, best first; none for a text with no telling word. */
export async function readCuratedNamed(
  transport: ReadTransport,
  text: string,
  kinds: CuratedKindName[] | null,
  first: number,
): Promise<CuratedNameHitRecord[]> {
  const typed = normalizeName(text);
  const words = nameWords(text);
  if (words.length === 0) return [];
  const { rows, map } = await transport.read(Q.CURATED_NAMED, {
    // A plural's s is dropped from the words, so the stored name holds each as typed or shorter.
    words,
    kinds,
    limit: neo4j.int(CANDIDATES),
  });
  const hits = rows.flatMap((row): CuratedNameHitRecord[] => {
    const concept = toConcept(row.concept as Row, map);
    const names = (row.names as string[]) ?? [];
    const written = (i: number) =>
      i === 0 ? concept.name : (concept.synonyms[i - 1] ?? names[i]!);
    const exact = names.indexOf(typed);
    if (exact >= 0)
      return [
        {
          concept,
          match: { type: exact === 0 ? 'exact_name' : 'synonym', text: written(exact) },
          score: exact === 0 ? SCORE.name : SCORE.synonym,
        },
      ];
    let best: CuratedNameHitRecord | null = null;
    for (const [i, name] of names.entries()) {
      const own = nameWords(name);
      if (!words.every((w) => own.includes(w))) continue;
      const same = own.length === words.length;
      const score = same
        ? SCORE.sameWords
        : SCORE.wordsFrom + (SCORE.wordsUpTo - SCORE.wordsFrom) * (words.length / own.length);
      if (best && best.score >= score) continue;
      const type = same ? (i === 0 ? 'exact_name' : 'synonym') : 'words';
      best = { concept, match: { type, text: written(i) }, score };
    }
    return best ? [best] : [];
  });
  return hits
    .sort((a, b) => b.score - a.score || (a.concept.id < b.concept.id ? -1 : 1))
    .slice(0, first);
}
