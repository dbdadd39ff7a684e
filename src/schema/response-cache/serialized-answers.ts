import type express from 'express';
import { LRUCache } from 'lru-cache';
import { logger } from '../../logger';
import { requestIdFrom } from '../request-id';
import { answerText, REQUEST_ID_HEADER, ROUND_TRIPS_HEADER } from '../response-extensions';
import { matchesEntityTag } from './entity-tags';

/** The response headers a kept answer is sent again with (CORS, the request id and its round trips are per request). */
const KEPT_HEADERS = ['content-type', 'cache-control', 'etag', 'vary'] as const;

/** One answer as it went out: its headers and its body, the same bytes for every client. */
interface SerializedAnswer {
  operationName: string | null;
  headers: [string, string][];
  body: string;
}

/**
 * What the GraphQL side says of an answer on its way out: whether it may be
 * kept (the Apollo tier decides, with the same rules as its own store), and
 * the data it answered with.
 */
export class AnswerOffer {
  accepted: { operationName: string | null; data: unknown } | null = null;

  constructor(readonly key: string) {}

  accept(operationName: string | null, data: unknown): void {
    this.accepted = { operationName, data };
  }
}

export interface SerializedAnswerOptions {
  /** The content hash answers may be keyed on now, or null when none may be (SeedStateWatch). */
  contentHash: () => string | null;
  maxBytes: number;
  /** Told of every request answered from here (the service's metrics). */
  onHit?: (operationName: string | null, seconds: number) => void;
}

/** Where express.json leaves the request's raw body for the key. */
type RequestWithBody = express.Request & { rawBody?: string };

/** express.json's `verify`: keeps the body's text, which keys the answer. */
export const keepRawBody = (req: RequestWithBody, _res: unknown, body: Buffer): void => {
  req.rawBody = body.toString('utf8');
};

const header = (req: express.Request, name: string): string => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
};

/**
 * The first tier of the response cache: answers kept as the bytes that went
 * out, keyed on the request as it came (method, body or query string, and the
 * headers that Apollo's handling of it reads), and on the content hash.
 *
 * A hit skips Apollo's pipeline: it costs a map lookup and a write. That is
 * safe because only an answer Apollo produced for the same bytes, on the same
 * graph, is replayed: the same request meets the same CSRF check (its
 * Content-Type and preflight headers are in the key), the same query limits
 * (its document is) and the same media type (its Accept is). Rate and body
 * limits run before this tier. Only answers that the Apollo tier would keep
 * are offered (errorless, cacheable, verified against the graph after they
 * ran), and a reseed changes the hash, so an old answer is never replayed for
 * a new graph. The body is the one that went out (it holds nothing of the
 * request's); each hit gets its own request id, in a header.
 */
export class SerializedAnswers {
  private readonly answers: LRUCache<string, SerializedAnswer>;

  constructor(private readonly options: SerializedAnswerOptions) {
    this.answers = new LRUCache<string, SerializedAnswer>({
      maxSize: Math.max(1, options.maxBytes),
      // UTF-16 text, and a rough allowance per kept header.
      sizeCalculation: (a) => 2 * a.body.length + 256 * a.headers.length,
    });
  }

  /** Drops every kept answer (they were for another graph). */
  clear(): void {
    this.answers.clear();
  }

  /** The request's key, or null when its answer may be neither replayed nor kept. */
  private keyOf(req: RequestWithBody): string | null {
    const hash = this.options.contentHash();
    if (hash === null) return null;
    let request: string;
    if (req.method === 'GET') request = req.originalUrl;
    else if (req.method === 'POST' && req.rawBody !== undefined && !Array.isArray(req.body))
      request = req.rawBody;
    else return null;
    return [
      hash,
      req.method,
      header(req, 'accept'),
      header(req, 'content-type'),
      req.headers['apollo-require-preflight'] === undefined ? '' : 'p',
      req.headers['x-apollo-operation-name'] === undefined ? '' : 'o',
      request,
    ].join('\n');
  }

  /** Express middleware before Apollo's: replays a kept answer, or offers the one Apollo makes. */
  middleware(): express.RequestHandler {
    return (req: RequestWithBody, res, next) => {
      const started = process.hrtime.bigint();
      const key = this.keyOf(req);
      if (key === null) {
        next();
        return;
      }
      const kept = this.answers.get(key);
      if (kept) {
        const requestId = this.replay(req, res, kept);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.options.onHit?.(kept.operationName, seconds);
        logger.info(
          {
            requestId,
            client: req.ip,
            operationName: kept.operationName,
            durationMs: Math.round(seconds * 1e4) / 10,
            cypherRoundTrips: 0,
            answeredFrom: 'serialized answers',
          },
          'graphql request',
        );
        return;
      }
      const offer = new AnswerOffer(key);
      res.locals.answerOffer = offer;
      const end = res.end.bind(res) as (...args: unknown[]) => express.Response;
      res.end = ((...args: unknown[]) => {
        if (offer.accepted && res.statusCode === 200) this.keep(offer, res);
        return end(...args);
      }) as express.Response['end'];
      next();
    };
  }

  /** Keeps an accepted answer as it goes out: the headers sent with it, and its data. */
  private keep(offer: AnswerOffer, res: express.Response): void {
    const { operationName, data } = offer.accepted!;
    const headers: [string, string][] = [];
    for (const name of KEPT_HEADERS) {
      const value = res.getHeader(name);
      if (value !== undefined) headers.push([name, String(value)]);
    }
    this.answers.set(offer.key, { operationName, headers, body: answerText(JSON.stringify(data)) });
  }

  /** Sends a kept answer (or 304) with a request id of its own, and returns that id. */
  private replay(req: express.Request, res: express.Response, kept: SerializedAnswer): string {
    const requestId = requestIdFrom(req.headers);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // A replayed answer costs no round trip, as a hit of the Apollo tier says too.
    res.setHeader(ROUND_TRIPS_HEADER, '0');
    for (const [name, value] of kept.headers) res.setHeader(name, value);
    const etag = res.getHeader('etag');
    if (
      req.method === 'GET' &&
      typeof etag === 'string' &&
      matchesEntityTag(header(req, 'if-none-match'), etag)
    ) {
      res.removeHeader('content-type');
      res.status(304).end();
    } else res.status(200).end(kept.body);
    return requestId;
  }
}
