import { readLogSettings } from '../config';
import { configureLogger } from '../logger';
import { handOverToProjectNode } from '../project-node';

/**
 * `npm run mcp`: the MCP server over stdio, for desktop clients. Its stdout
 * carries the protocol alone, so logs go to stderr whatever LOG_DESTINATION says.
 */
if (!handOverToProjectNode()) {
  configureLogger({ ...readLogSettings(), destination: 'stderr' });
  void import('./stdio-server').then(({ serveMcpOverStdio }) => serveMcpOverStdio());
}
