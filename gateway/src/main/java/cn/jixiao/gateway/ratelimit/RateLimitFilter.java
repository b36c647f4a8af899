package cn.jixiao.gateway.ratelimit;

import java.time.Clock;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemWriter;
import cn.jixiao.gateway.signin.SignedInUsers;
import cn.jixiao.problems.Problems;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantAuthentication;

/**
 * Limits each signed-in user, and each tenant as a whole, to a number of requests at once and per period. It
 * runs after the token has been verified (the keys come from the verified token, never from anything the client
 * could choose) and before the request is routed, so a refused request costs no service anything.
 * The user's bucket is charged first: a user at their own limit does not use up their street's.
 * A browser session is keyed by the access token the gateway holds for it ({@link SignedInUsers}): the same
 * person and street as their bearer token, so the workbench and a script share one limit.
 */
final class RateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain (order -100), which has verified the token by then. */
    static final int ORDER = 0;

    private final SignedInUsers users;
    private final RateLimiter perUser;
    private final RateLimiter tenants;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimitProperties properties, Clock clock, SignedInUsers users, ProblemWriter problems) {
        this.users = users;
        this.perUser = new RateLimiter(properties.perUser().limit(), clock);
        this.tenants = new RateLimiter(properties.perTenant().limit(), clock);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return users.of(exchange)
                // a session whose tokens can no longer be had is refused further on (401), not limited here
                .onErrorResume(e -> Mono.empty())
                .map(Optional::of)
                // no verified user (health probes, API docs, or a request security is about to refuse)
                .defaultIfEmpty(Optional.empty())
                // decided first, then the chain runs exactly once (a Mono<Void> is empty whatever it did, so a
                // switchIfEmpty after the chain would run it a second time)
                .flatMap(signedIn -> signedIn.map(user -> limit(user, exchange, chain)).orElseGet(() -> chain.filter(exchange)));
    }

    private Mono<Void> limit(TenantAuthentication signedIn, ServerWebExchange exchange, WebFilterChain chain) {
        TokenBucket.Decision user = perUser.take(userKey(signedIn));
        if (!user.allowed()) {
            return refuse(exchange, user, Limited.USER);
        }
        Optional<String> tenant = tenantOf(signedIn.access());
        TokenBucket.Decision ofTenant = tenant.map(tenants::take).orElse(TokenBucket.Decision.ALLOWED);
        return ofTenant.allowed() ? chain.filter(exchange) : refuse(exchange, ofTenant, Limited.TENANT);
    }

    /** The same subject in two trusted realms is two people: the issuer is part of the key. */
    private static String userKey(TenantAuthentication signedIn) {
        return signedIn.getToken().getClaimAsString("iss") + " " + signedIn.access().subject();
    }

    /** A street user's street, a district user's district; none for users of no tenant (the platform admin). */
    private static Optional<String> tenantOf(TenantAccess access) {
        return Optional.ofNullable(access.isStreetUser() ? access.streetId() : access.districtId());
    }

    private Mono<Void> refuse(ServerWebExchange exchange, TokenBucket.Decision decision, Limited limited) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                Bilingual.of("请求过于频繁", "Too many requests"),
                Bilingual.of(limited.zh + "的请求过于频繁，请 " + decision.retryAfterSeconds() + " 秒后重试",
                        "Too many requests from " + limited.en + "; retry in " + decision.retryAfterSeconds() + " s"));
        problem.setProperty("limitedBy", limited.code);
        problem.setProperty("retryAfterSeconds", decision.retryAfterSeconds());
        return problems.write(exchange, problem);
    }

    private enum Limited {
        USER("user", "您的账号", "your account"),
        TENANT("tenant", "您所在街道或区（所有账号合计）", "your street or district (all its accounts together)");

        private final String code;
        private final String zh;
        private final String en;

        Limited(String code, String zh, String en) {
            this.code = code;
            this.zh = zh;
            this.en = en;
        }
    }
}
