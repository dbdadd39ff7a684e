import {
  diffReleases,
  type KgxRecords,
  type NameChanges,
  type RecordChanges,
  type RecordLabel,
  type RetiredId,
} from './release-diff';

/**
 * A release's changes: what its records gained, lost and changed since the
 * previous release, and why (the seeds' changelog for its version). The
 * previous release is the changelog's newest version below this one, read
 * from the releases kept with the seeds. Pure: the history is handed in.
 */

/** One version's entry in the seeds' changelog. */
export interface ChangelogSection {
  version: string;
  /** The entry's text as written, without its content hash line. */
  text: string;
}

/** The entries of a changelog whose versions are `## X.Y.Z` headings, in the order written. */
export function changelogSections(markdown: string): ChangelogSection[] {
  const sections: ChangelogSection[] = [];
  const headings = [...markdown.matchAll(/^## +(\d+\.\d+\.\d+) *$/gm)];
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.index ?? markdown.length;
    const body = markdown.slice(heading.index + heading[0].length, end);
    const text = body
      .replace(/^Content hash: `[0-9a-f]+` *$/m, '')
      .replace(/^## .*$[\s\S]*/m, '')
      .trim();
    sections.push({ version: heading[1]!, text });
  });
  return sections;
}

/** Orders X.Y.Z versions: negative when a is older than b. */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) {
    const d = (pa![i] ?? 0) - (pb![i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The newest of `versions` older than `version`, or null. */
export function previousVersion(versions: readonly string[], version: string): string | null {
  const older = versions.filter((v) => compareVersions(v, version) < 0);
  return older.sort(compareVersions).at(-1) ?? null;
}

/** What the release of one version is compared with. */
export interface Baseline {
  previousVersion: string | null;
  /** The previous release's records; null when there is none to compare with (`note` says why). */
  previous: KgxRecords | null;
  note?: string;
  /** The changelog's entry for this version, or null when it has none. */
  reason: string | null;
  /** Ids that no longer exist and what replaced them (empty before the seeds list any). */
  retired: readonly RetiredId[];
}

/** Where the baseline of a version comes from (the seeds' changelog and kept releases). */
export interface ReleaseHistory {
  baselineOf(version: string): Baseline;
}

interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

/** The counts of nodes or edges, in all and by what they are and whose they are. */
interface RecordChangeCounts extends ChangeCounts {
  /** By Biolink category (a node's first) or predicate (an edge's). */
  byKind: Record<string, ChangeCounts>;
  /** By the source that provides the node or is the edge's primary knowledge source. */
  bySource: Record<string, ChangeCounts>;
}

export interface ChangesSummary {
  nodes: RecordChangeCounts;
  edges: RecordChangeCounts;
  names: ChangeCounts;
}

const firstText = (value: unknown) => String((Array.isArray(value) ? value[0] : value) ?? '(none)');

/** What a changed node or edge is: its category, or its predicate. */
export const recordKind = (what: 'nodes' | 'edges', label: RecordLabel) =>
  firstText(what === 'nodes' ? label.category : label.predicate);

/** Whose a changed node or edge is: the source that provides it, or its primary knowledge source. */
export const recordSource = (what: 'nodes' | 'edges', label: RecordLabel) =>
  firstText(what === 'nodes' ? label.provided_by : label.primary_knowledge_source);

export interface ReleaseChanges {
  version: string;
  previousVersion: string | null;
  /** False when there was no previous release to compare with (see note): the lists are absent. */
  compared: boolean;
  note?: string;
  /** Why, in the changelog's words: its entry for this version. */
  reason: string | null;
  summary: ChangesSummary | null;
  nodes?: RecordChanges;
  edges?: RecordChanges;
  names?: NameChanges;
  /** Volatile properties the records had and the comparison left out. */
  ignoredProperties?: string[];
}

const counts = (c: RecordChanges | NameChanges): ChangeCounts => ({
  added: c.added.length,
  removed: c.removed.length,
  changed: c.changed.length,
});

/** Counts of the changes to nodes or edges by `key`, keys in order. */
function countsBy(c: RecordChanges, key: (label: RecordLabel) => string) {
  const by: Record<string, ChangeCounts> = {};
  for (const part of ['added', 'removed', 'changed'] as const)
    for (const label of c[part])
      (by[key(label)] ??= { added: 0, removed: 0, changed: 0 })[part] += 1;
  return Object.fromEntries(Object.entries(by).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const recordCounts = (what: 'nodes' | 'edges', c: RecordChanges): RecordChangeCounts => ({
  ...counts(c),
  byKind: countsBy(c, (label) => recordKind(what, label)),
  bySource: countsBy(c, (label) => recordSource(what, label)),
});

/** The changes of the release of `version` (whose records are `current`) against its baseline. */
export function releaseChanges(
  version: string,
  current: KgxRecords,
  baseline: Baseline,
): ReleaseChanges {
  const head = { version, previousVersion: baseline.previousVersion };
  if (!baseline.previous)
    return {
      ...head,
      compared: false,
      ...(baseline.note !== undefined && { note: baseline.note }),
      reason: baseline.reason,
      summary: null,
    };
  const diff = diffReleases(baseline.previous, current, baseline.retired);
  return {
    ...head,
    compared: true,
    reason: baseline.reason,
    summary: {
      nodes: recordCounts('nodes', diff.nodes),
      edges: recordCounts('edges', diff.edges),
      names: counts(diff.names),
    },
    ...diff,
  };
}

/** The changes in brief, for a client that cached facts: counts and the first `limit` items. */
export interface ChangesDigest {
  version: string;
  previousVersion: string | null;
  compared: boolean;
  note?: string;
  /** The first paragraph of the changelog's entry. */
  reason: string | null;
  summary: ChangesSummary | null;
  /** Removals first, then changes, then additions. */
  items: string[];
  /** How many items the list left out. */
  more: number;
}

const named = (r: { id: string; name?: unknown }) =>
  typeof r.name === 'string' ? `${r.id} (${r.name})` : r.id;

/**
 * Every change as one line, the ones a cache most needs first. A name of a
 * node removed or added is left to that node's line.
 */
function changeLines(changes: ReleaseChanges): string[] {
  if (!changes.compared) return [];
  const lines: string[] = [];
  const records = [
    ['node', changes.nodes!],
    ['edge', changes.edges!],
  ] as const;
  const removedNodes = new Set(changes.nodes!.removed.map((n) => n.id));
  const addedNodes = new Set(changes.nodes!.added.map((n) => n.id));
  const names = changes.names!;
  for (const [what, c] of records)
    for (const r of c.removed)
      lines.push(
        `removed ${what} ${named(r)}${r.replacedBy ? `, replaced by ${r.replacedBy}` : ''}`,
      );
  for (const n of names.removed)
    if (!n.nodes.every((id) => removedNodes.has(id)))
      lines.push(`removed name "${n.name}" (was ${n.nodes.join(', ')})`);
  for (const [what, c] of records)
    for (const r of c.changed)
      lines.push(`changed ${what} ${named(r)}: ${r.changes.map((p) => p.property).join(', ')}`);
  for (const n of names.changed)
    lines.push(`name "${n.name}" now names ${n.new.join(', ')} (was ${n.old.join(', ')})`);
  for (const [what, c] of records) for (const r of c.added) lines.push(`added ${what} ${named(r)}`);
  for (const n of names.added)
    if (!n.nodes.every((id) => addedNodes.has(id)))
      lines.push(`added name "${n.name}" (${n.nodes.join(', ')})`);
  return lines;
}

export function changesDigest(changes: ReleaseChanges, limit = 20): ChangesDigest {
  const lines = changeLines(changes);
  return {
    version: changes.version,
    previousVersion: changes.previousVersion,
    compared: changes.compared,
    ...(changes.note !== undefined && { note: changes.note }),
    reason:
      changes.reason
        ?.split(/\n\s*\n/)[0]
        ?.replace(/\s+/g, ' ')
        .trim() ?? null,
    summary: changes.summary,
    items: lines.slice(0, limit),
    more: Math.max(0, lines.length - limit),
  };
}
