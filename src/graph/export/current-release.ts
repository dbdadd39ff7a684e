import type { Driver } from 'neo4j-driver';
import type { GraphReaders } from '../read';
import { buildRelease, type Release } from './release';
import type { ReleaseHistory } from './release-changes';

/**
 * The release of the loaded graph, for the doors that serve it (the release
 * routes, the MCP about-resource). Built the first time it is asked for and
 * kept while the loaded content hash stays the same: each call costs one
 * small read to learn that hash, and a reseed gives the next call a new
 * release.
 */
export class CurrentRelease {
  private current: { hash: string; release: Promise<Release> } | undefined;

  /** `readTimeoutMs` bounds the read of which graph is loaded; `snapshotTimeoutMs` the read of all of it. */
  constructor(
    private readonly driver: Driver,
    private readonly history: ReleaseHistory,
    private readonly readers: GraphReaders,
    private readonly readTimeoutMs: number,
    private readonly snapshotTimeoutMs: number,
  ) {}

  /**
   * The content hash of the graph whose release `get` would give now, from
   * one small read (the seed state: one index seek, no counts) and without
   * building anything: what a conditional request is answered from. Null
   * while a load runs or after one stopped, or when nothing is loaded.
   */
  async contentHash(): Promise<string | null> {
    const state = await this.readers.reader('release', this.readTimeoutMs).seedState();
    return state.loadState === 'COMPLETE' && state.contentHash ? state.contentHash : null;
  }

  /** The release; `known`, a content hash just read (contentHash), spares the read of it. */
  async get(known?: string): Promise<Release> {
    const contentHash =
      known ?? (await this.readers.reader('release', this.readTimeoutMs).graphInfo()).contentHash;
    if (!this.current || this.current.hash !== contentHash) {
      const release = buildRelease(this.driver, this.history, this.snapshotTimeoutMs);
      this.current = { hash: contentHash, release };
      release.catch(() => {
        if (this.current?.release === release) this.current = undefined;
      });
    }
    const release = await this.current.release;
    // A reseed between the hash read and the snapshot: the snapshot names the graph it is of.
    if (release.manifest.contentHash !== contentHash) this.current = undefined;
    return release;
  }
}
