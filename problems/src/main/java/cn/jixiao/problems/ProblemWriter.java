package cn.jixiao.problems;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a problem straight to the response, for the places that run before any controller:
 * the security filters (401, 403) and the gateway.
 */
public class ProblemWriter {

    private final JsonMapper json;
    private final TraceIds traceIds;

    public ProblemWriter(JsonMapper json, TraceIds traceIds) {
        this.json = json;
        this.traceIds = traceIds;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        problem.setInstance(Problems.instanceOf(exchange));
        traceIds.of(exchange).ifPresent(id -> problem.setProperty("traceId", id));
        ServerHttpResponse response = exchange.getResponse();
        response.setRawStatusCode(problem.getStatus());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
