import { z } from 'zod';
import { bool, items, listOrAny, numeric, optionalText, proxyAddress, size } from './config-values';

/**
 * Every environment variable the project reads, read here and nowhere else,
 * validated at start with a model per concern (see the README's table):
 * the API service, the data layer's time limits, logging, and where Neo4j
 * comes from.
 */

/** The API service: HTTP, GraphQL and its limits. */
const apiSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('127.0.0.1'),
  PORT: numeric((n) => n.int().min(0).max(65535).default(4000)),
  SEED_ON_START: bool('true'),
  NEO4J_QUERY_TIMEOUT_MS: numeric((n) => n.int().positive().default(10_000)),
  /** How long past its timeout a read waits for Neo4j to say so before it gives up itself. */
  NEO4J_DEADLINE_GRACE_MS: numeric((n) => n.int().min(0).default(1_000)),
  /** The query timeout of /health/ready's ping: how soon Neo4j must answer for the service to be ready. */
  HEALTH_CHECK_TIMEOUT_MS: numeric((n) => n.int().positive().default(2_000)),
  /** The query timeout of each read of which graph is loaded (SEED_STATE_POLL_MS apart). */
  SEED_STATE_TIMEOUT_MS: numeric((n) => n.int().positive().default(2_000)),
  /** The query timeout of the read that tells the release routes which graph is loaded. */
  RELEASE_READ_TIMEOUT_MS: numeric((n) => n.int().positive().default(5_000)),
  GRAPHQL_INTROSPECTION: bool('true'),
  /** jit: operations compiled once by graphql-jit (the default); graphql-js: interpreted, graphql-js's reference executor. */
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
  /** Browser origins the API answers, comma-separated; * for any. */
  CORS_ORIGINS: listOrAny('*'),
  /**
   * Host names /mcp answers besides localhost, 127.0.0.1 and [::1]
   * (DNS-rebinding protection), comma-separated; * turns the check off
   * (behind a proxy that does it). Browser origins with these host names pass too.
   */
  MCP_ALLOWED_HOSTS: listOrAny(''),
  /** The largest request body, as body-parser's `limit` takes it. */
  BODY_LIMIT: size('100kb'),
  /**
   * How long running requests may finish after SIGTERM or Ctrl-C. With a local
   * Neo4j's NEO4J_STOP_TIMEOUT_MS the defaults end the process within 15 s (13 s
   * at most, and within compose's 10 s without a local Neo4j).
   */
  SHUTDOWN_GRACE_MS: numeric((n) => n.int().positive().default(5_000)),
  MAX_QUERY_DEPTH: numeric((n) => n.int().positive().default(12)),
  MAX_QUERY_COST: numeric((n) => n.int().positive().default(20_000)),
  MAX_ALIASES: numeric((n) => n.int().positive().default(15)),
  MAX_DIRECTIVES: numeric((n) => n.int().positive().default(20)),
  MAX_TOKENS: numeric((n) => n.int().positive().default(2_000)),
  /** Whole GraphQL answers kept in memory, keyed on the operation, its variables and the graph's content hash. */
  RESPONSE_CACHE_ENABLED: bool('true'),
  /** The response cache's bound, in MiB of JSON kept; the least recently used answers go first. */
  RESPONSE_CACHE_MAX_MB: numeric((n) => n.positive().default(64)),
  /**
   * How often the service reads which graph is loaded (one index seek), in ms:
   * the bound on how long after a reseed it may still answer from the old graph's cache.
   */
  SEED_STATE_POLL_MS: numeric((n) => n.int().min(50).default(1_000)),
  /** Prometheus metrics at /metrics. */
  METRICS_ENABLED: bool('true'),
  /** Distinct operation names /metrics labels; past them, names share "(other)". */
  METRICS_MAX_OPERATIONS: numeric((n) => n.int().positive().default(100)),
  /** Requests per minute per client address; 0 turns the limit off. Default: 600 in production, off otherwise. */
  RATE_LIMIT_PER_MINUTE: numeric((n) => n.int().min(0).optional()),
  /** Proxies in front whose X-Forwarded-For names the client (addresses, CIDR ranges, proxy-addr's names); none by default. */
  TRUSTED_PROXIES: z.string().default('').transform(items).pipe(z.array(proxyAddress)),
});

/** A duration in ms, with its default. */
const ms = (fallback: number) => numeric((n) => n.int().positive().default(fallback));

/** The data layer's time limits: connecting, waiting for Neo4j at start, loading and exporting the graph. */
const graphSchema = z.object({
  /** How long the driver tries to open a connection before it fails (an unreachable Neo4j fails fast instead of hanging). */
  NEO4J_CONNECT_TIMEOUT_MS: ms(3_000),
  /** How long a query waits for a free connection of the driver's pool before it fails. */
  NEO4J_ACQUISITION_TIMEOUT_MS: ms(5_000),
  /** How long a process entry waits for an unreachable Neo4j before it gives up. */
  NEO4J_STARTUP_WAIT_MS: numeric((n) => n.int().min(0).default(60_000)),
  /** While it waits: the pause after the first failed attempt, longer by as much after each. */
  NEO4J_STARTUP_RETRY_MS: ms(500),
  /** While it waits: the longest pause between attempts. */
  NEO4J_STARTUP_RETRY_MAX_MS: ms(3_000),
  /** The server-side limit of a seed load that runs in one transaction (graphs up to 50,000 items). */
  SEED_TRANSACTION_TIMEOUT_MS: ms(30 * 60_000),
  /** The server-side limit of each committed batch of a larger seed load. */
  SEED_BATCH_TIMEOUT_MS: ms(10 * 60_000),
  /** The server-side limit of the read of the whole graph for a release (`npm run export`, /releases/current). */
  EXPORT_READ_TIMEOUT_MS: ms(60_000),
});

/** Logging: the level, quieter under test. */
const logSchema = z.object({
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** Where log lines go; the MCP stdio server sends them to stderr, its stdout being the protocol's. */
  LOG_DESTINATION: z.enum(['stdout', 'stderr']).default('stdout'),
});

/** Tracing (src/telemetry): what turns it on; OpenTelemetry's SDK reads every OTEL_* variable itself. */
const tracingSchema = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalText,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalText,
  OTEL_TRACES_EXPORTER: listOrAny(''),
  OTEL_SDK_DISABLED: bool('false'),
});

/** Where Neo4j comes from (src/neo4j): an external server, a container, or the local one from jars. */
const neo4jSchema = z.object({
  NEO4J_URI: optionalText,
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  /** Set to 1 to skip the container runtime even where one answers. */
  NEO4J_NO_CONTAINER: bool('false'),
  NEO4J_CACHE_DIR: optionalText,
  NEO4J_TRANSACTION_TIMEOUT: optionalText,
  /** How long a local Neo4j may take, from its start, to answer on Bolt. */
  NEO4J_START_TIMEOUT_MS: numeric((n) => n.int().positive().default(120_000)),
  /** How long a local Neo4j has to stop after SIGTERM before it is killed (it recovers from its log at the next start). */
  NEO4J_STOP_TIMEOUT_MS: numeric((n) => n.int().positive().default(8_000)),
  NEO4J_JAVA_HOME: optionalText,
  JAVA_HOME: optionalText,
});

/** Who may reach /mcp (DNS-rebinding protection): null lets every host or origin through. */
interface McpAccess {
  hosts: string[] | null;
  origins: string[] | null;
}

/** The data layer's time limits, shaped as the options the data layer takes. */
export interface GraphSettings {
  /** createDriver's. */
  driver: { connectionTimeoutMs: number; connectionAcquisitionTimeoutMs: number };
  /** waitForNeo4j's. */
  startupWait: { timeoutMs: number; retryMs: number; retryMaxMs: number };
  /** A seed load's (writeSeedGraph). */
  seedLoad: { singleTransactionTimeoutMs: number; batchTimeoutMs: number };
  /** The whole-graph read of a release (buildRelease). */
  exportReadTimeoutMs: number;
}

export type Config = z.infer<typeof apiSchema> & {
  RATE_LIMIT_PER_MINUTE: number;
  /** From MCP_ALLOWED_HOSTS and CORS_ORIGINS. */
  mcpAccess: McpAccess;
  graph: GraphSettings;
};

/** Host names a local server always answers. */
const LOCALHOST_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The host names /mcp answers (localhost's, and MCP_ALLOWED_HOSTS) and the
 * browser origins it takes: those hosts, and the host names of CORS_ORIGINS.
 */
function mcpAccessOf(allowedHosts: '*' | string[], corsOrigins: '*' | string[]): McpAccess {
  if (allowedHosts === '*') return { hosts: null, origins: null };
  const hosts = [...LOCALHOST_NAMES, ...allowedHosts];
  const corsHosts =
    corsOrigins === '*'
      ? []
      : corsOrigins.flatMap((origin) => {
          try {
            return [new URL(origin).hostname];
          } catch {
            return [];
          }
        });
  return { hosts, origins: [...hosts, ...corsHosts] };
}

export interface LogSettings {
  level: NonNullable<z.infer<typeof logSchema>['LOG_LEVEL']>;
  destination: 'stdout' | 'stderr';
}

export interface Neo4jSettings {
  /** An external server to use instead of starting one; with its user and password. */
  external?: { uri: string; user: string; password: string };
  allowContainer: boolean;
  cacheDir?: string;
  transactionTimeout?: string;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  /** Java homes to try first for the local server, in order. */
  javaHomes: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parse<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new ConfigError(`invalid configuration:\n${problems}`);
  }
  return parsed.data as z.infer<S>;
}

function graphSettingsOf(settings: z.infer<typeof graphSchema>): GraphSettings {
  return {
    driver: {
      connectionTimeoutMs: settings.NEO4J_CONNECT_TIMEOUT_MS,
      connectionAcquisitionTimeoutMs: settings.NEO4J_ACQUISITION_TIMEOUT_MS,
    },
    startupWait: {
      timeoutMs: settings.NEO4J_STARTUP_WAIT_MS,
      retryMs: settings.NEO4J_STARTUP_RETRY_MS,
      retryMaxMs: settings.NEO4J_STARTUP_RETRY_MAX_MS,
    },
    seedLoad: {
      singleTransactionTimeoutMs: settings.SEED_TRANSACTION_TIMEOUT_MS,
      batchTimeoutMs: settings.SEED_BATCH_TIMEOUT_MS,
    },
    exportReadTimeoutMs: settings.EXPORT_READ_TIMEOUT_MS,
  };
}

/** The API service's settings, the data layer's included; every invalid one is listed in one ConfigError. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = parse(apiSchema.extend(graphSchema.shape), env);
  return {
    ...config,
    graph: graphSettingsOf(config),
    mcpAccess: mcpAccessOf(config.MCP_ALLOWED_HOSTS, config.CORS_ORIGINS),
    RATE_LIMIT_PER_MINUTE:
      config.RATE_LIMIT_PER_MINUTE ?? (config.NODE_ENV === 'production' ? 600 : 0),
  };
}

/** The data layer's time limits alone, for the commands that serve nothing (seed, export) and for tests. */
export function readGraphSettings(env: NodeJS.ProcessEnv = process.env): GraphSettings {
  return graphSettingsOf(parse(graphSchema, env));
}

export function readLogSettings(env: NodeJS.ProcessEnv = process.env): LogSettings {
  const settings = parse(logSchema, env);
  return {
    level: settings.LOG_LEVEL ?? (settings.NODE_ENV === 'test' ? 'warn' : 'info'),
    destination: settings.LOG_DESTINATION,
  };
}

export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const settings = parse(neo4jSchema, env);
  if (settings.NEO4J_URI && !settings.NEO4J_PASSWORD)
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set both (and NEO4J_USER).');
  return {
    ...(settings.NEO4J_URI && settings.NEO4J_PASSWORD
      ? {
          external: {
            uri: settings.NEO4J_URI,
            user: settings.NEO4J_USER,
            password: settings.NEO4J_PASSWORD,
          },
        }
      : {}),
    allowContainer: !settings.NEO4J_NO_CONTAINER,
    ...(settings.NEO4J_CACHE_DIR ? { cacheDir: settings.NEO4J_CACHE_DIR } : {}),
    ...(settings.NEO4J_TRANSACTION_TIMEOUT
      ? { transactionTimeout: settings.NEO4J_TRANSACTION_TIMEOUT }
      : {}),
    startTimeoutMs: settings.NEO4J_START_TIMEOUT_MS,
    stopTimeoutMs: settings.NEO4J_STOP_TIMEOUT_MS,
    javaHomes: [settings.NEO4J_JAVA_HOME, settings.JAVA_HOME].filter(
      (home): home is string => home !== undefined,
    ),
  };
}

/** Tracing's variables, as read; src/telemetry/register.ts decides from them. */
export const readTracingSettings = (env = process.env) => parse(tracingSchema, env);
