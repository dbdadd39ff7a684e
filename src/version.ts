import { readFileSync } from 'node:fs';
import path from 'node:path';

const packageJson = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'),
) as { name: string; version: string };

/**
 * What the service calls itself, in one place: its name as package.json gives
 * it (the logs, traces, the driver's user agent, MCP's server name, the
 * release), its title for people (the pages, MCP's server title, the release's
 * own knowledge source), and its version.
 */
export const SERVICE_NAME: string = packageJson.name;
export const SERVICE_TITLE = 'Myoclonus knowledge graph';
/** The service's version, as package.json gives it (MCP tells clients). */
export const SERVICE_VERSION: string = packageJson.version;
