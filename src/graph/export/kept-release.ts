import { sha256 } from '../../domain';
import type { KgxFiles } from './kgx';
import type { KgxRecord, KgxRecords } from './release-diff';

/**
 * A kept release: what a later release is compared with, without a database.
 * Its nodes.jsonl and edges.jsonl exactly as the release's export wrote them,
 * and release.json naming the version, its content hash and each file's size
 * and SHA-256 (no dates, so keeping the same release twice writes the same
 * bytes). Pure: texts in, texts or records out.
 */

const KEPT_FILES = ['nodes.jsonl', 'edges.jsonl'] as const;
export type KeptFileName = (typeof KEPT_FILES)[number];
export const KEPT_MANIFEST = 'release.json';

export interface KeptReleaseManifest {
  seedVersion: string;
  contentHash: string;
  biolinkModelVersion: string;
  counts: { nodes: number; edges: number };
  files: { name: KeptFileName; bytes: number; sha256: string }[];
}

/** The records of a KGX JSON Lines file. */
function jsonlRecords(text: string, file = 'a JSON Lines file'): KgxRecord[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const record = JSON.parse(line) as unknown;
      if (
        typeof record !== 'object' ||
        record === null ||
        Array.isArray(record) ||
        typeof (record as { id?: unknown }).id !== 'string'
      )
        throw new Error(`${file}, line ${i + 1}: not a KGX record with an id`);
      return record as KgxRecord;
    });
}

/** The records a release's files hold. */
export const recordsOfFiles = (files: Pick<KgxFiles, KeptFileName>): KgxRecords => ({
  nodes: jsonlRecords(files['nodes.jsonl'], 'nodes.jsonl'),
  edges: jsonlRecords(files['edges.jsonl'], 'edges.jsonl'),
});

/** The files that keep a release: its JSON Lines as written, and release.json. */
export function keptReleaseFiles(release: {
  manifest: { seedVersion: string; contentHash: string; biolinkModelVersion: string };
  files: Pick<KgxFiles, KeptFileName>;
}): Record<KeptFileName | typeof KEPT_MANIFEST, string> {
  const records = recordsOfFiles(release.files);
  const manifest: KeptReleaseManifest = {
    seedVersion: release.manifest.seedVersion,
    contentHash: release.manifest.contentHash,
    biolinkModelVersion: release.manifest.biolinkModelVersion,
    counts: { nodes: records.nodes.length, edges: records.edges.length },
    files: KEPT_FILES.map((name) => ({
      name,
      bytes: Buffer.byteLength(release.files[name]),
      sha256: sha256(release.files[name]),
    })),
  };
  return {
    'nodes.jsonl': release.files['nodes.jsonl'],
    'edges.jsonl': release.files['edges.jsonl'],
    [KEPT_MANIFEST]: `${JSON.stringify(manifest, null, 2)}\n`,
  };
}

/**
 * A kept release read back: its manifest and records, once every file is
 * there and has the digest release.json gives it. `read` returns a file's
 * text, or undefined when it is missing.
 */
export function readKeptRelease(
  version: string,
  read: (name: string) => string | undefined,
): { manifest: KeptReleaseManifest; records: KgxRecords } {
  const manifestText = read(KEPT_MANIFEST);
  if (manifestText === undefined)
    throw new Error(`the kept release ${version} has no ${KEPT_MANIFEST}`);
  const manifest = JSON.parse(manifestText) as KeptReleaseManifest;
  if (manifest.seedVersion !== version)
    throw new Error(`the kept release ${version} says it is ${manifest.seedVersion}`);
  const texts = {} as Record<KeptFileName, string>;
  for (const name of KEPT_FILES) {
    const text = read(name);
    const expected = manifest.files.find((f) => f.name === name);
    if (text === undefined || !expected)
      throw new Error(`the kept release ${version} lacks ${name}`);
    if (sha256(text) !== expected.sha256)
      throw new Error(
        `the kept release ${version}: ${name} is not the file its export wrote (its SHA-256 differs from ${KEPT_MANIFEST})`,
      );
    texts[name] = text;
  }
  return { manifest, records: recordsOfFiles(texts) };
}
