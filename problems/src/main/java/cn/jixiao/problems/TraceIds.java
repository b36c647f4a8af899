package cn.jixiao.problems;

import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Finds the trace id of the request being answered, so an error a user reports can be found in the logs
 * of every service it passed through.
 */
public final class TraceIds {

    private final Tracer tracer;

    public TraceIds(Tracer tracer) {
        this.tracer = tracer;
    }

    public Optional<String> of(ServerWebExchange exchange) {
        // On a reactive thread the current span is only reliable through the request's observation.
        Optional<String> fromObservation = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> (TracingObservationHandler.TracingContext) context.get(TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(span -> span.context().traceId());
        if (fromObservation.isPresent()) {
            return fromObservation;
        }
        Span current = tracer.currentSpan();
        return Optional.ofNullable(current).map(span -> span.context().traceId());
    }
}
