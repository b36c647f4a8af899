package cn.jixiao.systemtests.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * A 项目支出绩效自评表 as printed, read from {@code forms/*.yaml}: the header, the funds block, the indicator rows
 * exactly as printed (blank cells, "/" rows, bare numbers), what the clerk completes later, and the printed 得分,
 * 总分 and 等级 the platform must reproduce.
 *
 * @param template {@code national}, a shipped template's id, or a district copy with its own qualitative scale
 * @param asCut    for a form cut off before its end: the total of what the printed page can score, else null
 */
record PrintedForm(String resource, String title, String editor, String overseer, Header header, Template template,
                   Funds funds, List<Row> rows, BigDecimal asCut, BigDecimal total, String grade) {

    /** 项目名称, 主管部门, 实施单位, year; the code is made unique per run. */
    record Header(String code, String name, int year, String competentDepartment, String implementingUnit) {
    }

    /**
     * The template the form was scored under.
     *
     * @param shipped          a platform template's id, e.g. budget10-performance90; null for a district copy
     * @param copyOf           the platform template a district copy starts from
     * @param qualitativeScale the copy's own grades, best first, in percent of a line's 分值
     */
    record Template(String shipped, String copyOf, String name, List<Band> qualitativeScale) {

        boolean national() {
            return "national-default".equals(shipped);
        }
    }

    record Band(String grade, BigDecimal from, BigDecimal to) {
    }

    /**
     * The funds block, in 元 (the form prints 万元).
     *
     * @param ledger  the payments booked, when the street keeps its ledger in Jixiao
     * @param summary 全年执行数 as a summary figure with its source, when it does not
     * @param rate    the printed 执行率, percent
     * @param score   the printed 得分 of the execution line
     */
    record Funds(BigDecimal initialBudget, BigDecimal fullYearBudget, String classification, List<Payment> ledger,
                 Summary summary, BigDecimal weight, BigDecimal rate, BigDecimal score) {

        BigDecimal executed() {
            return summary != null ? summary.executed()
                    : ledger.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record Payment(String date, BigDecimal amount, String payee, String voucher, String summary) {
    }

    record Summary(BigDecimal executed, String source, String note) {
    }

    /**
     * One indicator row as printed.
     *
     * @param target           年度指标值 as printed: "" for a blank cell, "/" for a row that does not apply
     * @param completedTarget  what the clerk writes into a blank 年度指标值 later
     * @param defaultDirection the target has no comparator, so the template's default direction scores it
     * @param weight           分值 as printed, "/" on a row that does not apply
     * @param actual           实际完成值 as printed (a bare number, 100 against ≥100百分比, 完成, …)
     * @param readAs           how the platform must read a bare number, e.g. 4个
     * @param judged           a text actual on a numeric target, left to the evaluator's judgement
     * @param grade            the grade the evaluator gives a 定性 line or a judged one
     * @param score            得分 as printed, "/" on a row that does not apply
     * @param addedLater       not on the printed page: added when the form is completed
     */
    record Row(String id, String category, String dimension, String name, String target, String completedTarget,
               boolean defaultDirection, String weight, String actual, String readAs, boolean judged, String grade,
               String score, String note, boolean addedLater) {

        boolean notApplicable() {
            return "/".equals(target);
        }

        boolean blankTarget() {
            return target == null || target.isBlank();
        }

        boolean graded() {
            return grade != null;
        }

        BigDecimal printedScore() {
            return notApplicable() ? BigDecimal.ZERO : new BigDecimal(score);
        }
    }

    static PrintedForm read(String resource) {
        try (InputStream in = PrintedForm.class.getResourceAsStream("/forms/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no form " + resource + " under forms/");
            }
            Map<String, Object> form = new Yaml().load(in);
            Map<String, Object> header = map(form, "header");
            return new PrintedForm(resource, text(form, "form"), text(form, "editor"), text(form, "overseer"),
                    new Header(text(header, "code"), text(header, "name"), ((Number) header.get("year")).intValue(),
                            text(header, "competentDepartment"), text(header, "implementingUnit")),
                    template(form.get("template")), funds(map(form, "funds")),
                    ((List<?>) form.get("rows")).stream().map(row -> row((Map<String, Object>) row)).toList(),
                    decimal(form, "asCut"), decimal(form, "total"), text(form, "grade"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template template(Object template) {
        if ("national".equals(template)) {
            return new Template("national-default", null, null, null);
        }
        Map<String, Object> settings = (Map<String, Object>) template;
        List<Band> scale = settings.get("qualitativeScale") == null ? null
                : ((List<?>) settings.get("qualitativeScale")).stream().map(band -> (Map<String, Object>) band)
                        .map(band -> new Band(text(band, "grade"), decimal(band, "from"), decimal(band, "to"))).toList();
        return new Template(text(settings, "shipped"), text(settings, "copyOf"), text(settings, "name"), scale);
    }

    private static Funds funds(Map<String, Object> funds) {
        List<Payment> ledger = funds.get("ledger") == null ? List.of()
                : ((List<?>) funds.get("ledger")).stream().map(payment -> (Map<String, Object>) payment)
                        .map(payment -> new Payment(text(payment, "date"), decimal(payment, "amount"), text(payment, "payee"),
                                text(payment, "voucher"), text(payment, "summary"))).toList();
        Map<String, Object> summary = map(funds, "summary");
        return new Funds(decimal(funds, "initialBudget"), decimal(funds, "fullYearBudget"), text(funds, "classification"),
                ledger, summary == null ? null : new Summary(decimal(summary, "executed"), text(summary, "source"),
                        text(summary, "note")),
                decimal(funds, "weight"), decimal(funds, "rate"), decimal(funds, "score"));
    }

    private static Row row(Map<String, Object> row) {
        return new Row(text(row, "id"), text(row, "category"), text(row, "dimension"), text(row, "name"),
                text(row, "target"), text(row, "completedTarget"), flag(row, "defaultDirection"), text(row, "weight"),
                text(row, "actual"), text(row, "readAs"), flag(row, "judged"), text(row, "grade"), text(row, "score"),
                text(row, "note"), flag(row, "addedLater"));
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    private static String text(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? null : value.toString();
    }

    private static boolean flag(Map<String, Object> parent, String key) {
        return Boolean.TRUE.equals(parent.get(key));
    }

    // the forms quote every figure, so no float ever stands between the printed text and the BigDecimal
    private static BigDecimal decimal(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException(key + " must be quoted in the form file, was " + value);
        }
        return value == null ? null : new BigDecimal((String) value);
    }
}
