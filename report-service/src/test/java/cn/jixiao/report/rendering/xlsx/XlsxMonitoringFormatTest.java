package cn.jixiao.report.rendering.xlsx;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.JinchenMonitoring;
import cn.jixiao.report.rendering.JinchenMonitoringForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 金辰 2023 mid-year 绩效监控表 as an Excel sheet, re-opened with POI: the same form as the DOCX, with amounts
 * and rates as numbers in formatted cells.
 */
class XlsxMonitoringFormatTest {

    private static RenderedXlsx xlsx;
    private static XSSFSheet sheet;

    @BeforeAll
    static void render() {
        xlsx = new RenderedXlsx(new XlsxMonitoringFormat().render(JinchenMonitoringForm.returned()));
        sheet = xlsx.workbook.getSheet("绩效运行监控表");
    }

    @AfterAll
    static void close() throws Exception {
        xlsx.close();
    }

    @Test
    void theHeadNamesTheYearTheRoundTheDateAndTheProject() {
        assertThat(text(0, 0)).isEqualTo("2023年项目支出绩效运行监控表");
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 8));
        assertThat(text(1, 0)).isEqualTo("2023年年中绩效监控　截至日期：2023年6月30日");
        assertThat(text(1, 6)).isEqualTo("单位：万元");
        assertThat(text(2, 0)).isEqualTo("项目名称");
        assertThat(text(2, 1)).isEqualTo(JinchenEvents.NAME);
        assertThat(text(2, 7)).isEqualTo(JinchenEvents.CODE);
        assertThat(text(3, 0)).isEqualTo("主管部门");
        assertThat(text(3, 6)).isEqualTo("实施单位");
    }

    @Test
    void amountsAreNumbersInWanAndRatesArePercentagesNotText() {
        int row = rowStarting("全年预算数");
        Row values = sheet.getRow(row + 1);

        assertThat(text(row - 1, 0)).isEqualTo("资金执行情况");
        assertThat(RenderedXlsx.number(values.getCell(0))).isEqualByComparingTo("200");
        assertThat(RenderedXlsx.number(values.getCell(1))).as("560,123.45 元 exactly, in 万元")
                .isEqualByComparingTo(new BigDecimal("56.012345"));
        assertThat(RenderedXlsx.format(values.getCell(1))).isEqualTo("#,##0.00");
        assertThat(RenderedXlsx.number(values.getCell(2))).isEqualByComparingTo("0.2801");
        assertThat(RenderedXlsx.format(values.getCell(2))).isEqualTo("0.00%");
        assertThat(text(row, 3)).isEqualTo("序时进度");
        assertThat(RenderedXlsx.number(values.getCell(3))).isEqualByComparingTo("0.5");
        assertThat(values.getCell(4).getStringCellValue()).isEqualTo("红灯");
        assertThat(values.getCell(5).getStringCellValue()).isEqualTo(JinchenMonitoring.SPENDING_CAUSE);
        assertThat(values.getCell(7).getStringCellValue()).isEqualTo(JinchenMonitoring.SPENDING_MEASURE);
    }

    @Test
    void theIndicatorLinesAreGroupedByFirstAndSecondLevelInMergedCells() {
        int header = rowStarting("一级指标");
        assertThat(RenderedXlsx.texts(sheet.getRow(header))).containsExactly("一级指标", "二级指标", "三级指标",
                "年度指标值", "当前完成值", "全年预计完成值", "偏差", "偏差原因", "纠偏措施");
        assertThat(RenderedXlsx.texts(sheet.getRow(header + 1))).containsExactly("产出指标", "数量指标",
                "开展民族团结进步主题活动次数", "≥10次", "3次", "8次", "红灯", JinchenMonitoring.ACTIVITIES_CAUSE,
                JinchenMonitoring.ACTIVITIES_MEASURE);
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(header + 1, header + 2, 0, 0),
                new CellRangeAddress(header + 1, header + 2, 1, 1));
        assertThat(text(header + 3, 0)).isEqualTo("效益指标");
        assertThat(text(header + 3, 6)).isEqualTo("黄灯");
        assertThat(text(header + 4, 0)).isEqualTo("满意度指标");
        assertThat(text(header + 4, 6)).isEqualTo("绿灯");
    }

    @Test
    void theDistrictsReviewComesLast() {
        int status = rowStarting("审核状态");

        assertThat(text(status, 1)).isEqualTo("已退回");
        assertThat(text(status, 4)).isEqualTo("panlong-overseer");
        assertThat(text(status, 7)).isEqualTo("2023年7月22日");
        assertThat(text(status + 1, 0)).isEqualTo("审核意见");
        assertThat(text(status + 1, 1)).isEqualTo(JinchenMonitoring.RETURN_COMMENT);
        assertThat(status + 1).isEqualTo(sheet.getLastRowNum());
    }

    private static String text(int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static int rowStarting(String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && text.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No row starts with 「" + text + "」");
    }
}
