package cn.jixiao.loadtest.knee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * Each request's response time by the level of load it was made at, so that one stairs run gives the knee as a table:
 * per level the requests per second served, the p95 of reads and of writes, and the errors. Gatling's own report
 * shows the same over time as charts; this puts the figures docs/measurements.md needs side by side.
 */
public final class KneeTable {

    /** A level of the injection: from {@code fromSecond} for {@code seconds}, at {@code visitsPerSecond}. */
    public record Level(double visitsPerSecond, long fromSecond, long seconds) {
    }

    /** One level's figures. */
    public record Row(Level level, int requests, double requestsPerSecond, int readP95, int writeP95, int errors) {
    }

    private record Sample(long atMillis, boolean write, int millis, boolean ok) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final LongSupplier clock;
    private volatile long start;

    public KneeTable(LongSupplier clockMillis) {
        this.clock = clockMillis;
        this.start = clockMillis.getAsLong();
    }

    /** The clock of the levels starts now (the simulation's start, after everyone has signed in). */
    public void start() {
        start = clock.getAsLong();
    }

    public void record(boolean write, int millis, boolean ok) {
        samples.add(new Sample(clock.getAsLong() - start, write, millis, ok));
    }

    /** The levels of a stairs profile: {@code steps} levels of {@code seconds}, {@code ramp} seconds between them. */
    public static List<Level> stairs(double firstRate, double increment, int steps, long seconds, long ramp) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            levels.add(new Level(firstRate + i * increment, i * (seconds + ramp), seconds));
        }
        return levels;
    }

    public List<Row> rows(List<Level> levels) {
        List<Row> rows = new ArrayList<>();
        for (Level level : levels) {
            long from = level.fromSecond() * 1000;
            long to = from + level.seconds() * 1000;
            List<Sample> inLevel = samples.stream().filter(s -> s.atMillis() >= from && s.atMillis() < to).toList();
            int errors = (int) inLevel.stream().filter(s -> !s.ok()).count();
            rows.add(new Row(level, inLevel.size(), inLevel.size() / (double) level.seconds(),
                    p95(inLevel.stream().filter(s -> !s.write()).mapToInt(Sample::millis).toArray()),
                    p95(inLevel.stream().filter(Sample::write).mapToInt(Sample::millis).toArray()), errors));
        }
        return rows;
    }

    /** The nearest-rank 95th percentile, or -1 for no sample. */
    static int p95(int[] millis) {
        if (millis.length == 0) {
            return -1;
        }
        int[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    /** As a Markdown table, to paste into docs/measurements.md. */
    public static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder(
                "| visits/s | requests | requests/s | reads p95 ms | writes p95 ms | errors |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "| %.1f | %d | %.1f | %s | %s | %d |%n", row.level().visitsPerSecond(),
                    row.requests(), row.requestsPerSecond(), shown(row.readP95()), shown(row.writeP95()), row.errors()));
        }
        return table.toString();
    }

    private static String shown(int p95) {
        return p95 < 0 ? "–" : String.valueOf(p95);
    }
}
