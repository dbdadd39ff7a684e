/**
 * Fresh answers after a reseed: asks every replica which release it serves
 * (graphInfo's content hash, by POST, straight to the replica) every
 * `intervalMs`, and bans the edge's graph answers whenever that changes, and
 * once more an interval later (an answer a replica was still sending from the
 * old release when the ban came is dropped by the second). A replica learns a
 * reseed within its SEED_STATE_POLL_MS, so the edge serves the new release
 * within SEED_STATE_POLL_MS + intervalMs (plus a round trip) of its commit.
 */
const RELEASE_QUERY = '{ graphInfo { contentHash loadState } }';

async function releaseOf(url: string): Promise<string | null> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: RELEASE_QUERY }),
      signal: AbortSignal.timeout(2_000),
    });
    const body = (await response.json()) as {
      data?: { graphInfo?: { contentHash: string; loadState: string } };
    };
    const info = body.data?.graphInfo;
    return info ? `${info.contentHash}/${info.loadState}` : null;
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
