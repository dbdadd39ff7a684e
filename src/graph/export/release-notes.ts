import { recordKind, recordSource, type ReleaseChanges } from './release-changes';
import type {
  NameNodes,
  PropertyChange,
  RecordChanges,
  RecordLabel,
  RemovedRecord,
} from './release-diff';

/**
 * A release's changes as Markdown for people: CHANGES.md. It stays readable
 * when a release adds a whole layer: a list longer than LIST_LIMIT is told
 * by its counts (changes.json keeps every item), and records that changed in
 * the same way are told once. Pure.
 */

/** The most items a list of CHANGES.md shows one by one. */
const LIST_LIMIT = 100;

type What = 'nodes' | 'edges';
type ChangedRecord = RecordChanges['changed'][number];

const value = (v: unknown) => (v === null || v === undefined ? '(none)' : JSON.stringify(v));

function propertyLine(change: PropertyChange): string {
  if (change.added || change.removed) {
    const parts = [
      ...(change.added ?? []).map((v) => `+ ${value(v)}`),
      ...(change.removed ?? []).map((v) => `− ${value(v)}`),
    ];
    return `  - ${change.property}: ${parts.join('; ')}`;
  }
  return `  - ${change.property}: ${value(change.old)} → ${value(change.new)}`;
}

/** A record's line: its id, then what names it (a node's name and category, an edge's ends) and whose it is. */
function label(record: RecordLabel): string {
  const rest = Object.entries(record)
    .filter(([key]) => !['id', 'changes', 'replacedBy', 'reason'].includes(key))
    .map(([, v]) => (Array.isArray(v) ? v.join(', ') : String(v)));
  return `\`${record.id}\`${rest.length > 0 ? ` ${rest.join(' · ')}` : ''}`;
}

const removedLine = (r: RemovedRecord) =>
  `- ${label(r)}${r.replacedBy ? `, replaced by \`${r.replacedBy}\`` : ''}${r.reason ? `: ${r.reason}` : ''}`;

/** Entries (each one or more lines) up to the limit, then how many more changes.json has. */
function limited(entries: string[][]): string[] {
  if (entries.length <= LIST_LIMIT) return entries.flat();
  return [
    ...entries.slice(0, LIST_LIMIT).flat(),
    `- … and ${entries.length - LIST_LIMIT} more, which changes.json lists`,
  ];
}

/** Records one by one, or, past the limit, how many of each kind from each source. */
function recordList<R extends RecordLabel>(
  what: What,
  records: R[],
  line: (r: R) => string,
): string[] {
  if (records.length <= LIST_LIMIT) return records.map(line);
  const groups = new Map<string, number>();
  for (const r of records) {
    const key = `${recordKind(what, r)} from ${recordSource(what, r)}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [
    `${records.length} ${what}, too many to list here (changes.json lists each one); by kind and source:`,
    '',
    ...[...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => `- ${n} ${key}`),
  ];
}

/** Changed records, those that changed in exactly the same way told once with their count. */
function changedList(what: What, records: ChangedRecord[]): string[] {
  const groups = new Map<string, ChangedRecord[]>();
  for (const r of records) {
    const key = r.changes.map(propertyLine).join('\n');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return limited(
    [...groups.values()].map((group) => {
      const head =
        group.length === 1
          ? `- ${label(group[0]!)}`
          : `- ${group.length} ${what}, such as ${group
              .slice(0, 3)
              .map((r) => `\`${r.id}\``)
              .join(', ')}:`;
      return [head, ...group[0]!.changes.map(propertyLine)];
    }),
  );
}

function recordSection(what: What, title: string, changes: RecordChanges): string[] {
  const lines = [`## ${title}`, ''];
  if (changes.added.length + changes.removed.length + changes.changed.length === 0)
    return [...lines, 'None.', ''];
  if (changes.removed.length > 0)
    lines.push('### Removed', '', ...recordList(what, changes.removed, removedLine), '');
  if (changes.added.length > 0)
    lines.push('### Added', '', ...recordList(what, changes.added, (r) => `- ${label(r)}`), '');
  if (changes.changed.length > 0)
    lines.push('### Changed', '', ...changedList(what, changes.changed), '');
  return lines;
}

const nodesOf = (ids: string[]) => ids.map((id) => `\`${id}\``).join(', ');
const nameLine = (n: NameNodes) => `- ${JSON.stringify(n.name)}: ${nodesOf(n.nodes)}`;

/** Names one by one; past the limit, the names of nodes added (or removed) with them only counted. */
function nameList(names: NameNodes[], nodes: RecordLabel[], which: 'added' | 'removed'): string[] {
  if (names.length <= LIST_LIMIT) return names.map(nameLine);
  const ids = new Set(nodes.map((n) => n.id));
  const ofNodes = names.filter((n) => n.nodes.every((id) => ids.has(id)));
  const others = names.filter((n) => !n.nodes.every((id) => ids.has(id)));
  return [
    ...limited(others.map((n) => [nameLine(n)])),
    ...(ofNodes.length > 0
      ? [`- ${ofNodes.length} names of the ${which} nodes, which changes.json lists`]
      : []),
  ];
}

function namesSection(changes: ReleaseChanges): string[] {
  const names = changes.names!;
  const lines = ['## Names', '', 'Names and synonyms a node answers to.', ''];
  if (names.added.length + names.removed.length + names.changed.length === 0)
    return [...lines, 'None changed.', ''];
  if (names.removed.length > 0)
    lines.push(
      '### Removed',
      '',
      ...nameList(names.removed, changes.nodes!.removed, 'removed'),
      '',
    );
  if (names.added.length > 0)
    lines.push('### Added', '', ...nameList(names.added, changes.nodes!.added, 'added'), '');
  if (names.changed.length > 0)
    lines.push(
      '### Naming other nodes',
      '',
      ...limited(
        names.changed.map((n) => [
          `- ${JSON.stringify(n.name)}: ${nodesOf(n.new)} (was ${nodesOf(n.old)})`,
        ]),
      ),
      '',
    );
  return lines;
}

/** The counts: in all, then by kind and by source for nodes and edges. */
function summaryTable(summary: NonNullable<ReleaseChanges['summary']>): string[] {
  const row = (name: string, c: { added: number; removed: number; changed: number }) =>
    `| ${name.padEnd(5)} | ${c.added} | ${c.removed} | ${c.changed} |`;
  const detail = (what: What) => [
    ...Object.entries(summary[what].byKind).map(([kind, c]) => row(`${what}: ${kind}`, c)),
    ...Object.entries(summary[what].bySource).map(([source, c]) =>
      row(`${what} from ${source}`, c),
    ),
  ];
  return [
    '## Summary',
    '',
    '|       | added | removed | changed |',
    '| ----- | ----- | ------- | ------- |',
    row('nodes', summary.nodes),
    row('edges', summary.edges),
    row('names', summary.names),
    ...detail('nodes'),
    ...detail('edges'),
    '',
  ];
}

export function changesMarkdown(changes: ReleaseChanges): string {
  const lines = [`# Changes in ${changes.version}`, ''];
  if (changes.compared) lines.push(`Compared with release ${changes.previousVersion}.`, '');
  else
    lines.push(
      `Not compared with an earlier release${changes.note ? `: ${changes.note}.` : '.'}`,
      '',
    );
  lines.push(
    '## Why',
    '',
    changes.reason ?? `The seeds' changelog has no entry for ${changes.version}.`,
    '',
  );
  if (changes.compared && changes.summary) {
    lines.push(
      ...summaryTable(changes.summary),
      ...recordSection('nodes', 'Nodes', changes.nodes!),
      ...recordSection('edges', 'Edges', changes.edges!),
      ...namesSection(changes),
    );
    if (changes.ignoredProperties && changes.ignoredProperties.length > 0)
      lines.push(
        `Not compared, as they change with every release: ${changes.ignoredProperties.join(', ')}.`,
        '',
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
