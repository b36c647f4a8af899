package cn.jixiao.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The service's database cannot be reached: the one problem for it (503, a hint to retry), wherever the request met
 * it. A controller's failure reaches {@link ProblemHandling}; this handler answers the same for a failure before any
 * controller, in a web filter that reads the store (project-service's check of disabled tenants, under the fault
 * suite's kill of the database), which Spring Boot's last-resort handler otherwise answered 500 in plain JSON.
 */
public class StoreUnavailable implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailable.class);
    /** About how long the local stack's supervisor and a replica set's election take to bring a store back. */
    static final String RETRY_AFTER_SECONDS = "10";

    private final ProblemWriter writer;

    public StoreUnavailable(ProblemWriter writer) {
        this.writer = writer;
    }

    /** The problem's content: bilingual, and saying that nothing of the request was saved. */
    static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                Bilingual.of("数据库暂时不可用", "Database unavailable"),
                Bilingual.of("服务暂时无法访问数据库，本次请求未保存任何内容，请稍后重试",
                        "The service cannot reach its database just now; nothing of this request was saved. Retry shortly"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!(failure instanceof DataAccessResourceFailureException || failure instanceof TransientDataAccessResourceException)
                || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        log.warn("Store unavailable answering {}: {}", exchange.getRequest().getPath(), failure.getMessage());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return writer.write(exchange, problem());
    }

    /** Before Spring Boot's error handler (-1), which would answer 500. */
    @Override
    public int getOrder() {
        return -2;
    }
}
