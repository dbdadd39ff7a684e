/**
 * Server A: this service, exactly as `npm start` builds it (createApiServer),
 * in production mode, on the Neo4j the parent provisioned.
 */
import { readConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { createApiServer } from '../../src/server';
import { connectionFromEnv, serveChild } from './child';

serveChild(async () => {
  const config = readConfig({ ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1' });
  const driver = createDriver(connectionFromEnv());
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
