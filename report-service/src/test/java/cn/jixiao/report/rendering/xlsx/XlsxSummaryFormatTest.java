package cn.jixiao.report.rendering.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Panlong's summary rendered to XLSX and read back with POI. */
class XlsxSummaryFormatTest {

    private static final XlsxSummaryFormat XLSX = new XlsxSummaryFormat();
    private static RenderedXlsx panlong;

    @BeforeAll
    static void render() {
        panlong = new RenderedXlsx(XLSX.render(DistrictSummaries.panlong()));
    }

    @AfterAll
    static void close() throws Exception {
        panlong.close();
    }

    @Test
    void isTheXlsxFormatOfTheSummary() {
        assertThat(XLSX.name()).isEqualTo("XLSX");
        assertThat(XLSX.fileExtension()).isEqualTo("xlsx");
        assertThat(XLSX.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theProjectsSheetOpensWithTheTitleAndTheHeader() {
        XSSFSheet sheet = panlong.projects();
        assertThat(panlong.workbook.getSheetIndex(sheet)).isZero();
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("盘龙区2023年度项目支出绩效自评汇总表");
        assertThat(sheet.getMergedRegion(0).formatAsString()).isEqualTo("A1:I1");
        assertThat(RenderedXlsx.texts(sheet.getRow(1))).containsExactly("项目编码", "项目名称", "街道",
                "全年预算数（万元）", "全年执行数（万元）", "执行率", "得分", "等级", "状态");
    }

    @Test
    void eachProjectIsARowWithItsNumbersAsNumericCells() {
        Row jinchen = panlong.projects().getRow(2);
        assertThat(jinchen.getCell(0).getStringCellValue()).isEqualTo("JC-2023-001");
        assertThat(jinchen.getCell(1).getStringCellValue()).isEqualTo("创建全省民族团结进步示范街道专项资金");
        assertThat(jinchen.getCell(2).getStringCellValue()).isEqualTo("金辰街道");
        assertThat(RenderedXlsx.number(jinchen.getCell(3))).isEqualByComparingTo("200.00");
        assertThat(RenderedXlsx.number(jinchen.getCell(4))).isEqualByComparingTo("200.00");
        assertThat(RenderedXlsx.number(jinchen.getCell(5))).isEqualByComparingTo("1.0000");
        assertThat(RenderedXlsx.number(jinchen.getCell(6))).isEqualByComparingTo("98.00");
        assertThat(jinchen.getCell(7).getStringCellValue()).isEqualTo("优秀");
        assertThat(jinchen.getCell(8).getStringCellValue()).isEqualTo("已定稿");
        assertThat(List.of(3, 4, 5, 6)).allSatisfy(column ->
                assertThat(jinchen.getCell(column).getCellType()).isEqualTo(CellType.NUMERIC));
        assertThat(RenderedXlsx.format(jinchen.getCell(3))).isEqualTo("#,##0.00");
        assertThat(RenderedXlsx.format(jinchen.getCell(4))).isEqualTo("#,##0.00");
        assertThat(RenderedXlsx.format(jinchen.getCell(5))).isEqualTo("0.00%");
        assertThat(RenderedXlsx.format(jinchen.getCell(6))).isEqualTo("0.00");
    }

    @Test
    void amountsKeepEveryFenIn万元() {
        Row renovation = panlong.projects().getRow(3);
        // 1,234,567.89 元 and 1,000,000.01 元: the cells hold 123.456789 and 100.000001 万元, not a rounded 123.46
        assertThat(RenderedXlsx.number(renovation.getCell(3))).isEqualTo(new BigDecimal("123.456789"));
        assertThat(RenderedXlsx.number(renovation.getCell(4))).isEqualTo(new BigDecimal("100.000001"));
        Row oneFen = panlong.projects().getRow(5);
        assertThat(RenderedXlsx.number(oneFen.getCell(3))).isEqualTo(new BigDecimal("1.0E-6"));
        assertThat(RenderedXlsx.number(renovation.getCell(5))).isEqualTo(new BigDecimal("0.81"));
    }

    @Test
    void aProjectWithoutScoreOrBudgetLeavesThoseCellsBlankAndIs未评分() {
        Row unscored = panlong.projects().getRow(4);
        assertThat(unscored.getCell(0).getStringCellValue()).isEqualTo("TD-2023-001");
        assertThat(RenderedXlsx.number(unscored.getCell(3))).isEqualByComparingTo("0");
        assertThat(unscored.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(unscored.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(unscored.getCell(7).getStringCellValue()).isEqualTo("未评分");
        assertThat(unscored.getCell(8).getStringCellValue()).isEqualTo("草稿");
    }

    @Test
    void theTotalsRowFollowsTheProjectsWithTheExactSums() {
        XSSFSheet sheet = panlong.projects();
        Row totals = sheet.getRow(6);
        assertThat(sheet.getLastRowNum()).isEqualTo(6);
        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计（4个项目）");
        // 2,000,000.00 + 1,234,567.89 + 0.00 + 0.01 元; 2,000,000.00 + 1,000,000.01 + 0.00 + 0.01 元
        assertThat(RenderedXlsx.number(totals.getCell(3))).isEqualTo(new BigDecimal("323.45679"));
        assertThat(RenderedXlsx.number(totals.getCell(4))).isEqualTo(new BigDecimal("300.000002"));
        assertThat(RenderedXlsx.number(totals.getCell(5))).isEqualTo(new BigDecimal("0.9275"));
        assertThat(RenderedXlsx.format(totals.getCell(3))).isEqualTo("#,##0.00");
        assertThat(((XSSFCellStyle) totals.getCell(0).getCellStyle()).getFont().getBold()).isTrue();
    }

    @Test
    void theHeaderStaysInViewTheProjectsCanBeFilteredAndTheColumnsAreWide() {
        XSSFSheet sheet = panlong.projects();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        // Header and the four projects, not the totals row
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:I6");
        assertThat(sheet.getColumnWidth(1)).isEqualTo(40 * 256);
        assertThat(sheet.getColumnWidth(3)).isEqualTo(20 * 256);
    }

    @Test
    void theSecondSheetCountsTheProjectsOfEachGrade() {
        XSSFSheet sheet = panlong.distribution();
        assertThat(panlong.workbook.getSheetIndex(sheet)).isEqualTo(1);
        assertThat(RenderedXlsx.texts(sheet.getRow(0))).containsExactly("等级", "项目数", "占比");
        List<String> grades = List.of("优秀", "良好", "中", "差", "未评分");
        List<String> counts = List.of("1", "1", "0", "1", "1");
        List<String> shares = List.of("0.25", "0.25", "0.0", "0.25", "0.25");
        for (int i = 0; i < grades.size(); i++) {
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(grades.get(i));
            assertThat(RenderedXlsx.number(row.getCell(1))).isEqualByComparingTo(counts.get(i));
            assertThat(RenderedXlsx.number(row.getCell(2))).isEqualByComparingTo(shares.get(i));
            assertThat(RenderedXlsx.format(row.getCell(2))).isEqualTo("0.00%");
        }
        Row total = sheet.getRow(6);
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(RenderedXlsx.number(total.getCell(1))).isEqualByComparingTo("4");
        assertThat(RenderedXlsx.number(total.getCell(2))).isEqualByComparingTo("1");
    }
}
