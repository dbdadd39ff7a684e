/**
 * Fresh answers after a reseed or a deploy: asks every replica which release
 * it serves (graphInfo's content hash and load state, and the ETag of that
 * answer, by GET straight to the replica) every `intervalMs`, and bans the
 * edge's graph answers whenever that changes, and once more an interval later
 * (an answer a replica was still sending from the old release when the ban
 * came is dropped by the second). The ETag names the service's build as well
 * as the graph, so a deploy of another build on the same graph bans too, as
 * does each step of a rolling upgrade (the set of builds changes). A replica
 * learns a reseed within its SEED_STATE_POLL_MS, so the edge serves the new
 * release within SEED_STATE_POLL_MS + intervalMs (plus a round trip) of its
 * commit.
 */
const RELEASE_QUERY = '{ graphInfo { contentHash loadState } }';

async function releaseOf(url: string): Promise<string | null> {
  try {
    const response = await fetch(
      `${url}/graphql?${new URLSearchParams({ query: RELEASE_QUERY }).toString()}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
        signal: AbortSignal.timeout(2_000),
      },
    );
    const body = (await response.json()) as {
      data?: { graphInfo?: { contentHash: string; loadState: string } };
    };
    const info = body.data?.graphInfo;
    if (!info) return null;
    // No ETag while a load runs (the answer is no-store): the load state says enough.
    if (info.loadState !== 'COMPLETE') return `${info.contentHash}/${info.loadState}`;
    const tag = response.headers.get('etag');
    // A complete graph's answer without one was not kept (a check failed): it says nothing.
    return tag === null ? null : `${info.contentHash}/${info.loadState}/${tag}`;
  } catch {
    // A replica that is down or restarting says nothing about the release.
    return null;
  }
}

export interface ReleaseWatch {
  /** Bans sent so far. */
  bans(): number;
  stop(): void;
}

export function watchReleases(
  replicaUrls: () => string[],
  ban: () => Promise<void>,
  intervalMs = 1_000,
  onBan: (releases: string) => void = () => undefined,
): ReleaseWatch {
  let seen: string | undefined;
  let banAgain = false;
  let count = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const send = async (releases: string) => {
    await ban();
    count += 1;
    onBan(releases);
  };

  const tick = async () => {
    const answers = await Promise.all(replicaUrls().map(releaseOf));
    const releases = [...new Set(answers.filter((a): a is string => a !== null))].sort().join(' ');
    if (releases !== '' && seen !== undefined && releases !== seen) {
      await send(releases);
      banAgain = true;
    } else if (banAgain) {
      await send(releases);
      banAgain = false;
    }
    if (releases !== '') seen = releases;
  };

  const loop = () => {
    if (stopped) return;
    tick()
      .catch(() => undefined)
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs);
      });
  };
  loop();
  return {
    bans: () => count,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
