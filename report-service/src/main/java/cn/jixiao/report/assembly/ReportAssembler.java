package cn.jixiao.report.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.document.Block;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.readmodel.Budget;
import cn.jixiao.report.readmodel.ClassificationAmount;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.EvidenceItem;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.Score;
import cn.jixiao.report.texts.SectionTexts;

/**
 * Assembles the 项目支出绩效自评报告 from report-service's read model and the street's texts, in the structure of
 * the seed report: its chapters in the template's order, numbered 一、（一）1., then the 自评表 as appendix. Every part
 * not yet filled becomes 未填写 and is listed in {@link ReportDocument#missing()}.
 */
public final class ReportAssembler {

    public static final String DOCUMENT_NAME = "项目支出绩效自评报告";

    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
            "分值", "得分", "偏差原因分析及改进措施");

    private ReportAssembler() {
    }

    public static ReportDocument assemble(ReportInputs inputs) {
        ProjectFacts project = inputs.project();
        Score score = FormAssembly.scoreOf(inputs.evaluation());
        Funds funds = Funds.of(project, score);
        SelfEvaluationForm form = FormAssembly.form(inputs, funds);
        BodyWriter body = new BodyWriter();
        for (String heading : inputs.outline().headings()) {
            body.chapter(heading);
            ReportSection.headed(heading).ifPresentOrElse(
                    section -> write(section, inputs, score, funds, form, body),
                    () -> body.unfilled(ReportPart.SECTION_CONTENT));
        }
        if (!SectionTexts.isWritten(form.goals().achieved())) {
            body.missing(ReportPart.GOALS_ACHIEVED);
        }
        return new ReportDocument(orEmpty(project.projectName()), DOCUMENT_NAME, project.implementingUnit(),
                !isFinal(inputs.evaluation()), body.blocks(), form, body.missing());
    }

    private static void write(ReportSection section, ReportInputs inputs, Score score, Funds funds,
                              SelfEvaluationForm form, BodyWriter body) {
        switch (section) {
            case PROJECT_BASICS -> projectBasics(inputs.project(), body);
            case EVALUATION_WORK -> evaluationWork(inputs.texts(), body);
            case CONCLUSION -> conclusion(inputs, score, form, body);
            case COST_BENEFIT -> costBenefit(inputs.project(), funds, body);
            case EXPERIENCE_AND_SUGGESTIONS -> experience(inputs.texts(), body);
            case EVIDENCE -> evidence(inputs.project().listedEvidence(), body);
        }
    }

    /** 一、项目基本情况: 项目概况, then 绩效目标 with the 总目标 and the numbered 年度目标. */
    private static void projectBasics(ProjectFacts project, BodyWriter body) {
        var details = project.details();
        body.section("项目概况");
        body.text(details == null ? null : details.overview(), ReportPart.OVERVIEW);
        body.section("绩效目标");
        body.item("总目标");
        body.text(details == null ? null : details.overallGoal(), ReportPart.OVERALL_GOAL);
        body.item("年度目标");
        List<String> goals = FormAssembly.annualGoals(project);
        if (goals.isEmpty()) {
            body.unfilled(ReportPart.ANNUAL_GOALS);
        }
        for (int i = 0; i < goals.size(); i++) {
            body.paragraph(HeadingNumbers.enumerated(i + 1) + goals.get(i).strip());
        }
    }

    /** 二、绩效评价工作情况: the street's four texts. */
    private static void evaluationWork(SectionTexts texts, BodyWriter body) {
        body.section("绩效评价目的");
        body.text(texts.purpose(), ReportPart.PURPOSE);
        body.section("绩效评价工作方案制定过程");
        body.text(texts.planning(), ReportPart.PLANNING);
        body.section("绩效评价原则、评价方法");
        body.text(texts.principlesAndMethods(), ReportPart.PRINCIPLES_AND_METHODS);
        body.section("绩效评价实施过程");
        body.text(texts.implementation(), ReportPart.IMPLEMENTATION);
    }

    /** 三、评价结论和绩效分析: the generated 评价结果, 主要绩效, and each indicator's result with the street's analysis. */
    private static void conclusion(ReportInputs inputs, Score score, SelfEvaluationForm form, BodyWriter body) {
        ProjectFacts project = inputs.project();
        body.section("评价结论");
        body.item("评价结果");
        if (score == null || score.total() == null) {
            body.unfilled(ReportPart.SCORE);
        } else {
            body.paragraph(ReportSentences.conclusion(project.year(), orEmpty(project.projectName()), score.total(),
                    score.grade(), score.gradeLabel(), score.reviewTotal(), score.reviewGrade()));
            body.add(ReportCharts.scoreByPart(score));
        }
        body.item("主要绩效");
        body.text(inputs.texts().mainAchievements(), ReportPart.MAIN_ACHIEVEMENTS);
        body.section("具体绩效分析");
        body.text(inputs.texts().performanceAnalysis(), ReportPart.PERFORMANCE_ANALYSIS);
        if (form.indicators().isEmpty()) {
            body.unfilled(ReportPart.INDICATORS);
            return;
        }
        if (form.indicators().stream().anyMatch(row -> !SectionTexts.isWritten(row.actual()))) {
            body.missing(ReportPart.ACTUALS);
        }
        body.add(new Block.Table("绩效指标完成情况", INDICATOR_HEADER,
                form.indicators().stream().map(ReportAssembler::indicatorCells).toList()));
        if (form.targetsNote() != null) {
            // the approved targets (and any 目标调整) the table lists, said where the reader compares them
            body.paragraph("注：" + form.targetsNote() + "。");
        }
        if (inputs.evaluation() != null) {
            SurveyAnalyses.write(inputs.evaluation().surveys(), body);
        }
    }

    private static List<String> indicatorCells(IndicatorRow row) {
        return List.of(row.category(), row.dimension(), row.name(), orEmpty(row.target()),
                SectionTexts.isWritten(row.actual()) ? row.actual() : Block.Unfilled.MARK,
                points(row.weight()), points(row.score()), orEmpty(row.deviationNote()));
    }

    /** 四、成本效益分析: the fund in 万元 by economic classification, and how much of it was spent. */
    private static void costBenefit(ProjectFacts project, Funds funds, BodyWriter body) {
        Budget budget = project.budget();
        if (budget == null || funds.fullYearBudget() == null) {
            body.unfilled(ReportPart.BUDGET);
            return;
        }
        List<ReportSentences.ClassShare> classes = budget.byClassification().stream()
                .map(line -> new ReportSentences.ClassShare(line.printedName(), line.amount())).toList();
        body.paragraph(ReportSentences.funds(project.year(), project.implementingUnit(),
                orEmpty(project.projectName()), funds.fullYearBudget(), classes));
        Map<String, Yuan> spentByClass = project.ledger() == null ? Map.of() : project.ledger().byClassification()
                .stream().collect(Collectors.toMap(ClassificationAmount::code, ClassificationAmount::amount, Yuan::plus));
        if (!budget.byClassification().isEmpty()) {
            body.add(classificationTable(budget, funds.fullYearBudget(), spentByClass));
        }
        if (funds.executed() == null) {
            body.unfilled(ReportPart.EXPENDITURE);
            return;
        }
        body.paragraph(ReportSentences.execution(funds.fullYearBudget(), funds.executed(), funds.ratePercent()));
        if (funds.marking() != null) {
            // a street without a ledger in Jixiao: the figure is not the sum of booked payments, and the reader is told
            body.paragraph("注：" + funds.marking() + "。");
        }
        body.add(ReportCharts.budgetAgainstSpending(budget, funds, spentByClass));
    }

    private static Block.Table classificationTable(Budget budget, Yuan total, Map<String, Yuan> spentByClass) {
        List<List<String>> rows = new ArrayList<>();
        for (ClassificationAmount line : budget.byClassification()) {
            Yuan spent = spentByClass.get(line.code());
            rows.add(List.of(line.code(), line.printedName(), ReportSentences.wan(line.amount()),
                    total.isZero() ? "—" : ReportSentences.percent(ReportSentences.rate(line.amount(), total)) + "%",
                    spent == null ? "—" : ReportSentences.wan(spent)));
        }
        return new Block.Table("资金按经济分类构成（万元）", List.of("科目编码", "经济分类", "预算数", "占比", "执行数"), rows);
    }

    /** 五、主要经验及做法、存在的问题和建议: the street's three texts. */
    private static void experience(SectionTexts texts, BodyWriter body) {
        body.section("主要经验及做法");
        body.text(texts.experience(), ReportPart.EXPERIENCE);
        body.section("存在的问题");
        body.text(texts.problems(), ReportPart.PROBLEMS);
        body.section("建议和改进措施");
        body.text(texts.suggestions(), ReportPart.SUGGESTIONS);
    }

    /** 六、佐证材料: the files still listed, numbered 1., 2., … in the order attached. */
    private static void evidence(List<EvidenceItem> listed, BodyWriter body) {
        if (listed.isEmpty()) {
            body.unfilled(ReportPart.EVIDENCE);
            return;
        }
        for (int i = 0; i < listed.size(); i++) {
            body.paragraph(HeadingNumbers.item(i + 1) + listed.get(i).title() + (i == listed.size() - 1 ? "。" : "；"));
        }
    }

    private static boolean isFinal(Evaluation evaluation) {
        return evaluation != null && EvaluationRecord.FINALIZED.equals(evaluation.status());
    }

    private static String points(BigDecimal value) {
        return value == null ? "" : ReportSentences.points(value);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
