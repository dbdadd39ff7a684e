/**
 * Server B: @neo4j/graphql 7 over the same graph, on the same HTTP stack as
 * A (Apollo Server 5 + Express 5), with the type definitions in
 * neo4j-graphql.graphql beside this file.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { installTcpNoDelay } from '../../src/graph/tcp-no-delay';
import { connectionFromEnv, serveChild } from './child';

export const TYPE_DEFS_FILE = path.join(__dirname, 'neo4j-graphql.graphql');

serveChild(async () => {
  // The same socket setting as A and C, so the comparison measures the libraries, not Nagle.
  installTcpNoDelay();
  const connection = connectionFromEnv();
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.user, connection.password),
    {
      maxConnectionPoolSize: 50,
      logging: { level: 'error', logger: () => undefined },
    },
  );
  const neoSchema = new Neo4jGraphQL({ typeDefs: readFileSync(TYPE_DEFS_FILE, 'utf8'), driver });
  const schema = await neoSchema.getSchema();

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => ({ sessionConfig: { database: 'neo4j' } }),
    }),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    stop: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
});
