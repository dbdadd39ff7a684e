/**
 * Server A: this service, exactly as `npm start` builds it (createApiServer),
 * in production mode, on the Neo4j the parent provisioned. The one change
 * from production settings: the per-client rate limit is off
 * (RATE_LIMIT_PER_MINUTE=0), since all load comes from one client.
 */
import { readConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { createApiServer } from '../../src/http/server';
import { connectionFromEnv, serveChild } from './child';

serveChild(async () => {
  const config = readConfig({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const driver = createDriver(connectionFromEnv(), config.graph.driver);
  const server = await createApiServer(driver, config);
  const port = await server.listen();
  return {
    port,
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
});
