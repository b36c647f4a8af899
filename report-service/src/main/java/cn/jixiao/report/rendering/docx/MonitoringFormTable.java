package cn.jixiao.report.rendering.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.rendering.Figures;

/**
 * The 项目支出绩效运行监控表 laid out as an official form: the title with the year, the round and 截至日期, the
 * project table (名称, 编码, 主管部门, 实施单位), then 资金执行情况 (全年预算数, 执行数, 执行率, 序时进度 or 计划执行率,
 * 偏差, 原因, 纠偏措施), 绩效指标完成情况 grouped by 一级 and 二级 (merged as on the 自评表), and 审核意见 last. Each
 * deviation reads 红灯, 黄灯 or 绿灯 in words, which a black-and-white print keeps.
 */
final class MonitoringFormTable {

    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "当前完成值",
            "全年预计完成值", "偏差", "偏差原因", "纠偏措施");

    /** label | value | label | value. */
    private static final Band HEAD = Band.of(2000, 2423, 2000, 2422);
    /** 全年预算数 | 执行数 | 执行率 | 序时进度 | 偏差 | 原因 | 纠偏措施. */
    private static final Band SPENDING = Band.of(1150, 1150, 1000, 1000, 850, 1850, 1845);
    /** 一级 | 二级 | 三级 | 年度指标值 | 当前完成值 | 全年预计完成值 | 偏差 | 原因 | 纠偏措施. */
    private static final Band INDICATORS = Band.of(800, 900, 1500, 900, 900, 900, 700, 1120, 1125);
    private static final RunStyle TITLE = RunStyle.of(Face.SONG, Size.ER_HAO).bold();
    private static final RunStyle ROUND = RunStyle.of(Face.KAI, Size.SAN_HAO);
    private static final RunStyle SECTION = RunStyle.of(Face.HEI, Size.SI_HAO);

    private MonitoringFormTable() {
    }

    static void write(XWPFDocument document, MonitoringForm form) {
        TITLE.write(Paragraphs.centred(document, Paragraphs.TITLE_LINE_POINTS), form.title());
        if (form.roundName() != null) {
            ROUND.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), "（" + form.roundName() + "）");
        }
        XWPFParagraph asOf = Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS);
        asOf.setAlignment(ParagraphAlignment.LEFT);
        Cell.TEXT.write(asOf, "截至日期：" + form.asOf() + "　　　　单位：万元");

        DocxTable head = DocxTable.create(document, List.of(HEAD));
        head.row(HEAD).cell(0, Cell.centred("项目名称")).cell(1, 3, Cell.text(form.projectName()));
        head.row(HEAD).cell(0, Cell.centred("项目编码")).cell(1, 3, Cell.text(orNone(form.projectCode())));
        head.row(HEAD).cell(0, Cell.centred("主管部门")).cell(1, Cell.text(orNone(form.competentDepartment())))
                .cell(2, Cell.centred("实施单位")).cell(3, Cell.text(orNone(form.implementingUnit())));

        SECTION.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), "资金执行情况");
        spending(DocxTable.create(document, List.of(SPENDING)), form.spending());
        SECTION.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), "绩效指标完成情况");
        indicators(DocxTable.create(document, List.of(INDICATORS)), form.indicators());
        SECTION.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), "审核意见");
        review(DocxTable.create(document, List.of(HEAD)), form.review());
    }

    private static void spending(DocxTable table, MonitoringForm.Spending spending) {
        table.row(SPENDING).cell(0, Cell.centred("全年预算数")).cell(1, Cell.centred("执行数"))
                .cell(2, Cell.centred("执行率")).cell(3, Cell.centred(spending.planLabel()))
                .cell(4, Cell.centred("偏差")).cell(5, Cell.centred("偏差原因")).cell(6, Cell.centred("纠偏措施"));
        table.row(SPENDING).cell(0, Cell.centred(Figures.wan(spending.fullYearBudget())))
                .cell(1, Cell.centred(Figures.wan(spending.executed())))
                .cell(2, Cell.centred(Figures.percent(spending.executionRate())))
                .cell(3, Cell.centred(Figures.percent(spending.plannedPercent())))
                .cell(4, Cell.centred(orNone(spending.deviation())))
                .cell(5, Cell.text(spending.cause()))
                .cell(6, Cell.text(spending.measure()));
    }

    private static void indicators(DocxTable table, List<MonitoringForm.IndicatorRow> indicators) {
        DocxTable.Row header = table.row(INDICATORS).repeatedAsHeader().keptWithNext();
        for (int column = 0; column < INDICATOR_HEADER.size(); column++) {
            header.cell(column, Cell.centred(INDICATOR_HEADER.get(column)));
        }
        if (indicators.isEmpty()) {
            table.row(INDICATORS).cell(0, 8, Cell.centred(Figures.NONE));
        }
        IndicatorRows.write(table, INDICATORS, indicators, (line, row) -> line
                .cell(2, Cell.text(row.name()))
                .cell(3, Cell.centred(orNone(row.target())))
                .cell(4, Cell.centred(orNone(row.progress())))
                .cell(5, Cell.centred(orNone(row.expected())))
                .cell(6, Cell.centred(orNone(row.deviation())))
                .cell(7, Cell.text(row.cause()))
                .cell(8, Cell.text(row.measure())));
    }

    private static void review(DocxTable table, MonitoringForm.Review review) {
        table.row(HEAD).cell(0, Cell.centred("审核状态")).cell(1, 3, Cell.text(review.status()));
        table.row(HEAD).cell(0, Cell.centred("审核人")).cell(1, Cell.centred(orNone(review.reviewedBy())))
                .cell(2, Cell.centred("审核日期")).cell(3, Cell.centred(orNone(review.date())));
        table.row(HEAD).cell(0, Cell.centred("审核意见")).cell(1, 3, Cell.text(orNone(review.comment())));
    }

    private static String orNone(String text) {
        return text == null ? Figures.NONE : text;
    }
}
