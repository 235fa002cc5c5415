// OpenTelemetry tracing, optional (OTEL_TRACING, or OTEL_EXPORTER_OTLP_ENDPOINT being set): one
// span per GraphQL operation (`query.ActorPage`, kind SERVER, with the operation's name, type and
// document, and its errors) by @envelop/opentelemetry, exported over OTLP/HTTP by the OTel SDK.
// The exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself, and the resource
// OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES. An incoming W3C `traceparent` header makes the
// span a child of the caller's. Everything is imported here, when tracing starts: a server without
// it loads none of these packages.
//
// Resolver spans are off: compiled reads run no resolvers, and a span per field would cost more
// than the operation on most answers.
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Plugin } from 'graphql-yoga';
import { requestIdOf } from './request-id.ts';

const DEFAULT_SERVICE_NAME = 'kg-api';

export interface Tracing {
  /** The yoga plugin; put it early in the list, so its span covers the plugins after it. */
  plugin: Plugin;
  /** Exports the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Where spans go; OTLP/HTTP (configured by the OTEL_EXPORTER_OTLP_* variables) by default. Tests pass an in-memory one. */
  exporter?: SpanExporter;
  /** service.name when OTEL_SERVICE_NAME is unset. */
  serviceName?: string;
}

export async function startTracing({
  exporter,
  serviceName = DEFAULT_SERVICE_NAME,
}: TracingOptions = {}): Promise<Tracing> {
  const [{ useOpenTelemetry, getCurrentOtelContext, setCurrentOtelContext }, api, sdk, resources, core] =
    await Promise.all([
      import('@envelop/opentelemetry'),
      import('@opentelemetry/api'),
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/core'),
    ]);
  const spanExporter = exporter ?? new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.name': serviceName }))
    .merge(await resources.detectResources({ detectors: [resources.envDetector] }));
  const provider = new sdk.BasicTracerProvider({
    resource,
    // Given an exporter (tests), spans are handed over as they end; OTLP gets them in batches.
    spanProcessors: [exporter ? new sdk.SimpleSpanProcessor(spanExporter) : new sdk.BatchSpanProcessor(spanExporter)],
  });
  const propagator = new core.W3CTraceContextPropagator();
  const headerGetter: import('@opentelemetry/api').TextMapGetter<Headers> = {
    get: (headers, key) => headers.get(key) ?? undefined,
    keys: (headers) => [...headers.keys()],
  };
  const otel = useOpenTelemetry(
    // The document is recorded unless it has inline arguments (which may hold data); variables and results never are.
    { resolvers: false, variables: false, result: false },
    provider,
    api.SpanKind.SERVER,
    {},
    serviceName,
  ) as unknown as Plugin;

  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      // Added right after this plugin: its onExecute runs after ours below.
      addPlugin(otel);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      // The caller's trace, when it sent one, is the parent of the operation's span.
      if (request.headers.has('traceparent')) {
        setCurrentOtelContext(args.contextValue, propagator.extract(api.ROOT_CONTEXT, request.headers, headerGetter));
      }
      return {
        // Runs before the span ends: tie the span to the request id of the logs.
        onExecuteDone() {
          const requestId = requestIdOf(request);
          if (requestId)
            api.trace.getSpan(getCurrentOtelContext(args.contextValue))?.setAttribute('request.id', requestId);
        },
      };
    },
  };
  return { plugin, shutdown: () => provider.shutdown() };
}
