package cn.jixiao.gateway;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemWriter;
import cn.jixiao.problems.Problems;

/**
 * Answers what goes wrong at the gateway itself (no such route, a service down or too slow) with the same
 * bilingual problem+json the services use. It goes before the services' generic handling because at the
 * gateway every failure is a routing failure.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GatewayProblems {

    private final ProblemWriter writer;

    GatewayProblems(ProblemWriter writer) {
        this.writer = writer;
    }

    @ExceptionHandler(Throwable.class)
    Mono<Void> handle(Throwable error, ServerWebExchange exchange) {
        return writer.write(exchange, problemFor(error));
    }

    private static ProblemDetail problemFor(Throwable error) {
        // a browser session whose tokens Keycloak no longer renews (signed out there, or idle too long)
        if (causedBy(error, OAuth2AuthorizationException.class)) {
            return Problems.unauthorized();
        }
        // refused, or the service's host name does not resolve (not deployed): either way it is not there
        if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)) {
            return unavailable();
        }
        if (causedBy(error, TimeoutException.class)) {
            return Problems.of(HttpStatus.GATEWAY_TIMEOUT, "upstream-timeout",
                    Bilingual.of("服务响应超时", "Service timed out"),
                    Bilingual.of("后端服务未在规定时间内响应，请稍后重试", "The service did not answer in time; retry later"));
        }
        if (error instanceof ResponseStatusException status) {
            return forStatus(status.getStatusCode());
        }
        return Problems.of(HttpStatus.BAD_GATEWAY, "gateway-error",
                Bilingual.of("网关错误", "Gateway error"),
                Bilingual.of("请求转发失败，请稍后重试并提供追踪编号", "The request could not be forwarded; retry later and quote the trace id"));
    }

    private static ProblemDetail forStatus(HttpStatusCode status) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return Problems.of(status, "no-route", Bilingual.of("接口不存在", "No such endpoint"),
                    Bilingual.of("请求的地址没有对应的服务接口", "No service answers this path"));
        }
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return unavailable();
        }
        return Problems.of(status, "http-" + status.value(), Bilingual.of("请求无法处理", "Request not processed"),
                Bilingual.of("网关无法处理该请求", "The gateway could not process the request"));
    }

    private static ProblemDetail unavailable() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                Bilingual.of("服务暂不可用", "Service unavailable"),
                Bilingual.of("后端服务暂时无法访问，请稍后重试", "The service is unreachable right now; retry later"));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
