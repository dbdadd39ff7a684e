import type { ReleaseChanges } from './release-changes';
import type {
  NameNodes,
  PropertyChange,
  RecordChanges,
  RecordLabel,
  RemovedRecord,
} from './release-diff';

/** A release's changes as Markdown for people: CHANGES.md. Pure. */

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

/** A record's line: its id, then what names it (a node's name and category, an edge's ends). */
function label(record: RecordLabel): string {
  const rest = Object.entries(record)
    .filter(([key]) => !['id', 'changes', 'replacedBy', 'reason'].includes(key))
    .map(([, v]) => (Array.isArray(v) ? v.join(', ') : String(v)));
  return `\`${record.id}\`${rest.length > 0 ? ` ${rest.join(' · ')}` : ''}`;
}

const removedLine = (r: RemovedRecord) =>
  `- ${label(r)}${r.replacedBy ? `, replaced by \`${r.replacedBy}\`` : ''}${r.reason ? `: ${r.reason}` : ''}`;

function recordSection(title: string, changes: RecordChanges): string[] {
  const lines = [`## ${title}`, ''];
  if (changes.added.length + changes.removed.length + changes.changed.length === 0)
    return [...lines, 'None.', ''];
  if (changes.removed.length > 0)
    lines.push('### Removed', '', ...changes.removed.map(removedLine), '');
  if (changes.added.length > 0)
    lines.push('### Added', '', ...changes.added.map((r) => `- ${label(r)}`), '');
  if (changes.changed.length > 0)
    lines.push(
      '### Changed',
      '',
      ...changes.changed.flatMap((r) => [`- ${label(r)}`, ...r.changes.map(propertyLine)]),
      '',
    );
  return lines;
}

const nodesOf = (ids: string[]) => ids.map((id) => `\`${id}\``).join(', ');
const nameLine = (n: NameNodes) => `- ${JSON.stringify(n.name)}: ${nodesOf(n.nodes)}`;

function namesSection(changes: NonNullable<ReleaseChanges['names']>): string[] {
  const lines = ['## Names', '', 'Names and synonyms a node answers to.', ''];
  if (changes.added.length + changes.removed.length + changes.changed.length === 0)
    return [...lines, 'None changed.', ''];
  if (changes.removed.length > 0)
    lines.push('### Removed', '', ...changes.removed.map(nameLine), '');
  if (changes.added.length > 0) lines.push('### Added', '', ...changes.added.map(nameLine), '');
  if (changes.changed.length > 0)
    lines.push(
      '### Naming other nodes',
      '',
      ...changes.changed.map(
        (n) => `- ${JSON.stringify(n.name)}: ${nodesOf(n.new)} (was ${nodesOf(n.old)})`,
      ),
      '',
    );
  return lines;
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
    const { summary } = changes;
    lines.push(
      '## Summary',
      '',
      '|       | added | removed | changed |',
      '| ----- | ----- | ------- | ------- |',
      ...(['nodes', 'edges', 'names'] as const).map(
        (k) =>
          `| ${k.padEnd(5)} | ${summary[k].added} | ${summary[k].removed} | ${summary[k].changed} |`,
      ),
      '',
      ...recordSection('Nodes', changes.nodes!),
      ...recordSection('Edges', changes.edges!),
      ...namesSection(changes.names!),
    );
    if (changes.ignoredProperties && changes.ignoredProperties.length > 0)
      lines.push(
        `Not compared, as they change with every release: ${changes.ignoredProperties.join(', ')}.`,
        '',
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
