package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.bson.Document;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;
import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;
import cn.jixiao.evaluation.template.Grade;

/**
 * What the overview board holds of one project's latest round: only the columns the overview shows, sorts,
 * filters and totals, read from the evaluation as stored. About 15 references per project (the ids and names are
 * shared with nothing, the rest are small), so a province's 50,000 projects stay within a few tens of MB.
 *
 * @param version   the evaluation's optimistic-lock version: of two writes of the same round the higher is newer
 * @param rate      执行率 in %, two decimals, computed once; {@code null} without a budget
 * @param nameOrder the project name's place in 拼音 order, computed once per write: comparing two Chinese names with
 *                  the collator itself costs microseconds, which a sort of 6,000 names repeats 80,000 times
 */
record BoardRow(String evaluationId, String projectId, String districtId, String streetId, int year,
                String projectCode, String projectName, int round, long version, EvaluationStatus status,
                Yuan budget, Yuan executed, BigDecimal rate, BigDecimal selfScore, Grade selfGrade,
                BigDecimal reviewScore, Grade reviewGrade, List<MonthTotal> spentByMonth, CollationKey nameOrder) {

    /** Chinese names in 拼音 order, as a finance officer looks them up. */
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    /** The stored fields a row is read from; the indicators, actuals and score lines are most of each document. */
    static final List<String> FIELDS = List.of("_id", "projectId", "round", "version", "districtId", "tenantId", "year",
            "projectCode", "projectName", "workflow.status", "selfScore.inputs.fullYearBudget",
            "selfScore.inputs.executed", "selfScore.inputs.spentByMonth", "selfScore.inputs.executionSummary.executed",
            "selfScore.card.total", "selfScore.card.grade", "review.total", "review.grade");

    BoardRow {
        spentByMonth = List.copyOf(spentByMonth);
    }

    BoardRow(String evaluationId, String projectId, String districtId, String streetId, int year, String projectCode,
             String projectName, int round, long version, EvaluationStatus status, Yuan budget, Yuan executed,
             BigDecimal rate, BigDecimal selfScore, Grade selfGrade, BigDecimal reviewScore, Grade reviewGrade,
             List<MonthTotal> spentByMonth) {
        this(evaluationId, projectId, districtId, streetId, year, projectCode, projectName, round, version, status,
                budget, executed, rate, selfScore, selfGrade, reviewScore, reviewGrade, spentByMonth,
                projectName == null ? null : CHINESE.getCollationKey(projectName));
    }

    /** The row of a stored self-evaluation (or of one about to be, written by the store's converter). */
    static BoardRow of(Document stored) {
        Document selfScore = stored.get("selfScore", Document.class);
        Document inputs = selfScore == null ? null : selfScore.get("inputs", Document.class);
        Document card = selfScore == null ? null : selfScore.get("card", Document.class);
        Document review = stored.get("review", Document.class);
        Document workflow = stored.get("workflow", Document.class);
        Yuan budget = inputs == null ? null : StoredValues.yuan(inputs.get("fullYearBudget"));
        // the ledger's 全年执行数, else the summary figure of a street without one, as the score takes it
        Yuan executed = inputs == null ? null : StoredValues.yuan(inputs.get("executed"));
        if (executed == null && inputs != null && inputs.get("executionSummary") instanceof Document summary) {
            executed = StoredValues.yuan(summary.get("executed"));
        }
        Object status = workflow == null ? null : workflow.get("status");
        Number version = stored.get("version", Number.class);
        return new BoardRow(String.valueOf(stored.get("_id")), stored.getString("projectId"),
                stored.getString("districtId"), stored.getString("tenantId"), stored.getInteger("year", 0),
                stored.getString("projectCode"), stored.getString("projectName"), stored.getInteger("round", 1),
                version == null ? -1 : version.longValue(),
                status == null ? EvaluationStatus.DRAFT : EvaluationStatus.valueOf(status.toString()),
                budget, executed, OverviewRow.rate(budget, executed),
                card == null ? null : StoredValues.decimal(card.get("total")),
                card == null ? null : StoredValues.grade(card.get("grade")),
                review == null ? null : StoredValues.decimal(review.get("total")),
                review == null ? null : StoredValues.grade(review.get("grade")),
                inputs == null ? List.of() : StoredValues.months(inputs.get("spentByMonth")));
    }

    /** Whether this row is the same project's later state than {@code held}: a later round, or a later write of it. */
    boolean supersedes(BoardRow held) {
        return round > held.round || round == held.round && version >= held.version;
    }

    /** The grade that counts: the district's 复核 grade once set, else the self-evaluation's. */
    Grade grade() {
        return reviewGrade != null ? reviewGrade : selfGrade;
    }

    /** The score that decides the grade: the 复核 total once set, else the self-score. */
    BigDecimal gradingScore() {
        return reviewScore != null ? reviewScore : selfScore;
    }

    /** The 绩效监控 light as of {@code month}, none for a year not begun or nothing to measure. */
    InYearMonitoring monitoring(Integer month) {
        return month == null ? null : InYearMonitoring.of(budget, spentByMonth, month);
    }

    OverviewRow shown(InYearMonitoring monitoring) {
        return new OverviewRow(evaluationId, projectId, streetId, projectCode, projectName, round, status.name(), budget,
                executed, rate, selfScore, selfGrade, reviewScore, reviewGrade, grade(), monitoring);
    }
}
