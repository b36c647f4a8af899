package cn.jixiao.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesFromOneSecondUpToThirtySeconds() {
        var delays = IntStream.rangeClosed(1, 8).mapToObj(Backoff.DEFAULT::delayBefore).map(Duration::toSeconds)
                .toList();

        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void aLongSeriesOfAttemptsStaysAtTheLongestWait() {
        assertThat(Backoff.DEFAULT.delayBefore(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRunOfAMinuteWasHealthyAndAShorterOneWasNot() {
        assertThat(Backoff.DEFAULT.wasStable(Duration.ofSeconds(60))).isTrue();
        assertThat(Backoff.DEFAULT.wasStable(Duration.ofSeconds(59))).isFalse();
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> Backoff.DEFAULT.delayBefore(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLongestWaitIsNoShorterThanTheFirst() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
