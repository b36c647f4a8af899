package cn.jixiao.devstack;

import java.time.Duration;

/** Durations as people read them in logs and in {@code ./jixiao status}: "450 ms", "12 s", "3 min 05 s", "2 h 07 min". */
final class Durations {

    private Durations() {
    }

    static String human(Duration duration) {
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        long seconds = duration.toSeconds();
        if (seconds < 1) {
            return duration.toMillis() + " ms";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return "%d min %02d s".formatted(seconds / 60, seconds % 60);
        }
        return "%d h %02d min".formatted(seconds / 3600, seconds % 3600 / 60);
    }
}
