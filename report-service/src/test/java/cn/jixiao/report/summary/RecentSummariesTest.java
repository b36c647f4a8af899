package cn.jixiao.report.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** How late a district summary may be, and how often the read model is read for it. */
class RecentSummariesTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T02:00:00Z"));
    private final RecentSummaries recent = new RecentSummaries(clock);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void callersWithinASecondGetTheSameSummaryAndTheReadModelIsReadOnce() {
        DistrictSummary first = recent.of("panlong", 2026, this::compute).block();
        clock.advance(Duration.ofMillis(900));

        assertThat(recent.of("panlong", 2026, this::compute).block()).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFewSecondsOldSummaryIsAnsweredAtOnceAndANewOneComputedForTheNextCaller() {
        DistrictSummary first = recent.of("panlong", 2026, this::compute).block();
        clock.advance(Duration.ofSeconds(3));

        assertThat(recent.of("panlong", 2026, this::compute).block()).as("answered without waiting").isSameAs(first);
        assertThat(computed).as("computed again meanwhile").hasValue(2);
        assertThat(recent.of("panlong", 2026, this::compute).block()).isNotSameAs(first);
    }

    @Test
    void aSummaryNobodyAskedForInHalfAMinuteIsNeverAnswered() {
        DistrictSummary first = recent.of("panlong", 2026, this::compute).block();
        clock.advance(Duration.ofSeconds(31));

        assertThat(recent.of("panlong", 2026, this::compute).block()).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void callersArrivingDuringAComputationWaitForThatOneAndAGoneCallerCancelsNothing() {
        Sinks.One<DistrictSummary> readModel = Sinks.one();
        Mono<DistrictSummary> slow = readModel.asMono().doOnSubscribe(subscribed -> computed.incrementAndGet());

        var gone = recent.of("panlong", 2026, () -> slow).subscribe();
        gone.dispose();
        var waiting = recent.of("panlong", 2026, () -> slow).toFuture();
        assertThat(waiting).isNotDone();
        readModel.tryEmitValue(summary());

        assertThat(waiting.join()).isNotNull();
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFailedComputationIsTriedAgainByTheNextCaller() {
        Mono<DistrictSummary> failing = Mono.error(new IllegalStateException("store down"));
        recent.of("panlong", 2026, () -> failing).onErrorResume(failure -> Mono.empty()).block();

        assertThat(recent.of("panlong", 2026, this::compute).block()).isNotNull();
    }

    @Test
    void districtsAndYearsAreHeldApart() {
        DistrictSummary panlong2026 = recent.of("panlong", 2026, this::compute).block();

        assertThat(recent.of("panlong", 2025, this::compute).block()).isNotSameAs(panlong2026);
        assertThat(recent.of("wuhua", 2026, this::compute).block()).isNotSameAs(panlong2026);
        assertThat(computed).hasValue(3);
    }

    private Mono<DistrictSummary> compute() {
        return Mono.fromSupplier(() -> {
            computed.incrementAndGet();
            return summary();
        });
    }

    private static DistrictSummary summary() {
        return new DistrictSummary("panlong", "盘龙区", 2026, List.of(), null, Map.of());
    }
}
