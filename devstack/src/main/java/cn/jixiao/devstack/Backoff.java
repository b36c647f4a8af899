package cn.jixiao.devstack;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the {@link Supervisor} waits before it starts a dead component again: {@code first} before the first
 * attempt, doubling with every further attempt up to {@code longest}. A component that ran for {@code stableAfter}
 * before it died starts again from the first delay; one that dies soon after each start waits longer each time, so a
 * crash loop does not eat the machine.
 *
 * @param first       the wait before attempt 1
 * @param longest     no wait is longer
 * @param stableAfter a run at least this long was healthy: its death begins a new series of attempts
 */
public record Backoff(Duration first, Duration longest, Duration stableAfter) {

    /** 1 s, 2 s, 4 s ... 30 s; a component up for a minute counts as healthy again. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(1));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(stableAfter, "stableAfter");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("Need 0 < first <= longest, got " + first + " and " + longest);
        }
    }

    /** The wait before the given attempt, counted from 1. */
    public Duration delayBefore(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1, got " + attempt);
        }
        var delay = first;
        for (int i = 1; i < attempt && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** Whether a run that lasted this long was healthy, so that its death starts the attempts from 1 again. */
    public boolean wasStable(Duration uptime) {
        return uptime.compareTo(stableAfter) >= 0;
    }
}
