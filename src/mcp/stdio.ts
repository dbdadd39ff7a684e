import { readLogSettings } from '../config';
import { configureLogger } from '../logger';
import { handOverToProjectNode } from '../project-node';
import { startTracingIfConfigured } from '../telemetry/register';

/**
 * `npm run mcp`: the MCP server over stdio, for desktop clients. Its stdout
 * carries the protocol alone, so logs go to stderr whatever LOG_DESTINATION says.
 */
if (!handOverToProjectNode()) {
  configureLogger({ ...readLogSettings(), destination: 'stderr' });
  // Before the server's modules are loaded, so that tracing sees them.
  startTracingIfConfigured({ stdoutCarriesProtocol: true });
  void import('./stdio-server').then(({ serveMcpOverStdio }) => serveMcpOverStdio());
}
