package cn.jixiao.tenancy;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read /actuator/prometheus without a token: only the addresses the operator named for Prometheus. */
class MetricsScrapesTest {

    @Test
    void aScrapeIsLetThroughOnlyFromANamedAddressOrRange() {
        MetricsScrapes.Scrapers scrapers = MetricsScrapes.Scrapers.parse("10.42.0.0/16, 192.168.1.7,::1");

        assertThat(lets(scrapers, peer("10.42.3.9"))).isTrue();
        assertThat(lets(scrapers, peer("192.168.1.7"))).isTrue();
        assertThat(lets(scrapers, peer("::1"))).isTrue();
        assertThat(lets(scrapers, peer("10.43.0.1"))).as("outside the range").isFalse();
        assertThat(lets(scrapers, peer("192.168.1.8"))).isFalse();
        assertThat(lets(scrapers, scrapeFrom(null))).as("a request without a known peer").isFalse();
    }

    @Test
    void noSettingLetsNoScrapeThroughAndAnyLetsEveryOneThrough() {
        assertThat(lets(MetricsScrapes.Scrapers.parse(""), peer("127.0.0.1"))).isFalse();
        assertThat(lets(MetricsScrapes.Scrapers.parse(" , "), peer("127.0.0.1"))).isFalse();
        assertThat(lets(MetricsScrapes.Scrapers.parse("any"), peer("203.0.113.5"))).isTrue();
        assertThat(lets(MetricsScrapes.Scrapers.parse("ANY"), scrapeFrom(null))).isTrue();
    }

    private static MockServerWebExchange peer(String address) {
        return scrapeFrom(new InetSocketAddress(address, 45678));
    }

    private static MockServerWebExchange scrapeFrom(InetSocketAddress peer) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/prometheus").remoteAddress(peer));
    }

    private static boolean lets(MetricsScrapes.Scrapers scrapers, MockServerWebExchange exchange) {
        return scrapers.matches(exchange).block().isMatch();
    }
}
