import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { SeedStateRecord } from '../../graph/read';
import { tracing } from '../../telemetry/tracing';
import type { RequestContext } from '../context';
import type { OperationCachePolicies } from './cache-policy';
import { answerEntityTag, matchesEntityTag } from './entity-tags';

/** How a request met the response cache: answered from it, answered and offered to it, or not looked up. */
export type ResponseCacheResult = 'hit' | 'miss' | 'bypass';

export interface ApolloTierOptions {
  /** The loaded graph as this process last read it (SeedStateWatch). */
  seedState: () => SeedStateRecord | null;
  /** Reads the seed state from Neo4j now: the check before an answer is kept (not one of the request's round trips). */
  readSeedState: () => Promise<SeedStateRecord>;
  policies: OperationCachePolicies;
  /** Where whole responses are kept; null turns the response cache off (HTTP caching stays). */
  responseCache: KeyValueCache<string> | null;
  /** The Vary header of a GET answer: the request headers its body depends on. */
  vary: string;
  /** Told how each request met the response cache (the service's metrics). */
  recordResponseCache?: (result: ResponseCacheResult) => void;
  /** The service's build (service-build.ts): every ETag names it. */
  service: string;
}

interface RequestCacheState {
  /** The graph state when the request came; every cache decision of the request uses this one. */
  seed: SeedStateRecord | null;
  lookedUp: boolean;
  notModified: boolean;
  verified?: Promise<boolean>;
}

type Context = GraphQLRequestContext<RequestContext>;

/** The content hash answers may be keyed on, or null when none may be (a load runs, or unknown). */
export const cacheableHash = (seed: SeedStateRecord | null): string | null =>
  seed?.loadState === 'COMPLETE' && seed.contentHash ? seed.contentHash : null;

/**
 * A strong validator: the same build of the service, graph, operation,
 * variables and Accept give the same bytes, on every replica of a release (an
 * answer's body holds nothing of the request's, response-extensions.ts).
 * Accept is in it because the media type follows it, and a strong tag names
 * one representation. Nothing of the process is: two replicas of one build
 * give one answer one tag, and another build gives it another.
 */
const entityTagOf = (service: string, contentHash: string, context: Context): string =>
  answerEntityTag(service, contentHash, [
    context.queryHash ?? '',
    context.operationName ?? '',
    context.request.variables ?? {},
    context.request.http?.headers.get('accept')?.trim() ?? '',
  ]);

/** The Cache-Control header of a cacheable answer, as Apollo Server writes it. */
const cacheControlOf = (policy: { maxAge: number; scope: string }) =>
  `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}`;

/**
 * Answers from memory and for HTTP caches, tied to the graph's content.
 *
 * - Every query gets the cache policy of its fields' `@cacheControl` hints,
 *   and none at all unless the graph is COMPLETE as this process last saw it
 *   (never while a load runs or after one stopped).
 * - The response cache (Apollo's plugin, over a byte-bounded LRU) keys a
 *   whole response on its operation, variables and the content hash. A
 *   reseed changes the hash, so an old answer is never served for a new graph
 *   once this process has read the new state.
 * - An answer is offered to a cache only when no error came with it and a
 *   read of the seed state after it ran finds the same hash, still COMPLETE:
 *   an answer that straddled a reseed is sent, never kept. That read is the
 *   one round trip a miss pays (not counted in `x-cypher-round-trips`, which are
 *   the answer's); a hit pays none.
 * - Over GET, a cacheable answer carries `Cache-Control: max-age=N, public`
 *   and a strong ETag of the service's build, the content hash, operation,
 *   variables and Accept, and a
 *   request whose If-None-Match names it gets 304 without being run.
 */
export function apolloTierPlugins(
  options: ApolloTierOptions,
): ApolloServerPlugin<RequestContext>[] {
  const states = new WeakMap<RequestContext, RequestCacheState>();
  const stateOf = (context: Context): RequestCacheState => {
    let state = states.get(context.contextValue);
    if (!state) {
      state = { seed: options.seedState(), lookedUp: false, notModified: false };
      states.set(context.contextValue, state);
    }
    return state;
  };

  /** Whether the answer may be kept: cacheable, errorless, and read from the graph the request started on. */
  const verified = (context: Context): Promise<boolean> => {
    const state = stateOf(context);
    if (state.verified) return state.verified;
    const hash = cacheableHash(state.seed);
    const body = context.response.body;
    const result = body?.kind === 'single' ? body.singleResult : null;
    if (context.metrics.responseCacheHit) state.verified = Promise.resolve(hash !== null);
    else if (
      hash === null ||
      state.notModified ||
      !result ||
      result.errors ||
      !result.data ||
      !context.overallCachePolicy.policyIfCacheable()
    )
      state.verified = Promise.resolve(false);
    else
      state.verified = options.readSeedState().then(
        (now) => now.loadState === 'COMPLETE' && now.contentHash === hash,
        () => false,
      );
    return state.verified;
  };

  const isGet = (context: Context) => context.request.http?.method === 'GET';

  const httpCaching: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          const state = stateOf(context);
          if (cacheableHash(state.seed) === null || !context.operation)
            context.overallCachePolicy.restrict({ maxAge: 0 });
          else
            context.overallCachePolicy.restrict(
              options.policies.policyOf(
                `${context.queryHash}:${context.operationName ?? ''}`,
                context.document,
                context.operation,
              ),
            );
        },
        async responseForOperation(context) {
          const hash = cacheableHash(stateOf(context).seed);
          const policy = context.overallCachePolicy.policyIfCacheable();
          if (!isGet(context) || hash === null || !policy) return null;
          const tag = entityTagOf(options.service, hash, context);
          if (!matchesEntityTag(context.request.http?.headers.get('if-none-match'), tag))
            return null;
          stateOf(context).notModified = true;
          return {
            http: {
              status: 304,
              headers: new HeaderMap([
                ['etag', tag],
                ['cache-control', cacheControlOf(policy)],
              ]),
            },
            body: { kind: 'single', singleResult: {} },
          };
        },
        async willSendResponse(context) {
          const state = stateOf(context);
          const kept = options.responseCache !== null && state.lookedUp;
          if (options.responseCache !== null) {
            const result = context.metrics.responseCacheHit ? 'hit' : kept ? 'miss' : 'bypass';
            options.recordResponseCache?.(result);
            tracing()?.annotateRequest({ 'kg.response_cache': result });
          }
          if (state.notModified || (!kept && !isGet(context))) return;
          const ok = await verified(context);
          const result = context.response.body;
          if (ok && kept && result.kind === 'single')
            context.contextValue.answerOffer?.accept(
              context.operationName ?? null,
              result.singleResult.data,
            );
          if (!isGet(context)) return;
          const { headers } = context.response.http;
          headers.set('vary', options.vary);
          const policy = context.overallCachePolicy.policyIfCacheable();
          const hash = cacheableHash(state.seed);
          if (ok && policy && hash !== null) {
            headers.set('cache-control', cacheControlOf(policy));
            headers.set('etag', entityTagOf(options.service, hash, context));
          } else headers.set('cache-control', 'no-store');
        },
      };
    },
  };

  if (options.responseCache === null) return [httpCaching];
  const responseCache = responseCachePlugin<RequestContext>({
    cache: options.responseCache,
    extraCacheKeyData: async (context) => cacheableHash(stateOf(context).seed),
    shouldReadFromCache: async (context) => {
      const state = stateOf(context);
      state.lookedUp = cacheableHash(state.seed) !== null;
      return state.lookedUp;
    },
    shouldWriteToCache: async (context) => stateOf(context).lookedUp && (await verified(context)),
  });
  return [httpCaching, responseCache];
}
