import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting of the service, read from the environment once at start; see the README's table. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SEED_ON_START: bool.default('true'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  GRAPHQL_INTROSPECTION: bool.default('true'),
  CORS_ORIGINS: z.string().default('*'),
  BODY_LIMIT: z.string().default('100kb'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
});

export type Config = z.infer<typeof environmentSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new ConfigError(`invalid configuration:\n${problems}`);
  }
  return parsed.data;
}
