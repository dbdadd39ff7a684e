import express from 'express';
import { ClientError, ErrorCode } from '../errors';
import type { CurrentRelease } from '../graph/export/current-release';
import type { ChangeFiles, Release } from '../graph/export/release';
import type { KgxFiles } from '../graph/export/kgx';
import { logger } from '../logger';
import { matchesEntityTag, releaseEntityTag, serviceBuild } from '../schema/response-cache';
import { RELEASES_PATH, RELEASE_PATH, releaseFilePath } from './paths';

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

/** The manifest's file name, as `npm run export` writes it: served as `/releases/current` is. */
const MANIFEST_FILE = 'manifest.json';

const fileOf = (release: Release, name: ReleaseFile): string =>
  Object.hasOwn(release.files, name)
    ? release.files[name as keyof KgxFiles]
    : release.changeFiles[name as keyof ChangeFiles];

/**
 * The current release for download: `/releases/current` (and
 * `/releases/current/manifest.json`, the name an export gives it) is its
 * manifest, `/releases/current/<file>` a file of it (the KGX files, and
 * changes.json and CHANGES.md: what changed since the previous release). The
 * release is of the loaded graph (CurrentRelease: built once per content
 * hash). The ETag is the content hash and the service's build (`service`,
 * this process's unless given: the files are the export code's work as much
 * as the graph's), so a client or CDN revalidates for free and a deploy on the
 * same graph is fetched anew. A request naming the current tag gets 304
 * after one small read of the content hash, without the release being built.
 * Any other path under /releases is a JSON 404, NOT_FOUND.
 */
export function releaseRoutes(
  releases: CurrentRelease,
  service: string = serviceBuild(),
): express.Router {
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
    res.set('ETag', tag);
    res.set('Cache-Control', 'public, max-age=60');
    if (matchesEntityTag(req.headers['if-none-match'], tag)) {
      res.status(304).end();
      return true;
    }
    return false;
  };

  const notFound = (res: express.Response, message: string) => {
    res.status(404).json({ errors: [{ message, extensions: { code: ErrorCode.NOT_FOUND } }] });
  };
  const files = () => [MANIFEST_FILE, ...Object.keys(CONTENT_TYPES)].join(', ');

  /**
   * Answers a GET of the manifest (`file` null) or of a file. A request that
   * names the current tag gets 304 from the content hash alone (one small
   * read), before anything is built; any other builds the release, or takes
   * the one this process keeps for that hash, and is sent it.
   */
  const serve = async (
    req: express.Request,
    res: express.Response,
    file: ReleaseFile | null,
    send: (release: Release) => void,
  ) => {
    try {
      const contentHash = await releases.contentHash();
      const current = contentHash === null ? null : releaseEntityTag(service, contentHash, file);
      if (current !== null && matchesEntityTag(req.headers['if-none-match'], current)) {
        withEtag(req, res, current);
        return;
      }
      const release = await releases.get(contentHash ?? undefined);
      if (withEtag(req, res, releaseEntityTag(service, release.manifest.contentHash, file))) return;
      send(release);
    } catch (error) {
      fail(res, error);
    }
  };

  router.get([RELEASE_PATH, releaseFilePath(MANIFEST_FILE)], (req, res) =>
    serve(req, res, null, (release) => {
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
    }),
  );

  router.get(releaseFilePath(':file'), (req, res) => {
    const name = req.params.file as ReleaseFile;
    if (!Object.hasOwn(CONTENT_TYPES, name)) {
      notFound(res, `A release has the files ${files()}.`);
      return;
    }
    return serve(req, res, name, (release) => {
      // attachment() sets a type from the file's extension; ours comes after it.
      res
        .attachment(`myoclonus-kg-${release.manifest.seedVersion}-${name}`)
        .type(CONTENT_TYPES[name])
        .send(fileOf(release, name));
    });
  });
  // A path under /releases that names nothing served (another release, a path with dots or
  // slashes in it): the door's own 404, as JSON, whatever the method.
  router.use(RELEASES_PATH, (_req, res) => {
    notFound(
      res,
      `Not found: the current release is at ${RELEASE_PATH}, its files at ${RELEASE_PATH}/<file> (${files()}).`,
    );
  });
  return router;
}
