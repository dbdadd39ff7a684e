import { startTracingIfConfigured } from './register';

/**
 * The service's first import (src/main.ts): instrumentation patches http,
 * express and graphql as they are first required, so tracing starts before
 * anything else is loaded.
 */
startTracingIfConfigured();
