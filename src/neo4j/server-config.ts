import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InstancePaths } from './instance-folder';

/** What a caller may size or bound in a local server's neo4j.conf. */
export interface ServerSettings {
  heap?: string;
  pageCache?: string;
  transactionTimeout?: string;
}

/** Writes the instance's neo4j.conf afresh: loopback only, its own folders, ports and memory. */
export function writeServerConfig(
  paths: InstancePaths,
  ports: { bolt: number; http: number },
  settings: ServerSettings,
): void {
  const lines = [
    '# Written by the project on every start; edit LocalServerOptions instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${ports.bolt}`,
    `server.bolt.advertised_address=127.0.0.1:${ports.bolt}`,
    `server.http.listen_address=127.0.0.1:${ports.http}`,
    `server.http.advertised_address=127.0.0.1:${ports.http}`,
    'server.https.enabled=false',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.import=${path.join(paths.root, 'import')}`,
    `server.directories.plugins=${path.join(paths.root, 'plugins')}`,
    // Sized for a 2-core machine that also runs Node and the tests.
    `server.memory.heap.initial_size=${settings.heap ?? '512m'}`,
    `server.memory.heap.max_size=${settings.heap ?? '1g'}`,
    `server.memory.pagecache.size=${settings.pageCache ?? '256m'}`,
    `db.transaction.timeout=${settings.transactionTimeout ?? '30s'}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'server.jvm.additional=-XX:+UseG1GC',
    'server.jvm.additional=-Xshare:auto',
    '',
  ];
  writeFileSync(path.join(paths.conf, 'neo4j.conf'), lines.join('\n'));
}
