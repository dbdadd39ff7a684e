/**
 * The rule the contract is held to, against the release it was last
 * snapshotted at (schema/released/): a minor version only adds; a change that
 * can break a client needs a major version and a changelog entry that names
 * it; and nothing is removed that the release did not already mark deprecated.
 */

/** A change of the contract that can break a client written against the release. */
export interface BreakingChange {
  /** Where: `Type.field` (or `Type.field.argument`) in the SDL, `tool.input.property` in a tool's schema. */
  path: string;
  message: string;
  /** Set when the change removes something: whether the release had marked it deprecated. */
  removal?: { deprecated: boolean };
}

type Version = [major: number, minor: number, patch: number];

function parseVersion(version: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`"${version}" is not a version of the form major.minor.patch`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The text of a changelog's `## <version>` section, or null when it has none. */
function changelogSection(changelog: string, version: string): string | null {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

export interface Versions {
  /** The version schema/released/ holds the contract of. */
  released: string;
  /** The version being made (seeds/manifest.yaml). */
  current: string;
}

/** What keeps the changes from landing, one line each; none when they may. */
export function judge(changes: BreakingChange[], versions: Versions, changelog: string): string[] {
  const released = parseVersion(versions.released);
  const current = parseVersion(versions.current);
  if (compareVersions(current, released) < 0) {
    return [
      `the version ${versions.current} is older than the released contract ${versions.released}`,
    ];
  }
  const problems = changes
    .filter((change) => change.removal && !change.removal.deprecated)
    .map(
      (change) =>
        `${change.path}: removed without having been deprecated in ${versions.released}; deprecate it in one release, remove it in a later major one`,
    );
  if (changes.length === 0) return problems;
  if (current[0] <= released[0]) {
    problems.push(
      `${changes.length} breaking change(s) against ${versions.released} need a major version (now ${versions.current}):`,
      ...changes.map((change) => `  ${change.path}: ${change.message}`),
    );
    return problems;
  }
  const section = changelogSection(changelog, versions.current);
  if (section === null) {
    problems.push(`the changelog has no "## ${versions.current}" section saying what breaks`);
    return problems;
  }
  for (const change of changes) {
    if (!section.includes(change.path)) {
      problems.push(
        `the changelog's ${versions.current} section does not name ${change.path} (${change.message})`,
      );
    }
  }
  return problems;
}
