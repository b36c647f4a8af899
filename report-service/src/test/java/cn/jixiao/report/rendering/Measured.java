package cn.jixiao.report.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A render timed warm, with the heap's peak while it ran: the median of several runs after warm-up runs, so one
 * slow run on a shared machine does not decide. The CPU time the rendering thread used is kept beside the
 * elapsed time: on a machine shared by many builds the elapsed time mostly measures the wait for a core. The
 * peak heap is the sum of the heap pools' peaks since the measurement started, garbage included: an upper bound
 * of what the renders held at once, which depends on how large the JVM let its heap grow; the bytes a render
 * allocates do not.
 */
public record Measured(String what, Duration median, Duration slowest, Duration medianCpu, long allocatedBytes,
                       long peakHeapBytes) {

    public static Measured warm(String what, int warmUps, int runs, Runnable render) {
        for (int i = 0; i < warmUps; i++) {
            render.run();
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threads;
        long thread = Thread.currentThread().getId();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        long[] allocated = new long[runs];
        for (int i = 0; i < runs; i++) {
            long allocatedBefore = allocations.getThreadAllocatedBytes(thread);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            render.run();
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            allocated[i] = allocations.getThreadAllocatedBytes(thread) - allocatedBefore;
        }
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        Arrays.sort(allocated);
        return new Measured(what, Duration.ofNanos(nanos[runs / 2]), Duration.ofNanos(nanos[runs - 1]),
                Duration.ofNanos(cpuNanos[runs / 2]), allocated[runs / 2], peak);
    }

    /** Appends the measurement to target/report-artifacts/measurements.txt and prints it. */
    public Measured record() {
        String line = String.format("%s: median %d ms (CPU %d ms), slowest %d ms, %d MB allocated a render, "
                        + "peak heap %d MB, load average %.1f%n", what, median.toMillis(), medianCpu.toMillis(),
                slowest.toMillis(), allocatedBytes / (1024 * 1024), peakHeapBytes / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print(line);
        try {
            Path artifacts = Files.createDirectories(Path.of("target", "report-artifacts"));
            Files.writeString(artifacts.resolve("measurements.txt"), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
