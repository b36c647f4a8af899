package cn.jixiao.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.jixiao.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");
    private static final TokenBucket.Limit FIVE_THEN_ONE_PER_SECOND = new TokenBucket.Limit(5, 1, Duration.ofSeconds(1));

    @Test
    void aFullBucketLetsItsBurstThroughAtOnceAndRefusesTheNextWithTheWaitForOneToken() {
        TokenBucket bucket = new TokenBucket(FIVE_THEN_ONE_PER_SECOND, NINE);

        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(NINE).allowed()).as("request %d of the burst", i + 1).isTrue();
        }
        TokenBucket.Decision sixth = bucket.take(NINE);

        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(sixth.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void itRefillsAtItsRateAndNeverBeyondItsBurst() {
        TokenBucket bucket = new TokenBucket(FIVE_THEN_ONE_PER_SECOND, NINE);
        for (int i = 0; i < 5; i++) {
            bucket.take(NINE);
        }

        Instant later = NINE.plusMillis(2500);
        assertThat(bucket.take(later).allowed()).isTrue();
        assertThat(bucket.take(later).allowed()).isTrue();
        TokenBucket.Decision third = bucket.take(later);
        assertThat(third.allowed()).as("two and a half tokens back after 2.5 s").isFalse();
        assertThat(third.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(third.retryAfterSeconds()).as("Retry-After rounds up to whole seconds").isEqualTo(1);

        Instant muchLater = NINE.plus(Duration.ofHours(1));
        int allowed = 0;
        while (bucket.take(muchLater).allowed()) {
            allowed++;
        }
        assertThat(allowed).as("an hour idle fills the bucket, not more").isEqualTo(5);
    }

    @Test
    void aRefusedRequestTakesNoToken() {
        TokenBucket bucket = new TokenBucket(new TokenBucket.Limit(1, 1, Duration.ofSeconds(10)), NINE);
        bucket.take(NINE);

        for (int i = 0; i < 100; i++) {
            assertThat(bucket.take(NINE.plusSeconds(5)).allowed()).isFalse();
        }
        assertThat(bucket.take(NINE.plusSeconds(10)).allowed()).as("hammering did not push the refill back").isTrue();
    }

    @Test
    void aBucketIsFullAgainOnceItHasRefilledItsWholeBurst() {
        TokenBucket bucket = new TokenBucket(FIVE_THEN_ONE_PER_SECOND, NINE);
        bucket.take(NINE);
        bucket.take(NINE);

        assertThat(bucket.isFullAt(NINE.plusMillis(1999))).isFalse();
        assertThat(bucket.isFullAt(NINE.plusSeconds(2))).isTrue();
    }

    @Test
    void idleBucketsAreForgottenAndAForgottenKeyStartsWithAFullBurst() {
        MovableClock clock = new MovableClock(NINE);
        RateLimiter limiter = new RateLimiter(FIVE_THEN_ONE_PER_SECOND, clock);
        for (int user = 0; user < 1000; user++) {
            limiter.take("user-" + user);
        }
        assertThat(limiter.size()).isEqualTo(1000);
        for (int i = 0; i < 4; i++) {
            limiter.take("busy");
        }

        clock.advance(Duration.ofSeconds(31));
        assertThat(limiter.take("busy").allowed()).isTrue();

        assertThat(limiter.size()).as("only the key used since its bucket refilled").isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.take("user-1").allowed()).isTrue();
        }
        assertThat(limiter.take("user-1").allowed()).isFalse();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(new TokenBucket.Limit(2, 1, Duration.ofMinutes(1)), new MovableClock(NINE));

        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").allowed()).isFalse();
        assertThat(limiter.take("b").allowed()).isTrue();
    }
}
