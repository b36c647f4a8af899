package cn.jixiao.report.rendering.xlsx;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.rendering.Measured;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district of many streets, 30 projects each: 20 streets in the normal build, the full 200 (6,000 rows) with
 * {@code -Djixiao.summary.streets=200}.
 */
class XlsxSummarySizeTest {

    private static final int STREETS = Integer.getInteger("jixiao.summary.streets", 20);
    private static final int PROJECTS_PER_STREET = 30;

    @Test
    void aLargeDistrictRendersInUnderFiveSecondsWithEveryRowAndTheTotals() throws Exception {
        DistrictSummary summary = DistrictSummaries.generated(STREETS, PROJECTS_PER_STREET);
        XlsxSummaryFormat xlsx = new XlsxSummaryFormat();
        byte[][] rendered = new byte[1][];

        Measured measured = Measured.warm("XLSX summary of " + STREETS + " streets × " + PROJECTS_PER_STREET
                + " projects", 1, 3, () -> rendered[0] = xlsx.render(summary)).record();

        assertThat(measured.median()).isLessThan(Duration.ofSeconds(5));
        Path artifacts = Files.createDirectories(Path.of("target", "report-artifacts"));
        Files.write(artifacts.resolve("district-summary-" + STREETS + "x" + PROJECTS_PER_STREET + ".xlsx"), rendered[0]);
        try (RenderedXlsx workbook = new RenderedXlsx(rendered[0])) {
            XSSFSheet projects = workbook.projects();
            int rows = STREETS * PROJECTS_PER_STREET;
            assertThat(projects.getLastRowNum()).isEqualTo(rows + 2);
            assertThat(projects.getRow(rows + 1).getCell(0).getStringCellValue())
                    .isEqualTo(summary.rows().get(rows - 1).projectCode());
            assertThat(projects.getRow(rows + 2).getCell(0).getStringCellValue()).isEqualTo("合计（" + rows + "个项目）");
            assertThat(RenderedXlsx.number(projects.getRow(rows + 2).getCell(3)))
                    .isEqualByComparingTo(summary.totals().budget().amount().movePointLeft(4));
            BigDecimal counted = BigDecimal.ZERO;
            for (int i = 1; i <= 5; i++) {
                counted = counted.add(RenderedXlsx.number(workbook.distribution().getRow(i).getCell(1)));
            }
            assertThat(counted).isEqualByComparingTo(BigDecimal.valueOf(rows));
        }
    }
}
