import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The service's version, as package.json gives it (MCP tells clients). */
export const SERVICE_VERSION: string = (
  JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
