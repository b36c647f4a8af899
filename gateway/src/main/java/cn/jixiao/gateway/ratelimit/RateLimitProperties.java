package cn.jixiao.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests the gateway lets through per user and per tenant (a street, or a district for district
 * users). The defaults are generous: a person clicking through the workbench, a district overview loading its
 * streets, or the test suites never meet them; a script hammering the platform does.
 *
 * @param enabled   off only to measure what the limiter costs
 * @param perUser   one bucket per signed-in user
 * @param perTenant one bucket per street (street users) or district (district users), shared by its users
 */
@ConfigurationProperties("jixiao.gateway.rate-limit")
public record RateLimitProperties(boolean enabled, Bucket perUser, Bucket perTenant) {

    /**
     * @param burst  requests allowed at once
     * @param rate   requests regained per period
     * @param period e.g. {@code 1s}
     */
    public record Bucket(int burst, int rate, Duration period) {

        TokenBucket.Limit limit() {
            return new TokenBucket.Limit(burst, rate, period);
        }
    }
}
