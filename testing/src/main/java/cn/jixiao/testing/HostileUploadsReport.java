package cn.jixiao.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a hostile-upload suite measures: how long each refusal took, and the heap's peak while the files were
 * refused (the sum of the heap pools' peaks since {@link #start()}: an upper bound, as the pools peak at
 * different moments). {@link #print()} writes them for docs/measurements.md.
 */
public final class HostileUploadsReport {

    /** One upload of a hostile file to one endpoint, as answered. */
    public record Refusal(String file, String endpoint, int status, String code, long millis) {
    }

    private final String service;
    private final List<Refusal> refusals = new ArrayList<>();

    private HostileUploadsReport(String service) {
        this.service = service;
    }

    /** Starts measuring: the heap pools' peaks are reset, so the peak printed is this suite's. */
    public static HostileUploadsReport start(String service) {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HostileUploadsReport(service);
    }

    public synchronized void record(Refusal refusal) {
        refusals.add(refusal);
    }

    public synchronized Refusal slowest() {
        return refusals.stream().max(Comparator.comparingLong(Refusal::millis)).orElse(null);
    }

    public static long heapPeakBytes() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    public synchronized void print() {
        StringBuilder out = new StringBuilder("\n#9 hostile uploads, ").append(service).append(": ")
                .append(refusals.size()).append(" uploads (files x endpoints)\n");
        for (Refusal refusal : refusals) {
            out.append(String.format("  %-28s -> %-22s %d %-30s %5d ms%n", refusal.file(), refusal.endpoint(),
                    refusal.status(), refusal.code(), refusal.millis()));
        }
        Refusal slowest = slowest();
        if (slowest != null) {
            out.append(String.format("  slowest: %s -> %s, %d ms%n", slowest.file(), slowest.endpoint(), slowest.millis()));
        }
        out.append(String.format("  heap peak (sum of pool peaks): %d MB of a %d MB maximum heap%n",
                heapPeakBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        System.out.println(out);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
