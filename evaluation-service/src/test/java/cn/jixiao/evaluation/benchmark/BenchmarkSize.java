package cn.jixiao.evaluation.benchmark;

/**
 * How large the benchmarks run. The normal build runs them small, as tests that the measured path works and is
 * not grossly slow; {@code -Djixiao.benchmark=full} runs them at the size of the targets, e.g.
 * {@code mvn -B -q -o -pl evaluation-service -am test -Dtest='*Benchmark*' -Dsurefire.failIfNoSpecifiedTests=false -Djixiao.benchmark=full}.
 */
public final class BenchmarkSize {

    private BenchmarkSize() {
    }

    public static boolean full() {
        return "full".equals(System.getProperty("jixiao.benchmark"));
    }

    /** {@code fullSize} when asked for, else {@code normalSize}. */
    public static int of(int fullSize, int normalSize) {
        return full() ? fullSize : normalSize;
    }

    /** The p-th percentile (0–100) of sorted durations, nearest rank. */
    public static long percentile(long[] sortedNanos, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)];
    }
}
