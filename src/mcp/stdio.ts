/**
 * `npm run mcp`: the MCP server over stdio, for desktop clients. Its stdout
 * carries the protocol alone, so logs go to stderr; that is set here, before
 * the logger is loaded.
 */
process.env.LOG_DESTINATION = 'stderr';

import { handOverToProjectNode } from '../project-node';

if (!handOverToProjectNode())
  void import('./stdio-server').then(({ serveMcpOverStdio }) => serveMcpOverStdio());
