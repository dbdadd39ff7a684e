import path from 'node:path';

/**
 * Where the explorer's built assets are: dist-explorer/ at the project root,
 * both from src/ (tsx) and from dist/ (compiled). `npm run build:explorer`
 * writes them there, and clears that folder first; no other step writes or
 * clears it (the compiler's output is dist/).
 */
export const EXPLORER_DIST_DIR = path.resolve(__dirname, '..', '..', 'dist-explorer');
export const EXPLORER_SOURCE_DIR = path.join(__dirname, 'app');
