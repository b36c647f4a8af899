package cn.jixiao.report.rendering.docx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.document.SelfEvaluationForm.FundsRow;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.rendering.IndicatorBlocks;

/**
 * The appendix 项目支出绩效自评表 on a page of its own, laid out as the national form: the header lines, then a
 * table with the project's name and units, the funds block and 年度总体目标, and flush under it the indicator
 * table: the indicator rows with their 一级 and 二级 groups merged vertically, and 总分, 等级 (and 复核总分 once the
 * district reviewed). The indicator part is a table of its own because Word repeats only a table's first rows on
 * the next page, and the row to repeat is the indicator header.
 */
final class SelfEvaluationFormTable {

    static final String TITLE = "项目支出绩效自评表";
    static final String UNIT = "单位：万元";
    static final String NOT_APPLICABLE = "—";
    static final List<String> FUNDS_HEADER = List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
            "分值", "得分", "偏差原因分析及改进措施");

    /** 项目资金 | source | the six amounts; also carries the name and unit lines. */
    private static final Band FUNDS = Band.of(800, 1700, 1050, 1050, 1050, 800, 1250, 1145);
    /** 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施; 一级 and 二级 four characters wide. */
    private static final Band INDICATORS = Band.of(1160, 1160, 1800, 1000, 1000, 650, 800, 1275);
    private static final RunStyle ATTACHMENT = RunStyle.of(Face.HEI, Size.SAN_HAO);
    private static final RunStyle FORM_TITLE = RunStyle.of(Face.SONG, Size.ER_HAO).bold();
    private static final RunStyle YEAR = RunStyle.of(Face.KAI, Size.SAN_HAO);

    private SelfEvaluationFormTable() {
    }

    static void write(XWPFDocument document, SelfEvaluationForm form) {
        XWPFParagraph attachment = document.createParagraph();
        attachment.setPageBreak(true);
        ATTACHMENT.write(attachment, "附件");
        FORM_TITLE.write(Paragraphs.centred(document, Paragraphs.TITLE_LINE_POINTS), TITLE);
        YEAR.write(Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS), "（" + form.year() + "年度）");
        XWPFParagraph unit = Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS);
        unit.setAlignment(ParagraphAlignment.RIGHT);
        Cell.TEXT.write(unit, UNIT);

        DocxTable head = DocxTable.create(document, List.of(FUNDS));
        header(head, form);
        funds(head, form.funds());
        goals(head, form.goals());
        Paragraphs.tableJoint(document);
        DocxTable indicators = DocxTable.create(document, List.of(INDICATORS));
        indicators(indicators, form.indicators());
        totals(indicators, form);
        note(document, form.fundsNote());
        note(document, form.targetsNote());
    }

    /** A footnote under the form, 「注：…。」, where there is one. */
    private static void note(XWPFDocument document, String text) {
        if (text != null) {
            XWPFParagraph note = Paragraphs.centred(document, Paragraphs.BODY_LINE_POINTS);
            note.setAlignment(ParagraphAlignment.LEFT);
            Cell.TEXT.write(note, "注：" + text + "。");
        }
    }

    private static void header(DocxTable table, SelfEvaluationForm form) {
        table.row(FUNDS).cell(0, 1, Cell.centred("项目名称")).cell(2, 7, Cell.text(form.projectName()));
        table.row(FUNDS)
                .cell(0, 1, Cell.centred("主管部门")).cell(2, 3, Cell.text(form.competentDepartment()))
                .cell(4, Cell.centred("实施单位")).cell(5, 7, Cell.text(form.implementingUnit()));
    }

    private static void funds(DocxTable table, List<FundsRow> funds) {
        DocxTable.Row header = table.row(FUNDS).cell(0, Cell.centred("项目资金（万元）").mergedDown())
                .cell(1, Cell.centred(""));
        for (int column = 0; column < FUNDS_HEADER.size(); column++) {
            header.cell(column + 2, Cell.centred(FUNDS_HEADER.get(column)));
        }
        for (FundsRow row : funds) {
            table.row(FUNDS).cell(0, Cell.mergedIntoAbove())
                    .cell(1, Cell.text(row.label()))
                    .cell(2, Cell.centred(wan(row.initialBudget())))
                    .cell(3, Cell.centred(wan(row.fullYearBudget())))
                    .cell(4, Cell.centred(wan(row.executed())))
                    .cell(5, Cell.centred(plain(row.weight())))
                    .cell(6, Cell.centred(percent(row.ratePercent())))
                    .cell(7, Cell.centred(plain(row.score())));
        }
    }

    private static void goals(DocxTable table, SelfEvaluationForm.GoalsRow goals) {
        table.row(FUNDS).cell(0, Cell.centred("年度总体目标").mergedDown())
                .cell(1, 3, Cell.centred("预期目标")).cell(4, 7, Cell.centred("实际完成情况"));
        table.row(FUNDS).cell(0, Cell.mergedIntoAbove())
                .cell(1, 3, Cell.text(goals.expected()))
                .cell(4, 7, goals.achieved() == null ? Cell.unfilled() : Cell.text(goals.achieved()));
    }

    /**
     * The indicator header, repeated at the top of every page the table runs onto, then one row per 三级指标 in
     * {@link IndicatorBlocks}: a block's 一级 cell opens at its first row and covers the block, a 二级 cell covers its
     * group, and every row of a block but its last is kept with the next, so a page break falls only between
     * blocks and never through a merged cell. (Every row is also kept from splitting, see {@link DocxTable}.)
     */
    private static void indicators(DocxTable table, List<IndicatorRow> indicators) {
        DocxTable.Row header = table.row(INDICATORS).repeatedAsHeader().keptWithNext();
        for (int column = 0; column < INDICATOR_HEADER.size(); column++) {
            header.cell(column, Cell.centred(INDICATOR_HEADER.get(column)));
        }
        IndicatorRows.write(table, INDICATORS, indicators, (line, row) -> line
                .cell(2, Cell.text(row.name()))
                .cell(3, Cell.centred(row.target()))
                .cell(4, Cell.centredOrUnfilled(row.actual()))
                .cell(5, Cell.centred(plain(row.weight())))
                .cell(6, Cell.centred(plain(row.score())))
                .cell(7, Cell.text(row.deviationNote())));
    }

    private static void totals(DocxTable table, SelfEvaluationForm form) {
        String weights = plain(totalWeight(form));
        table.row(INDICATORS).cell(0, 4, Cell.centred("总分")).cell(5, Cell.centred(weights))
                .cell(6, Cell.centred(plain(form.total()))).cell(7, Cell.centred(""));
        if (form.reviewTotal() != null) {
            table.row(INDICATORS).cell(0, 4, Cell.centred("复核总分")).cell(5, Cell.centred(weights))
                    .cell(6, Cell.centred(plain(form.reviewTotal()))).cell(7, Cell.centred(""));
        }
        table.row(INDICATORS).cell(0, 4, Cell.centred("等级"))
                .cell(5, 7, form.gradeLabel() == null ? Cell.unfilled() : Cell.centred(form.gradeLabel()));
    }

    /** The 分值 of 总分: the funds block's weight plus every indicator's, 100 on a complete template. */
    private static BigDecimal totalWeight(SelfEvaluationForm form) {
        BigDecimal funds = form.funds().stream().map(FundsRow::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return form.indicators().stream().map(IndicatorRow::weight).filter(Objects::nonNull)
                .reduce(funds, BigDecimal::add);
    }

    /** An amount in 万元 with two decimals, as the form prints them. */
    static String wan(Yuan amount) {
        return amount == null ? NOT_APPLICABLE : amount.inWan().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? NOT_APPLICABLE : value.toPlainString();
    }

    private static String percent(BigDecimal ratePercent) {
        return ratePercent == null ? NOT_APPLICABLE : ratePercent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
