package cn.jixiao.report.rendering.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.JinchenMonitoring;
import cn.jixiao.report.rendering.JinchenMonitoringForm;

import static org.assertj.core.api.Assertions.assertThat;

/** The 金辰 2023 mid-year 绩效监控表 rendered to DOCX, re-opened with POI and read as the printed form. */
class DocxMonitoringFormatTest {

    private static RenderedDocx docx;

    @BeforeAll
    static void render() throws Exception {
        docx = new RenderedDocx(new DocxMonitoringFormat().render(JinchenMonitoringForm.returned()));
        docx.keepAs("jinchen-monitoring.docx");
    }

    @AfterAll
    static void close() throws Exception {
        docx.close();
    }

    @Test
    void theTitleNamesTheYearTheRoundAndTheDateTheFiguresAreTakenAt() {
        assertThat(docx.paragraphs()).extracting(paragraph -> paragraph.getText()).startsWith(
                "2023年项目支出绩效运行监控表", "（2023年年中绩效监控）", "截至日期：2023年6月30日　　　　单位：万元");
        List<XWPFTableRow> head = docx.document.getTables().get(0).getRows();
        assertThat(RenderedDocx.cellTexts(head.get(0))).containsExactly("项目名称", JinchenEvents.NAME);
        assertThat(RenderedDocx.cellTexts(head.get(1))).containsExactly("项目编码", JinchenEvents.CODE);
        assertThat(RenderedDocx.cellTexts(head.get(2))).containsExactly("主管部门", JinchenEvents.UNIT, "实施单位",
                JinchenEvents.UNIT);
    }

    @Test
    void theSpendingLineShowsTheExactAmountsInWanAndItsDeviationInWords() {
        XWPFTable spending = docx.document.getTables().get(1);

        assertThat(docx.paragraph("资金执行情况")).isNotNull();
        assertThat(RenderedDocx.cellTexts(spending.getRow(0))).containsExactly("全年预算数", "执行数", "执行率", "序时进度",
                "偏差", "偏差原因", "纠偏措施");
        assertThat(RenderedDocx.cellTexts(spending.getRow(1))).containsExactly("200.00", "56.01", "28.01%", "50.00%",
                "红灯", JinchenMonitoring.SPENDING_CAUSE, JinchenMonitoring.SPENDING_MEASURE);
    }

    @Test
    void theIndicatorLinesAreGroupedByFirstAndSecondLevelWithTheirMergedCells() {
        List<XWPFTableRow> rows = docx.document.getTables().get(2).getRows();

        assertThat(RenderedDocx.cellTexts(rows.get(0))).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值",
                "当前完成值", "全年预计完成值", "偏差", "偏差原因", "纠偏措施");
        assertThat(rows.get(0).isRepeatHeader()).isTrue();
        assertThat(RenderedDocx.cellTexts(rows.get(1))).containsExactly("产出指标", "数量指标", "开展民族团结进步主题活动次数",
                "≥10次", "3次", "8次", "红灯", JinchenMonitoring.ACTIVITIES_CAUSE, JinchenMonitoring.ACTIVITIES_MEASURE);
        assertThat(RenderedDocx.cellTexts(rows.get(2))).containsExactly("", "",
                "建成示范街区文化主题公园数量（悬壶水景、茶马古道、同心筑梦）", "=3个", "1个", "3个", "绿灯", "", "");
        assertThat(RenderedDocx.verticalMerge(rows.get(1).getCell(0))).isEqualTo("restart");
        assertThat(RenderedDocx.verticalMerge(rows.get(2).getCell(0))).isEqualTo("continue");
        assertThat(RenderedDocx.verticalMerge(rows.get(2).getCell(1))).isEqualTo("continue");
        assertThat(RenderedDocx.cellTexts(rows.get(3))).as("no expected value: 全年预计完成值 —, yellow")
                .containsExactly("效益指标", "社会效益指标", "各族群众参与主题活动人次", "≥3000人次", "1150人次", "—", "黄灯",
                        "下半年活动计划尚未确定", "8月前确定活动计划");
        assertThat(RenderedDocx.cellTexts(rows.get(4))).startsWith("满意度指标", "服务对象满意度指标", "辖区居民满意度");
        assertThat(rows).hasSize(5);
    }

    @Test
    void theDistrictsReviewComesLast() {
        List<XWPFTable> tables = docx.document.getTables();
        List<XWPFTableRow> review = tables.get(tables.size() - 1).getRows();

        assertThat(RenderedDocx.cellTexts(review.get(0))).containsExactly("审核状态", "已退回");
        assertThat(RenderedDocx.cellTexts(review.get(1))).containsExactly("审核人", "panlong-overseer", "审核日期",
                "2023年7月22日");
        assertThat(RenderedDocx.cellTexts(review.get(2))).containsExactly("审核意见", JinchenMonitoring.RETURN_COMMENT);
    }
}
