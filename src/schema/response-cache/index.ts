import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type express from 'express';
import type { SeedStateRecord, SeedStateWatch } from '../../graph/read';
import type { RequestContext } from '../context';
import { apolloTierPlugins, cacheableHash, type ResponseCacheResult } from './apollo-tier';
import type { OperationCachePolicies } from './cache-policy';
import { keepRawBody, SerializedAnswers } from './serialized-answers';
import { serviceBuild } from './service-build';

export type { ResponseCacheResult } from './apollo-tier';
export { OperationCachePolicies } from './cache-policy';
export { matchesEntityTag, releaseEntityTag } from './entity-tags';
export { serviceBuild } from './service-build';

/** Where the cache reports what it did (the service's metrics). */
export interface ResponseCacheMetrics {
  recordResponseCache(result: ResponseCacheResult): void;
  graphqlRequest(operationName: string | null, seconds: number, errorCodes: string[]): void;
}

export interface ResponseCacheOptions {
  /** Which graph is loaded, as this process last read it. */
  seedState: SeedStateWatch;
  policies: OperationCachePolicies;
  /** The bound of both tiers together, in bytes; null keeps nothing in memory (HTTP caching stays). */
  maxBytes: number | null;
  /** The Vary header of a GET answer: the request headers its body depends on. */
  vary: string;
  metrics?: ResponseCacheMetrics;
  /** The service's build every ETag names: this process's (serviceBuild) unless given. */
  service?: string;
}

/**
 * The GraphQL door's response cache, whole: its keys (the request, and the
 * content hash of the loaded graph), its two stores, the ETags and
 * Cache-Control of its answers, and their invalidation on reseed.
 *
 * - The first tier keeps answers as the text that went out, keyed on the
 *   request's own bytes (serialized-answers.ts): a hit skips Apollo's pipeline.
 * - The second is Apollo's response-cache plugin over a byte-bounded LRU,
 *   keyed on the operation, its variables and the content hash (apollo-tier.ts):
 *   a hit skips execution for a request that differs only in its bytes.
 * - Both tiers share the bound, and both key on the content hash, so an old
 *   answer is never served for a new graph; when the hash changes, what was
 *   kept for the old one is dropped at once rather than left to age out.
 */
export class ResponseCache {
  private readonly answers: SerializedAnswers | null;
  private readonly store: InMemoryLRUCache<string> | null;
  private keptFor: string | null = null;
  private readonly service: string;

  constructor(private readonly options: ResponseCacheOptions) {
    this.service = options.service ?? serviceBuild();
    const half = options.maxBytes === null ? null : Math.round(options.maxBytes / 2);
    const { metrics } = options;
    this.store = half === null ? null : new InMemoryLRUCache<string>({ maxSize: half });
    this.answers =
      half === null
        ? null
        : new SerializedAnswers({
            contentHash: () => cacheableHash(this.seedState()),
            maxBytes: half,
            ...(metrics
              ? {
                  onHit: (operationName, seconds) => {
                    metrics.recordResponseCache('hit');
                    metrics.graphqlRequest(operationName, seconds, []);
                  },
                }
              : {}),
          });
  }

  /** The loaded graph's state; a new content hash drops every answer kept for the old one. */
  private seedState(): SeedStateRecord | null {
    const state = this.options.seedState.state;
    const hash = cacheableHash(state);
    if (hash !== null && hash !== this.keptFor) {
      if (this.keptFor !== null) {
        this.answers?.clear();
        this.store?.clear();
      }
      this.keptFor = hash;
    }
    return state;
  }

  /** express.json's `verify` when the first tier runs (it keys on the raw body), else nothing. */
  get bodyVerifier(): { verify: typeof keepRawBody } | Record<string, never> {
    return this.answers ? { verify: keepRawBody } : {};
  }

  /** The handlers that go before Apollo's: the first tier, when answers are kept. */
  handlers(): express.RequestHandler[] {
    return this.answers ? [this.answers.middleware()] : [];
  }

  /** The Apollo plugins: cache policies, ETags and 304s, and the second tier. */
  plugins(): ApolloServerPlugin<RequestContext>[] {
    const { seedState, policies, vary, metrics } = this.options;
    return apolloTierPlugins({
      seedState: () => this.seedState(),
      readSeedState: () => seedState.read(),
      vary,
      policies,
      service: this.service,
      responseCache: this.store,
      ...(metrics ? { recordResponseCache: (r) => metrics.recordResponseCache(r) } : {}),
    });
  }
}
