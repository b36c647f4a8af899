package cn.jixiao.uploads;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.problems.ProblemException;
import cn.jixiao.testing.HostileFiles;
import cn.jixiao.testing.HostileFiles.HostileFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What refusing each hostile file costs the reader, in the processor time of the thread that reads it: unlike the
 * time on the clock, that does not grow with whatever else the shared build machine is running. Read under the
 * widest limits any endpoint uses (the ledger's).
 */
class RefusalCostTest {

    private static final WorkbookLimits WIDEST = WorkbookLimits.of(101_000, 32);
    private static final Duration AT_MOST = Duration.ofSeconds(1);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path folder;

    @Test
    void everyHostileFileIsRefusedWithinASecondOfProcessorTime() throws IOException {
        StringBuilder measured = new StringBuilder("\n#9 hostile uploads: processor time of the streaming readers' refusal\n");
        for (HostileFile file : HostileFiles.all()) {
            Path path = Files.write(Files.createTempFile(folder, "hostile-", ".upload"), file.content());
            refuse(file, path); // the first reading of a kind also compiles the reader
            long started = THREADS.getCurrentThreadCpuTime();
            String refusal = refuse(file, path);
            Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - started);
            measured.append(String.format("  %-28s %6d KB  %4d ms  %s%n", file.name(), file.content().length / 1024,
                    cpu.toMillis(), refusal));
            assertThat(cpu).as(file.name()).isLessThan(AT_MOST);
        }
        System.out.println(measured);
    }

    private static String refuse(HostileFile file, Path path) {
        try {
            if (file.isWorkbook()) {
                XlsxSheet.readFirstSheet(path, WIDEST, (number, cells) -> {
                });
            } else {
                CsvRecords.read(path, WIDEST, new CsvRecords.Records() {
                    @Override
                    public void record(int number, int line, List<String> fields) {
                    }

                    @Override
                    public void unclosedQuote(int number, int line, int column) {
                    }
                });
            }
        } catch (ProblemException refused) {
            return String.valueOf(refused.toProblemDetail().getProperties().get("code"));
        } catch (IOException unreadable) {
            return "unreadable (the endpoint words it: not a workbook)";
        }
        throw new AssertionError(file.name() + " was read without refusal");
    }
}
