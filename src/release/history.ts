import { gunzipSync, gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  KEPT_MANIFEST,
  keptReleaseFiles,
  readKeptRelease,
  type KeptReleaseManifest,
} from '../graph/export/kept-release';
import {
  changelogSections,
  compareVersions,
  previousVersion,
  type Baseline,
  type ChangelogSection,
  type ReleaseHistory,
} from '../graph/export/release-changes';
import type { RetiredId } from '../graph/export/release-diff';

/**
 * The release history the seeds keep: the changelog (seeds/CHANGELOG.md),
 * each cut release's records (seeds/releases/<version>/, written by
 * `npm run release:snapshot`) and, once there is one, the list of retired
 * ids (seeds/retired.yaml). A release is compared with the changelog's
 * newest version below its own.
 */

/** The seeds' folder, as the seed command reads it. */
export const SEEDS_DIR = path.resolve(__dirname, '..', '..', 'seeds');
const CHANGELOG_FILE = 'CHANGELOG.md';
const KEPT_RELEASES_DIR = 'releases';
const RETIRED_FILE = 'retired.yaml';
/** The first version released in KGX: the versions before it have no release to keep. */
export const FIRST_KEPT_RELEASE = '2.0.0';

const retiredSchema = z.array(
  z.object({
    id: z.string().min(1),
    kind: z.enum(['entity', 'fact']),
    replacedBy: z.string().min(1).nullish(),
    reason: z.string().min(1),
  }),
);

/** A retired list's entries: a YAML list, or a map whose `retired` key holds it. */
export function parseRetired(text: string): RetiredId[] {
  const document = parse(text) as unknown;
  const list =
    document && typeof document === 'object' && !Array.isArray(document)
      ? (document as { retired?: unknown }).retired
      : document;
  const result = retiredSchema.safeParse(list ?? []);
  if (!result.success)
    throw new Error(
      `${RETIRED_FILE} is not a list of {id, kind: entity|fact, replacedBy?, reason}: ${result.error.issues
        .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
        .join('; ')}`,
    );
  return result.data.map(({ replacedBy, ...rest }) => ({
    ...rest,
    ...(replacedBy != null && { replacedBy }),
  }));
}

/** The suffix of a kept release's gzipped JSON Lines. */
const GZIP = '.gz';

export class SeedReleaseHistory implements ReleaseHistory {
  constructor(readonly seedDir = SEEDS_DIR) {}

  changelog(): ChangelogSection[] {
    return changelogSections(readFileSync(path.join(this.seedDir, CHANGELOG_FILE), 'utf8'));
  }

  retired(): RetiredId[] {
    const file = path.join(this.seedDir, RETIRED_FILE);
    return existsSync(file) ? parseRetired(readFileSync(file, 'utf8')) : [];
  }

  keptDir(version: string): string {
    return path.join(this.seedDir, KEPT_RELEASES_DIR, version);
  }

  /** The versions whose release is kept, oldest first. */
  keptVersions(): string[] {
    const dir = path.join(this.seedDir, KEPT_RELEASES_DIR);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /^\d+\.\d+\.\d+$/.test(name))
      .filter((name) => existsSync(path.join(dir, name, KEPT_MANIFEST)))
      .sort(compareVersions);
  }

  /** A kept file's text as its export wrote it (gunzipped where it is kept gzipped); undefined when missing. */
  keptText(version: string, name: string): string | undefined {
    const file = path.join(this.keptDir(version), name);
    if (existsSync(file)) return readFileSync(file, 'utf8');
    const zipped = `${file}${GZIP}`;
    return existsSync(zipped) ? gunzipSync(readFileSync(zipped)).toString('utf8') : undefined;
  }

  /** A kept release, its files checked against its release.json. */
  readKept(version: string) {
    return readKeptRelease(version, (name) => this.keptText(version, name));
  }

  /** The version the release of `version` is compared with, and why there is none when so. */
  previousOf(version: string): { version: string | null; note?: string; kept: boolean } {
    const previous = previousVersion(
      this.changelog().map((s) => s.version),
      version,
    );
    if (previous === null)
      return { version: null, kept: false, note: 'the changelog has no earlier version' };
    if (compareVersions(previous, FIRST_KEPT_RELEASE) < 0)
      return {
        version: previous,
        kept: false,
        note: `${previous} was released before releases were made in KGX (the first was ${FIRST_KEPT_RELEASE}), so there is no release of it to compare with`,
      };
    if (!this.keptVersions().includes(previous))
      return {
        version: previous,
        kept: false,
        note: `the release of ${previous} is not kept in seeds/${KEPT_RELEASES_DIR}/${previous}/`,
      };
    return { version: previous, kept: true };
  }

  baselineOf(version: string): Baseline {
    const previous = this.previousOf(version);
    return {
      previousVersion: previous.version,
      previous: previous.kept ? this.readKept(previous.version!).records : null,
      ...(previous.note !== undefined && { note: previous.note }),
      reason: this.changelog().find((s) => s.version === version)?.text ?? null,
      retired: this.retired(),
    };
  }

  /**
   * What keeps the releases from being compared as they should: a version
   * from the first release made in KGX up to the one before `version` whose
   * release is not kept, a kept release whose files are not what its export
   * wrote, a retired list that does not read. None for a sound history.
   */
  problems(version: string): string[] {
    const problems: string[] = [];
    const kept = this.keptVersions();
    const previous = this.previousOf(version).version;
    const due = this.changelog()
      .map((s) => s.version)
      .filter((v) => compareVersions(v, FIRST_KEPT_RELEASE) >= 0)
      .filter((v) => compareVersions(v, version) < 0);
    for (const v of due.filter((v) => !kept.includes(v)))
      problems.push(
        `the release of ${v} is not kept in seeds/${KEPT_RELEASES_DIR}/${v}/` +
          `${v === previous ? `, and ${version} is compared with it` : ''}: ` +
          `keep it with \`npm run release:snapshot\` on the seeds of ${v}`,
      );
    for (const v of kept)
      try {
        this.readKept(v);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    try {
      this.retired();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
    return problems;
  }

  /**
   * Keeps a release in seeds/releases/<version>/. A version's release is kept
   * once: keeping one of other content (another content hash) is refused.
   */
  keep(release: Parameters<typeof keptReleaseFiles>[0]): string {
    const version = release.manifest.seedVersion;
    const dir = this.keptDir(version);
    const existing = path.join(dir, KEPT_MANIFEST);
    if (existsSync(existing)) {
      const kept = JSON.parse(readFileSync(existing, 'utf8')) as KeptReleaseManifest;
      if (kept.contentHash !== release.manifest.contentHash)
        throw new Error(
          `the release of ${version} is kept already, of other content (${kept.contentHash.slice(0, 12)}, this graph is ${release.manifest.contentHash.slice(0, 12)}): a change to the knowledge needs a new seed version`,
        );
    }
    mkdirSync(dir, { recursive: true });
    // The JSON Lines are kept gzipped (the curated layer makes them megabytes); release.json's
    // digests are of the text itself, so a kept file reads back to exactly what the export wrote.
    for (const [name, text] of Object.entries(keptReleaseFiles(release))) {
      if (name === KEPT_MANIFEST) writeFileSync(path.join(dir, name), text);
      else writeFileSync(path.join(dir, `${name}${GZIP}`), gzipSync(text, { level: 9 }));
    }
    return dir;
  }
}
