import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { EXPLORER_DIST_DIR } from '../explorer/assets';
import { EXPLORER_PATH } from './paths';

/**
 * The page may load nothing but its own assets and talk to nothing but its
 * own host: no CDN, no web font, no other API.
 */
const EXPLORER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // cytoscape sets inline styles on the elements it makes; scripts stay strictly the page's own.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The researchers' door: the explorer's page and its bundled assets (built
 * by `npm run build:explorer`; `npm start` and `npm test` build them first).
 * The page speaks to /graphql only.
 */
export function explorerRoutes(dir = EXPLORER_DIST_DIR): express.Router {
  const router = express.Router();
  const policy: express.RequestHandler = (_req, res, next) => {
    res.setHeader('Content-Security-Policy', EXPLORER_CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  };
  router.get(EXPLORER_PATH, policy, (_req, res) => {
    const page = path.join(dir, 'index.html');
    if (!existsSync(page)) {
      res
        .status(503)
        .type('text/plain')
        .send('The explorer is not built on this server: run `npm run build:explorer`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
  router.use(
    EXPLORER_PATH,
    policy,
    express.static(dir, {
      index: false,
      fallthrough: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  return router;
}
