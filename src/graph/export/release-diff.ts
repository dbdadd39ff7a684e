import { canonicalJson } from '../../domain';
import {
  SCOPED_SYNONYM_COLUMN_OF,
  SCOPED_SYNONYM_COLUMNS,
  SCOPED_SYNONYM_SCOPES,
  SCOPED_SYNONYM_SEPARATOR,
  retiredReleaseId,
} from './kgx-model';

/**
 * What changed between two releases, computed from their KGX records alone:
 * nodes and edges keyed by id, every property of a record compared (so a
 * property a later release adds, such as a qualifier, is a change like any
 * other), and the names (name and synonyms) each node answers to. Pure:
 * records in, changes out.
 */

/** A KGX node or edge as a release's JSON Lines hold it: a flat record with an id. */
export type KgxRecord = { readonly id: string } & Readonly<Record<string, unknown>>;

/** An id that no longer exists, as a retired list gives it (a seed id, or the release's id). */
export interface RetiredId {
  id: string;
  kind: 'entity' | 'fact';
  /** The id that took its place, when one did. */
  replacedBy?: string;
  reason: string;
}

/**
 * Properties that change when nothing known changed are not compared: any
 * whose name is or ends in `date`, `time`, `timestamp`, `hash`, `sha256` or
 * `checksum`, or ends in `_at` (Biolink's `creation_date` and `update_date`,
 * a `loaded_at`, a `content_hash`). A release's manifest (its dates, content
 * hash and file digests) is not compared either: only nodes and edges are.
 */
const VOLATILE_PROPERTY = /(^|_)(date|time|timestamp|hash|sha256|checksum)$|_at$/;

export interface PropertyChange {
  property: string;
  /** The earlier release's value; null when it had none. */
  old: unknown;
  /** This release's value; null when it has none. */
  new: unknown;
  /** For a list: the values it gained (lists compare as sets, order aside). */
  added?: unknown[];
  /** For a list: the values it lost. */
  removed?: unknown[];
}

/** A record named by its id and the properties that say what it is (a node's name, an edge's ends). */
export type RecordLabel = { id: string } & Record<string, unknown>;

export type RemovedRecord = RecordLabel & { replacedBy?: string; reason?: string };

type ChangedRecord = RecordLabel & { changes: PropertyChange[] };

export interface RecordChanges {
  added: RecordLabel[];
  removed: RemovedRecord[];
  changed: ChangedRecord[];
}

/** A name and the nodes it names. */
export interface NameNodes {
  name: string;
  nodes: string[];
}

export interface NameChanges {
  /** Names no node had before. */
  added: NameNodes[];
  /** Names no node has now. */
  removed: NameNodes[];
  /** Names that now name other nodes (moved, shared or no longer shared). */
  changed: { name: string; old: string[]; new: string[] }[];
}

export interface ReleaseDiff {
  nodes: RecordChanges;
  edges: RecordChanges;
  names: NameChanges;
  /** The volatile properties the records had, left out of the comparison. */
  ignoredProperties: string[];
}

export interface KgxRecords {
  nodes: readonly KgxRecord[];
  edges: readonly KgxRecord[];
}

/** The properties that label a node and an edge in a list of changes: what it is, and whose it is. */
const NODE_LABEL = ['name', 'category', 'provided_by'];
const EDGE_LABEL = ['subject', 'predicate', 'object', 'primary_knowledge_source'];
/** The columns of names of other scopes: each one text, its names joined by SCOPED_SYNONYM_SEPARATOR. */
const SCOPED_COLUMNS: ReadonlySet<string> = new Set(SCOPED_SYNONYM_COLUMNS);

/**
 * The properties whose values are names a person may look a node up by, and
 * how a name of each is written in the changes: a name of another scope than
 * exact carries its scope (`broad_names`: "(broad)"), so a name moved from one
 * scope to another is one removed and one added.
 */
const NAME_PROPERTIES: Record<string, (name: string) => string> = {
  name: (name) => name,
  synonym: (name) => name,
  ...Object.fromEntries(
    SCOPED_SYNONYM_SCOPES.map((scope) => [
      SCOPED_SYNONYM_COLUMN_OF[scope],
      (name: string) => `${name} (${scope})`,
    ]),
  ),
};

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** A value as it compares: empty counts as absent, a list as the set of its items. */
function comparable(value: unknown): string | undefined {
  if (isEmpty(value)) return undefined;
  if (Array.isArray(value)) return canonicalJson(value.map((v) => canonicalJson(v)).sort());
  return canonicalJson(value);
}

const byKey = (items: readonly unknown[]) => new Map(items.map((v) => [canonicalJson(v), v]));

function propertyChange(property: string, old: unknown, now: unknown): PropertyChange {
  const change: PropertyChange = {
    property,
    old: isEmpty(old) ? null : old,
    new: isEmpty(now) ? null : now,
  };
  if (Array.isArray(old) || Array.isArray(now)) {
    const before = byKey(Array.isArray(old) ? old : isEmpty(old) ? [] : [old]);
    const after = byKey(Array.isArray(now) ? now : isEmpty(now) ? [] : [now]);
    change.added = [...after].filter(([key]) => !before.has(key)).map(([, v]) => v);
    change.removed = [...before].filter(([key]) => !after.has(key)).map(([, v]) => v);
  }
  return change;
}

/** The properties of two versions of a record that differ, volatile ones aside, in name order. */
export function propertyChanges(
  old: KgxRecord,
  now: KgxRecord,
  ignored: Set<string> = new Set(),
): PropertyChange[] {
  const names = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
  const changes: PropertyChange[] = [];
  for (const name of names) {
    if (name === 'id') continue;
    if (VOLATILE_PROPERTY.test(name)) {
      ignored.add(name);
      continue;
    }
    if (comparable(old[name]) !== comparable(now[name]))
      changes.push(propertyChange(name, old[name], now[name]));
  }
  return changes;
}

const labelOf = (record: KgxRecord, properties: string[]): RecordLabel => {
  const label: RecordLabel = { id: record.id };
  for (const p of properties) if (!isEmpty(record[p])) label[p] = record[p];
  return label;
};

const byId = (records: readonly KgxRecord[]) => {
  const map = new Map<string, KgxRecord>();
  for (const record of records) {
    if (map.has(record.id)) throw new Error(`a release has the id ${record.id} twice`);
    map.set(record.id, record);
  }
  return map;
};

const compareIds = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Records added, removed and changed between two releases. A removed id the
 * retired list names (keyed by the release's id) carries what replaced it
 * and why.
 */
export function diffRecords(
  previous: readonly KgxRecord[],
  current: readonly KgxRecord[],
  options: {
    label: string[];
    retired?: ReadonlyMap<string, { replacedBy?: string; reason: string }>;
    ignored?: Set<string>;
  },
): RecordChanges {
  const before = byId(previous);
  const after = byId(current);
  const changes: RecordChanges = { added: [], removed: [], changed: [] };
  for (const [id, record] of after) {
    const old = before.get(id);
    if (!old) {
      changes.added.push(labelOf(record, options.label));
      continue;
    }
    const changed = propertyChanges(old, record, options.ignored);
    if (changed.length > 0)
      changes.changed.push({ ...labelOf(record, options.label), changes: changed });
  }
  for (const [id, record] of before) {
    if (after.has(id)) continue;
    const retired = options.retired?.get(id);
    changes.removed.push({
      ...labelOf(record, options.label),
      ...(retired?.replacedBy !== undefined && { replacedBy: retired.replacedBy }),
      ...(retired && { reason: retired.reason }),
    });
  }
  changes.added.sort(compareIds);
  changes.removed.sort(compareIds);
  changes.changed.sort(compareIds);
  return changes;
}

/** Every name of every node: a name's text and the ids of the nodes it names. */
function namesOf(nodes: readonly KgxRecord[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const node of nodes)
    for (const [property, written] of Object.entries(NAME_PROPERTIES)) {
      const value = node[property];
      const texts = Array.isArray(value)
        ? value
        : typeof value === 'string' && SCOPED_COLUMNS.has(property)
          ? value.split(SCOPED_SYNONYM_SEPARATOR)
          : [value];
      for (const text of texts) {
        if (typeof text !== 'string' || text === '') continue;
        const name = written(text);
        if (!names.has(name)) names.set(name, new Set());
        names.get(name)!.add(node.id);
      }
    }
  return names;
}

/** Names (a node's name and synonyms, as written) added, removed, or naming other nodes now. */
export function diffNames(
  previous: readonly KgxRecord[],
  current: readonly KgxRecord[],
): NameChanges {
  const before = namesOf(previous);
  const after = namesOf(current);
  const changes: NameChanges = { added: [], removed: [], changed: [] };
  const sorted = (ids: Set<string> | undefined) => [...(ids ?? [])].sort();
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = sorted(before.get(name));
    const now = sorted(after.get(name));
    if (old.join('\n') === now.join('\n')) continue;
    if (old.length === 0) changes.added.push({ name, nodes: now });
    else if (now.length === 0) changes.removed.push({ name, nodes: old });
    else changes.changed.push({ name, old, new: now });
  }
  return changes;
}

/** The whole difference of two releases' records; `retired` names what replaced removed ids. */
export function diffReleases(
  previous: KgxRecords,
  current: KgxRecords,
  retired: readonly RetiredId[] = [],
): ReleaseDiff {
  const retiredOf = (kind: RetiredId['kind']) =>
    new Map(
      retired
        .filter((r) => r.kind === kind)
        .map((r) => [
          retiredReleaseId(kind, r.id),
          {
            reason: r.reason,
            ...(r.replacedBy !== undefined && { replacedBy: retiredReleaseId(kind, r.replacedBy) }),
          },
        ]),
    );
  const ignored = new Set<string>();
  return {
    nodes: diffRecords(previous.nodes, current.nodes, {
      label: NODE_LABEL,
      retired: retiredOf('entity'),
      ignored,
    }),
    edges: diffRecords(previous.edges, current.edges, {
      label: EDGE_LABEL,
      retired: retiredOf('fact'),
      ignored,
    }),
    names: diffNames(previous.nodes, current.nodes),
    ignoredProperties: [...ignored].sort(),
  };
}
