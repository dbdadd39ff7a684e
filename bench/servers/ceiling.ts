/**
 * Server D: Apollo Server on Express 5 (the same HTTP stack as A) answering a
 * trivial query with no database: the ceiling of what a GraphQL server can do here.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { serveChild } from './child';

serveChild(async () => {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ping: String! }',
    resolvers: { Query: { ping: () => 'pong' } },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    stop: () => apollo.stop(),
  };
});
