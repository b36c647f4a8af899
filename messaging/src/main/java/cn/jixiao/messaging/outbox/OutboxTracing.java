package cn.jixiao.messaging.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import reactor.util.context.ContextView;

/**
 * Keeps one trace from the request that wrote an event to the consumer that applies it, although the relay sends
 * the event later and on its own thread: the trace context of the write is stored with the pending event
 * ({@link PendingEvent#trace()}, the propagation headers, e.g. W3C {@code traceparent}), and the relay continues
 * that trace while it sends, so the Kafka template's observation puts a child of the request's span into the
 * record's headers and the consumer's listener continues it.
 *
 * <p>The events are made by static factories deep in the domain code ({@link PendingEvent#of}), where no bean can
 * be handed in; the current trace is ambient there anyway, like the logging MDC. So the application's tracer and
 * propagator are installed here once, by the messaging auto-configuration. Without them (a unit test, tracing
 * switched off) nothing is captured and events are sent as before, each in a new trace.
 */
public final class OutboxTracing {

    private static final OutboxTracing OFF = new OutboxTracing(null, null);
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();
    private static volatile OutboxTracing installed = OFF;

    private final Tracer tracer;
    private final Propagator propagator;

    private OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * Uses this tracer for every event written and relayed from now on. The tracers of several application
     * contexts in one JVM (tests) see the same current span (Brave keeps it in one static thread local), so the
     * last one installed serves them all.
     */
    public static OutboxTracing install(Tracer tracer, Propagator propagator) {
        OutboxTracing tracing = new OutboxTracing(tracer, propagator);
        installed = tracing;
        return tracing;
    }

    /** Stops capturing if this is still the installed one (its application context is closing). */
    public void uninstall() {
        if (installed == this) {
            installed = OFF;
        }
    }

    /** The propagation headers of the span current on this thread; empty outside a trace. */
    static Map<String, String> current() {
        return installed.headersOfCurrentSpan();
    }

    /**
     * The propagation headers of the trace in a Reactor context (a request's observation is kept there), whatever
     * thread asks; empty outside a trace. Used where the thread's own current span cannot be relied on.
     */
    static Map<String, String> inContext(ContextView context) {
        OutboxTracing tracing = installed;
        if (tracing.tracer == null) {
            return Map.of();
        }
        try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
            return tracing.headersOfCurrentSpan();
        }
    }

    /**
     * Runs the relay's work for one entry inside the trace it was written in: a short span named {@code name},
     * a child of the writer's span, is current while {@code work} runs. Without stored headers or a tracer the
     * work runs as it is.
     */
    static <T> T continuing(Map<String, String> trace, String name, Supplier<T> work) {
        return installed.continueTrace(trace, name, work);
    }

    private Map<String, String> headersOfCurrentSpan() {
        if (tracer == null) {
            return Map.of();
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return Map.copyOf(headers);
    }

    private <T> T continueTrace(Map<String, String> trace, String name, Supplier<T> work) {
        if (tracer == null || trace == null || trace.isEmpty()) {
            return work.get();
        }
        Span span = propagator.extract(trace, Map::get).name(name).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
