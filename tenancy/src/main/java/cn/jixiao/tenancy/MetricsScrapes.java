package cn.jixiao.tenancy;

import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.IpAddressServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * Lets Prometheus read {@code GET /actuator/prometheus} without a token, from the addresses in
 * {@code jixiao.metrics.scrapers} only: {@code any}, or a comma-separated list of addresses and CIDR ranges
 * (compared with the connection's peer, never a forwarded header). A request from anywhere else meets the
 * application's own chains, which want a token (or the gateway's sign-in). The services, whose ports are reachable
 * only inside the deployment's network (compose publishes none, Helm gives them ClusterIP Services), take
 * {@code any} from the platform's defaults; the gateway, the public entry, takes none unless its operator names
 * Prometheus's address. Nothing else of the actuator is opened here: health and info stay as every chain has them.
 */
@AutoConfiguration(after = ResourceServerSecurity.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class MetricsScrapes {

    public static final String PATH = "/actuator/prometheus";

    /** First among the chains: a scrape from a listed address never reaches a token check or a sign-in. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain metricsScrapes(ServerHttpSecurity http,
                                          @Value("${jixiao.metrics.scrapers:}") String scrapers) {
        return http
                .securityMatcher(new AndServerWebExchangeMatcher(
                        ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, PATH), Scrapers.parse(scrapers)))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    /** The addresses Prometheus scrapes from; {@code anyone} for the literal {@code any}. */
    record Scrapers(boolean anyone, List<ServerWebExchangeMatcher> addresses) implements ServerWebExchangeMatcher {

        static Scrapers parse(String setting) {
            List<String> entries = Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            boolean anyone = entries.stream().anyMatch("any"::equalsIgnoreCase);
            return new Scrapers(anyone, entries.stream().filter(entry -> !"any".equalsIgnoreCase(entry))
                    .<ServerWebExchangeMatcher>map(IpAddressServerWebExchangeMatcher::new).toList());
        }

        @Override
        public Mono<MatchResult> matches(ServerWebExchange exchange) {
            if (anyone) {
                return MatchResult.match();
            }
            if (exchange.getRequest().getRemoteAddress() == null) {
                return MatchResult.notMatch();
            }
            return Flux.fromIterable(addresses).concatMap(address -> address.matches(exchange))
                    .any(MatchResult::isMatch)
                    .flatMap(match -> match ? MatchResult.match() : MatchResult.notMatch());
        }
    }
}
