/**
 * Server A with tracing: the service's preload first (as src/main.ts loads
 * it), which starts OpenTelemetry when the environment names an exporter,
 * then server A itself. bench/tracing-cost.ts runs it beside plain A.
 */
import '../../src/telemetry/preload';
import './service';
