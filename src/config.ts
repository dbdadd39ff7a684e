import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting of the service, read from the environment once at start; see the README's table. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SEED_ON_START: bool.default('true'),
  /** How long `npm start` waits for an unreachable Neo4j before it gives up. */
  NEO4J_STARTUP_WAIT_MS: z.coerce.number().int().min(0).default(60_000),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  GRAPHQL_INTROSPECTION: bool.default('true'),
  /** jit: operations compiled once by graphql-jit (the default); graphql-js: interpreted, graphql-js's reference executor. */
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
  CORS_ORIGINS: z.string().default('*'),
  BODY_LIMIT: z.string().default('100kb'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_QUERY_COST: z.coerce.number().int().positive().default(20_000),
  MAX_ALIASES: z.coerce.number().int().positive().default(15),
  MAX_DIRECTIVES: z.coerce.number().int().positive().default(20),
  MAX_TOKENS: z.coerce.number().int().positive().default(2_000),
  /** Requests per minute per client address; 0 turns the limit off. Default: 600 in production, off otherwise. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).optional(),
});

export type Config = z.infer<typeof environmentSchema> & { RATE_LIMIT_PER_MINUTE: number };

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
  const config = parsed.data;
  return {
    ...config,
    RATE_LIMIT_PER_MINUTE:
      config.RATE_LIMIT_PER_MINUTE ?? (config.NODE_ENV === 'production' ? 600 : 0),
  };
}
