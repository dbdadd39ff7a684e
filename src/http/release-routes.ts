import express from 'express';
import type { Driver } from 'neo4j-driver';
import { ClientError, ErrorCode } from '../errors';
import { GraphReader } from '../graph/read';
import { buildRelease, type Release } from '../graph/export/release';
import type { KgxFiles } from '../graph/export/kgx';
import { logger } from '../logger';

export const RELEASE_PATH = '/releases/current';

const CONTENT_TYPES: Record<keyof KgxFiles, string> = {
  'nodes.tsv': 'text/tab-separated-values; charset=utf-8',
  'edges.tsv': 'text/tab-separated-values; charset=utf-8',
  'nodes.jsonl': 'application/x-ndjson; charset=utf-8',
  'edges.jsonl': 'application/x-ndjson; charset=utf-8',
  'mappings.sssom.tsv': 'text/tab-separated-values; charset=utf-8',
};

/**
 * The current release for download: `/releases/current` is its manifest,
 * `/releases/current/<file>` a file of it. A release is built from the loaded
 * graph the first time it is asked for, and kept while the loaded content
 * hash stays the same: each request costs one small read to learn that hash,
 * and a reseed gives the next request a new release. The ETag is the
 * content hash, so a client or CDN revalidates for free.
 */
export function releaseRoutes(driver: Driver): express.Router {
  const router = express.Router();
  let current: { hash: string; release: Promise<Release> } | undefined;

  const releaseOfLoadedGraph = async (): Promise<Release> => {
    const { contentHash } = await new GraphReader(driver, {
      app: 'release',
      queryTimeoutMs: 5_000,
    }).graphInfo();
    if (!current || current.hash !== contentHash) {
      const release = buildRelease(driver);
      current = { hash: contentHash, release };
      release.catch(() => {
        if (current?.release === release) current = undefined;
      });
    }
    const release = await current.release;
    // A reseed between the hash read and the snapshot: the snapshot names the graph it is of.
    if (release.manifest.contentHash !== contentHash) current = undefined;
    return release;
  };

  const fail = (res: express.Response, error: unknown) => {
    if (error instanceof ClientError) {
      res
        .status(503)
        .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    logger.error({ err: error }, 'release failed');
    res.status(500).json({
      errors: [
        { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
      ],
    });
  };

  const withEtag = (req: express.Request, res: express.Response, tag: string): boolean => {
    res.set('ETag', `"${tag}"`);
    res.set('Cache-Control', 'public, max-age=60');
    if (req.headers['if-none-match'] === `"${tag}"`) {
      res.status(304).end();
      return true;
    }
    return false;
  };

  router.get(RELEASE_PATH, async (req, res) => {
    try {
      const release = await releaseOfLoadedGraph();
      if (withEtag(req, res, release.manifest.contentHash)) return;
      res.json({
        ...release.manifest,
        files: release.manifest.files.map((f) => ({ ...f, url: `${RELEASE_PATH}/${f.name}` })),
      });
    } catch (error) {
      fail(res, error);
    }
  });

  router.get(`${RELEASE_PATH}/:file`, async (req, res) => {
    const name = req.params.file as keyof KgxFiles;
    if (!Object.hasOwn(CONTENT_TYPES, name)) {
      res.status(404).json({
        errors: [
          {
            message: `A release has the files ${Object.keys(CONTENT_TYPES).join(', ')}.`,
            extensions: { code: ErrorCode.BAD_REQUEST },
          },
        ],
      });
      return;
    }
    try {
      const release = await releaseOfLoadedGraph();
      if (withEtag(req, res, `${release.manifest.contentHash}-${name}`)) return;
      // attachment() sets a type from the file's extension; ours comes after it.
      res
        .attachment(`myoclonus-kg-${release.manifest.seedVersion}-${name}`)
        .type(CONTENT_TYPES[name])
        .send(release.files[name]);
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}
