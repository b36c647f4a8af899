package cn.jixiao.report.rendering.docx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.rendering.Figures;
import cn.jixiao.report.rendering.IndicatorBlocks;

/**
 * The 绩效目标表 laid out as the 项目支出绩效目标申报表: title and year, then one table of the project, its units, the
 * funds block and 年度总体目标; flush under it the 绩效指标 table (一级 and 二级 merged over their groups, as on the
 * 自评表) with its 合计; then the approval line and, where there were any, the 目标调整. Targets not approved carry
 * 未批复 under the title and at the head of every page.
 */
final class TargetsFormTable {

    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值（年度指标值）", "分值");
    static final List<String> ADJUSTMENT_HEADER = List.of("批复日期", "调整原因", "申请人", "批复人", "目标版本", "意见");

    /** label | name of the source or the value | 年初预算数 | 全年预算数; the name and units rows span these. */
    private static final Band HEAD = Band.of(2000, 2245, 2300, 2300);
    /** 一级 | 二级 | 三级 | 指标值 | 分值. */
    private static final Band INDICATORS = Band.of(1250, 1350, 3645, 1700, 900);
    /** label | value | label | value: 批复人 and 批复日期 side by side. */
    private static final Band APPROVAL = Band.of(2000, 2245, 1500, 3100);
    /** 批复日期 | 调整原因 | 申请人 | 批复人 | 目标版本 | 意见. */
    private static final Band ADJUSTMENTS = Band.of(1750, 2600, 1150, 1150, 1200, 995);
    private static final RunStyle TITLE = RunStyle.of(Face.SONG, Size.ER_HAO).bold();
    private static final RunStyle YEAR = RunStyle.of(Face.KAI, Size.SAN_HAO);
    private static final RunStyle SECTION = RunStyle.of(Face.HEI, Size.SI_HAO);

    private TargetsFormTable() {
    }

    static void write(XWPFDocument document, TargetsForm form) {
        TITLE.write(Paragraphs.centred(document, Paragraphs.TITLE_LINE_POINTS), TargetsForm.TITLE);
        YEAR.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), "（" + form.year() + "年度）");
        if (form.stage() != null) {
            OfficialPage.DRAFT.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), form.stage());
        }
        XWPFParagraph unit = Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS);
        unit.setAlignment(ParagraphAlignment.RIGHT);
        Cell.TEXT.write(unit, "单位：万元");

        DocxTable head = DocxTable.create(document, List.of(HEAD));
        head.row(HEAD).cell(0, Cell.centred("项目名称")).cell(1, 3, Cell.text(form.projectName()));
        head.row(HEAD).cell(0, Cell.centred("主管部门")).cell(1, Cell.text(form.competentDepartment()))
                .cell(2, Cell.centred("实施单位")).cell(3, Cell.text(form.implementingUnit()));
        funds(head, form.funds());
        head.row(HEAD).cell(0, Cell.centred("年度总体目标"))
                .cell(1, 3, form.goals() == null ? Cell.unfilled() : Cell.text(form.goals()));
        Paragraphs.tableJoint(document);
        DocxTable indicators = DocxTable.create(document, List.of(INDICATORS));
        indicators(indicators, form.indicators());
        Paragraphs.tableJoint(document);
        approval(DocxTable.create(document, List.of(APPROVAL)), form.approval());
        if (!form.adjustments().isEmpty()) {
            SECTION.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), "目标调整");
            adjustments(DocxTable.create(document, List.of(ADJUSTMENTS)), form.adjustments());
        }
    }

    private static void funds(DocxTable table, List<TargetsForm.FundsLine> funds) {
        table.row(HEAD).cell(0, Cell.centred("项目资金（万元）").mergedDown()).cell(1, Cell.centred(""))
                .cell(2, Cell.centred("年初预算数")).cell(3, Cell.centred("全年预算数"));
        if (funds.isEmpty()) {
            table.row(HEAD).cell(0, Cell.mergedIntoAbove()).cell(1, Cell.text("年度资金总额"))
                    .cell(2, Cell.unfilled()).cell(3, Cell.unfilled());
        }
        for (TargetsForm.FundsLine line : funds) {
            table.row(HEAD).cell(0, Cell.mergedIntoAbove()).cell(1, Cell.text(line.label()))
                    .cell(2, Cell.centred(Figures.wan(line.initialBudget())))
                    .cell(3, Cell.centred(Figures.wan(line.fullYearBudget())));
        }
    }

    /** The header repeated on every page; a page break falls only between {@link IndicatorBlocks}. */
    private static void indicators(DocxTable table, List<IndicatorRow> indicators) {
        DocxTable.Row header = table.row(INDICATORS).repeatedAsHeader().keptWithNext();
        for (int column = 0; column < INDICATOR_HEADER.size(); column++) {
            header.cell(column, Cell.centred(INDICATOR_HEADER.get(column)));
        }
        if (indicators.isEmpty()) {
            table.row(INDICATORS).cell(0, 4, Cell.unfilled());
        }
        IndicatorRows.write(table, INDICATORS, indicators, (line, row) -> line
                .cell(2, Cell.text(row.name()))
                .cell(3, Cell.centredOrUnfilled(row.target()))
                .cell(4, Cell.centred(Figures.weight(row.weight()))));
        table.row(INDICATORS).cell(0, 3, Cell.centred("合计")).cell(4, Cell.centred(Figures.weight(total(indicators))));
    }

    private static void approval(DocxTable table, TargetsForm.Approval approval) {
        table.row(APPROVAL).cell(0, Cell.centred("审核状态")).cell(1, 3, Cell.text(approval.status()));
        table.row(APPROVAL).cell(0, Cell.centred("批复人")).cell(1, Cell.centred(orNone(approval.approvedBy())))
                .cell(2, Cell.centred("批复日期")).cell(3, Cell.centred(orNone(approval.date())));
        table.row(APPROVAL).cell(0, Cell.centred("意见")).cell(1, 3, Cell.text(orNone(approval.comment())));
    }

    private static void adjustments(DocxTable table, List<TargetsForm.Adjustment> adjustments) {
        DocxTable.Row header = table.row(ADJUSTMENTS).repeatedAsHeader();
        for (int column = 0; column < ADJUSTMENT_HEADER.size(); column++) {
            header.cell(column, Cell.centred(ADJUSTMENT_HEADER.get(column)));
        }
        for (TargetsForm.Adjustment adjustment : adjustments) {
            table.row(ADJUSTMENTS).cell(0, Cell.centred(adjustment.date()))
                    .cell(1, Cell.text(orNone(adjustment.reason())))
                    .cell(2, Cell.centred(orNone(adjustment.requestedBy())))
                    .cell(3, Cell.centred(orNone(adjustment.approvedBy())))
                    .cell(4, Cell.centred(revisions(adjustment)))
                    .cell(5, Cell.text(orNone(adjustment.comment())));
        }
    }

    /** 第3版→第5版: the targets' revisions before and after. */
    static String revisions(TargetsForm.Adjustment adjustment) {
        return "第" + adjustment.revisionBefore() + "版→第" + adjustment.revision() + "版";
    }

    static BigDecimal total(List<IndicatorRow> indicators) {
        return indicators.stream().map(IndicatorRow::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String orNone(String text) {
        return text == null ? Figures.NONE : text;
    }
}
