import express from 'express';
import { ClientError, ErrorCode } from '../errors';
import type { CurrentRelease } from '../graph/export/current-release';
import type { ChangeFiles, Release } from '../graph/export/release';
import type { KgxFiles } from '../graph/export/kgx';
import { logger } from '../logger';
import { matchesEntityTag } from '../schema/response-cache';
import { RELEASE_PATH, releaseFilePath } from './paths';

type ReleaseFile = keyof KgxFiles | keyof ChangeFiles;

const CONTENT_TYPES: Record<ReleaseFile, string> = {
  'nodes.tsv': 'text/tab-separated-values; charset=utf-8',
  'edges.tsv': 'text/tab-separated-values; charset=utf-8',
  'nodes.jsonl': 'application/x-ndjson; charset=utf-8',
  'edges.jsonl': 'application/x-ndjson; charset=utf-8',
  'mappings.sssom.tsv': 'text/tab-separated-values; charset=utf-8',
  'changes.json': 'application/json; charset=utf-8',
  'CHANGES.md': 'text/markdown; charset=utf-8',
};

const fileOf = (release: Release, name: ReleaseFile): string =>
  Object.hasOwn(release.files, name)
    ? release.files[name as keyof KgxFiles]
    : release.changeFiles[name as keyof ChangeFiles];

/**
 * The current release for download: `/releases/current` is its manifest,
 * `/releases/current/<file>` a file of it (the KGX files, and changes.json
 * and CHANGES.md: what changed since the previous release). The release is
 * of the loaded graph (CurrentRelease: built once per content hash). The
 * ETag is the content hash, so a client or CDN revalidates for free.
 */
export function releaseRoutes(releases: CurrentRelease): express.Router {
  const router = express.Router();

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
    if (matchesEntityTag(req.headers['if-none-match'], `"${tag}"`)) {
      res.status(304).end();
      return true;
    }
    return false;
  };

  router.get(RELEASE_PATH, async (req, res) => {
    try {
      const release = await releases.get();
      if (withEtag(req, res, release.manifest.contentHash)) return;
      res.json({
        ...release.manifest,
        files: release.manifest.files.map((f) => ({ ...f, url: releaseFilePath(f.name) })),
        changes: {
          ...release.manifest.changes,
          files: release.manifest.changes.files.map((f) => ({
            ...f,
            url: releaseFilePath(f.name),
          })),
        },
      });
    } catch (error) {
      fail(res, error);
    }
  });

  router.get(releaseFilePath(':file'), async (req, res) => {
    const name = req.params.file as ReleaseFile;
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
      const release = await releases.get();
      if (withEtag(req, res, `${release.manifest.contentHash}-${name}`)) return;
      // attachment() sets a type from the file's extension; ours comes after it.
      res
        .attachment(`myoclonus-kg-${release.manifest.seedVersion}-${name}`)
        .type(CONTENT_TYPES[name])
        .send(fileOf(release, name));
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}
