package cn.jixiao.project.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark of the issue: a generated 50,000-row ledger imports in under 10 s (asserted at 30 s so that a
 * loaded build machine does not fail it), with the exact totals. Prints the time and the peak heap in use.
 */
@ServiceTest
class LargeLedgerImportTest {

    static final int ROWS = 50_000;
    static final List<String> CODES = List.of("30227", "30201", "30211", "30226");

    @Autowired
    WebTestClient web;

    @Test
    void fiftyThousandRowsImportWithinTheTargetTimeAndAddUpExactly() throws IOException {
        LedgerApi api = new LedgerApi(web);
        String project = api.register("BIG-001");
        BigDecimal expected = BigDecimal.ZERO;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("支出明细");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < LedgerFiles.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(LedgerFiles.HEADERS.get(i));
            }
            for (int i = 1; i <= ROWS; i++) {
                BigDecimal amount = BigDecimal.valueOf(100_00L + (i * 7919L) % 5_000_000L, 2);
                expected = expected.add(amount);
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(LocalDate.of(2023, 1 + i % 12, 1 + i % 28));
                row.getCell(0).setCellStyle(dateStyle);
                row.createCell(1).setCellValue(amount.doubleValue()); // a number cell, as Excel stores one
                row.createCell(2).setCellValue(CODES.get(i % CODES.size()));
                row.createCell(4).setCellValue("昆明市盘龙区供应商" + (i % 500) + "有限公司");
                row.createCell(5).setCellValue(String.format("记-2023-%06d", i));
                row.createCell(6).setCellValue("民族团结进步示范街道创建支出第 " + i + " 笔");
            }
            workbook.write(file);
        }

        HeapWatch heap = HeapWatch.start();
        long started = System.nanoTime();
        api.upload(project, "五万行.xlsx", file.toByteArray())
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.entryCount").isEqualTo(ROWS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long peakHeap = heap.stop();
        System.out.printf("LEDGER IMPORT BENCHMARK: %,d rows (%,d bytes of XLSX) imported in %d ms; peak heap in use %,d MB%n",
                ROWS, file.size(), took.toMillis(), peakHeap / (1024 * 1024));

        assertThat(took).isLessThan(Duration.ofSeconds(30));
        BigDecimal total = expected;
        api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.entryCount").isEqualTo(ROWS)
                .jsonPath("$.executed").value(executed -> assertThat(new BigDecimal(executed.toString())).isEqualByComparingTo(total))
                .jsonPath("$.byClassification.length()").isEqualTo(CODES.size());
        api.jinchen().get().uri("/api/projects/{id}/expenditures?month=1&size=1", project).exchange().expectBody()
                .jsonPath("$.totalElements").isEqualTo(ROWS / 12); // rows 12, 24, … fall in January
    }

    /** Samples the heap in use while the import runs. */
    private record HeapWatch(AtomicLong peak, AtomicBoolean running, Thread thread) {

        static HeapWatch start() {
            AtomicLong peak = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            Runtime runtime = Runtime.getRuntime();
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
            return new HeapWatch(peak, running, thread);
        }

        long stop() {
            running.set(false);
            thread.interrupt();
            return peak.get();
        }
    }
}
