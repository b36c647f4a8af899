package cn.jixiao.report.assembly;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.contracts.evaluation.SurveyAnalysis;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.document.Block;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.readmodel.EvaluationEventMapping;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.texts.SectionTexts;
import cn.jixiao.report.texts.StandardWording;

import static cn.jixiao.report.readmodel.ProjectEventMapping.details;
import static cn.jixiao.report.readmodel.ProjectEventMapping.indicators;
import static cn.jixiao.report.readmodel.ProjectEventMapping.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReportAssemblerTest {

    private final JinchenEvents jinchen = new JinchenEvents();

    private ReportDocument finalJinchenReport() {
        return ReportAssembler.assemble(new ReportInputs(jinchen.facts(), jinchen.evaluation("FINALIZED", 7),
                JinchenReportTexts.TEXTS, ReportOutline.standard()));
    }

    @Test
    void theFinalizedJinchenReportIsCompleteAndNoDraft() {
        ReportDocument report = finalJinchenReport();

        assertThat(report.missing()).isEmpty();
        assertThat(report.draft()).isFalse();
        assertThat(report.projectName()).isEqualTo(JinchenEvents.NAME);
        assertThat(report.documentName()).isEqualTo("项目支出绩效自评报告");
        assertThat(report.issuer()).isEqualTo(JinchenEvents.UNIT);
        assertThat(report.body()).noneMatch(Block.Unfilled.class::isInstance);
    }

    @Test
    void theChaptersAreTheSeedsSixNumberedOneToSix() {
        assertThat(headings(finalJinchenReport(), 1)).containsExactly("一、项目基本情况", "二、绩效评价工作情况",
                "三、评价结论和绩效分析", "四、成本效益分析", "五、主要经验及做法、存在的问题和建议", "六、佐证材料");
    }

    @Test
    void sectionsAndItemsAreNumberedAfreshUnderEachChapter() {
        assertThat(headings(finalJinchenReport(), 2)).containsExactly("（一）项目概况", "（二）绩效目标",
                "（一）绩效评价目的", "（二）绩效评价工作方案制定过程", "（三）绩效评价原则、评价方法", "（四）绩效评价实施过程",
                "（一）评价结论", "（二）具体绩效分析",
                "（一）主要经验及做法", "（二）存在的问题", "（三）建议和改进措施");
        assertThat(headings(finalJinchenReport(), 3)).containsExactly("1.总目标", "2.年度目标", "1.评价结果", "2.主要绩效");
    }

    @Test
    void theGoalsFollowTheOverviewWithEveryAnnualGoalNumbered() {
        List<String> paragraphs = paragraphs(finalJinchenReport());

        assertThat(paragraphs).contains(JinchenEvents.OVERVIEW, JinchenEvents.OVERALL_GOAL);
        for (int i = 0; i < JinchenEvents.ANNUAL_GOALS.size(); i++) {
            assertThat(paragraphs).contains("（" + (i + 1) + "）" + JinchenEvents.ANNUAL_GOALS.get(i));
        }
    }

    @Test
    void theConclusionStatesTheScoreAndTheGradeInTheSeedsWords() {
        assertThat(paragraphs(finalJinchenReport())).contains("我单位2023年创建全省民族团结进步示范街道专项资金项目支出绩效"
                + "自评分98.00分，自评结果为优秀，达成了预期的绩效目标，切实做到了用实、用好财政资金。");
    }

    @Test
    void theCostChapterStatesTheFundInWanAndThatItIsAllCommissionedServices() {
        List<String> paragraphs = paragraphs(finalJinchenReport());

        assertThat(paragraphs).contains("2023年度昆明市盘龙区人民政府金辰街道办事处创建全省民族团结进步示范街道专项资金"
                + "200.00万元（全部为委托业务费）。", "全年预算数200.00万元，全年执行数200.00万元，预算执行率100.00%。");
        assertThat(tables(finalJinchenReport())).filteredOn(table -> table.caption().startsWith("资金按经济分类"))
                .singleElement().satisfies(table -> assertThat(table.rows())
                        .containsExactly(List.of("30227", "委托业务费", "200.00", "100.00%", "200.00")));
    }

    @Test
    void theIndicatorAnalysisTablesEveryIndicatorWithTargetActualScoreAndDeviationNote() {
        Block.Table table = tables(finalJinchenReport()).stream()
                .filter(one -> one.caption().equals("绩效指标完成情况")).findFirst().orElseThrow();

        assertThat(table.header()).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                "得分", "偏差原因分析及改进措施");
        assertThat(table.rows()).hasSize(JinchenEvents.INDICATORS.size());
        assertThat(table.rows().get(0)).containsExactly("产出指标", "数量指标", "开展民族团结进步主题活动次数", "≥10次", "9次",
                "20.00", "18.00", JinchenEvents.INDICATORS.get(0).deviationNote());
    }

    @Test
    void eachSatisfactionSurveyIsAnalysedUnderTheIndicatorsWithItsCountsAndEveryAnswer() {
        EvaluationSnapshot finalized = jinchen.snapshot("FINALIZED", 7);
        SurveyAnalysis residents = new SurveyAnalysis("sv-1", "jc-residents", "金辰街道民族团结进步创建居民满意度调查问卷",
                205, 200, 192, new BigDecimal("96.00"), List.of(new SurveyAnalysis.Question("您对示范街区建设是否满意？", List.of(
                        new SurveyAnalysis.AnswerCount("非常满意", 150, true), new SurveyAnalysis.AnswerCount("满意", 42, true),
                        new SurveyAnalysis.AnswerCount("一般", 6, false), new SurveyAnalysis.AnswerCount("不满意", 2, false),
                        new SurveyAnalysis.AnswerCount("非常不满意", 0, false)))));
        EvaluationSnapshot surveyed = new EvaluationSnapshot(finalized.evaluationId(), finalized.projectId(),
                finalized.districtId(), finalized.streetId(), finalized.projectCode(), finalized.projectName(),
                finalized.year(), finalized.round(), finalized.status(), finalized.score(), null, List.of(residents),
                null, null, 7);

        ReportDocument report = ReportAssembler.assemble(new ReportInputs(jinchen.facts(),
                EvaluationEventMapping.evaluation(surveyed),
                JinchenReportTexts.TEXTS, ReportOutline.standard()));

        assertThat(report.body()).filteredOn(Block.Paragraph.class::isInstance).map(block -> ((Block.Paragraph) block).text())
                .contains("《金辰街道民族团结进步创建居民满意度调查问卷》共回收问卷205份，其中有效问卷200份；表示满意的192人，满意度为96.00%。");
        Block.Table analysis = tables(report).stream().filter(one -> one.caption().startsWith("社会调查问卷分析"))
                .findFirst().orElseThrow();
        assertThat(analysis.rows()).containsExactly(List.of("您对示范街区建设是否满意？",
                "非常满意 150人，满意 42人，一般 6人，不满意 2人，非常不满意 0人"));
        assertThat(report.body().indexOf(analysis)).as("after the indicator table")
                .isGreaterThan(report.body().indexOf(tables(report).stream()
                        .filter(one -> one.caption().equals("绩效指标完成情况")).findFirst().orElseThrow()));
    }

    @Test
    void theStreetsAnalysisPrecedesTheIndicatorTable() {
        List<Block> body = finalJinchenReport().body();
        int analysis = body.indexOf(new Block.Heading(2, "（二）", "具体绩效分析"));

        assertThat(body.get(analysis + 1)).isEqualTo(new Block.Paragraph("1.民族团结活动更加充实"));
        assertThat(body.subList(analysis, body.size())).filteredOn(Block.Table.class::isInstance).first()
                .extracting(block -> ((Block.Table) block).caption()).isEqualTo("绩效指标完成情况");
    }

    @Test
    void twoChartsShowTheScoreByPartAndTheBudgetAgainstSpending() {
        List<Block.Chart> charts = finalJinchenReport().body().stream()
                .filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast).toList();

        assertThat(charts).extracting(Block.Chart::title).containsExactly("各部分得分与分值对比", "预算与执行对比");
        assertThat(charts.get(0).categories()).containsExactly("预算执行率", "产出指标", "效益指标", "满意度指标");
        assertThat(charts.get(0).series()).extracting(Block.Chart.Series::name).containsExactly("分值", "得分");
        assertThat(charts.get(0).series().get(1).values()).extracting(Object::toString)
                .containsExactly("10.00", "48.00", "30.00", "10.00");
        assertThat(charts.get(1).series()).extracting(series -> series.values().get(0).toPlainString())
                .containsExactly("200.00", "200.00");
    }

    @Test
    void theEvidenceIsListedInTheOrderAttached() {
        List<String> paragraphs = paragraphs(finalJinchenReport());

        assertThat(paragraphs.subList(paragraphs.size() - 6, paragraphs.size())).containsExactly("1.绩效评价指标体系；",
                "2.基础数据表；", "3.访谈分析报告；", "4.社会调查问卷分析报告；", "5.市政府相关规划、决策、批复；立项申请、批复文件；",
                "6.绩效目标申报表。");
    }

    @Test
    void aWithdrawnFileLeavesTheListAndTheFilesAfterItMoveUp() {
        ProjectFacts facts = jinchen.facts().withWithdrawn(jinchen.projectId() + "-ev-2");
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(facts, jinchen.evaluation("FINALIZED", 7),
                JinchenReportTexts.TEXTS, ReportOutline.standard()));

        assertThat(paragraphs(report)).contains("2.访谈分析报告；", "5.绩效目标申报表。").doesNotContain("2.基础数据表；");
    }

    @Test
    void theFormHasTheFundsTheGoalsEveryIndicatorGroupedAndTheTotal() {
        SelfEvaluationForm form = finalJinchenReport().form();

        assertThat(form.funds()).extracting(SelfEvaluationForm.FundsRow::label)
                .containsExactly("年度资金总额", "其中：本年财政拨款");
        assertThat(form.funds().get(0).score()).isEqualByComparingTo("10.00");
        assertThat(form.funds().get(0).ratePercent()).isEqualByComparingTo("100.00");
        assertThat(form.goals().expected()).contains("总目标：", "（4）促进社区和谐");
        assertThat(form.goals().achieved()).isEqualTo(JinchenReportTexts.TEXTS.goalsAchieved());
        assertThat(form.indicators()).extracting(SelfEvaluationForm.IndicatorRow::category,
                        SelfEvaluationForm.IndicatorRow::dimension, SelfEvaluationForm.IndicatorRow::name)
                .containsExactlyElementsOf(JinchenEvents.INDICATORS.stream().map(line -> tuple(
                        line.dimension().category().label(), line.dimension().label(), line.name())).toList());
        assertThat(form.total()).isEqualByComparingTo("98.00");
        assertThat(form.gradeLabel()).isEqualTo("优秀");
        assertThat(form.reviewTotal()).isNull();
    }

    @Test
    void theFormGroupsTheIndicatorsByFirstThenSecondLevelWhateverTheProjectsOrder() {
        ScoreBreakdown score = JinchenEvents.score();
        List<ScoreBreakdown.IndicatorLine> reversed = new ArrayList<>(score.indicators());
        Collections.reverse(reversed);
        ScoreBreakdown reordered = new ScoreBreakdown(score.templateId(), score.templateVersion(), score.execution(),
                reversed, score.parts(), score.total(), score.grade(), score.gradeLabel(), score.reviewTotal(),
                score.reviewGrade(), score.explanationLines());
        EvaluationSnapshot snapshot = jinchen.snapshot("FINALIZED", 7);
        EvaluationSnapshot evaluation = new EvaluationSnapshot(snapshot.evaluationId(), snapshot.projectId(),
                snapshot.districtId(), snapshot.streetId(), snapshot.projectCode(), snapshot.projectName(),
                snapshot.year(), snapshot.round(), snapshot.status(), reordered, null, List.of(), null, null, 7);

        List<SelfEvaluationForm.IndicatorRow> rows = ReportAssembler.assemble(new ReportInputs(jinchen.facts(),
                EvaluationEventMapping.evaluation(evaluation), JinchenReportTexts.TEXTS, ReportOutline.standard())).form().indicators();

        assertThat(rows).extracting(SelfEvaluationForm.IndicatorRow::dimension).containsExactly("数量指标", "数量指标",
                "数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "社会效益指标", "可持续影响指标",
                "服务对象满意度指标", "服务对象满意度指标");
        assertThat(rows.get(0).name()).as("within a group, the project's order as given")
                .isEqualTo("建成睦邻家园数量（金桥花园、金星园丁小区）");
    }

    @Test
    void aNewProjectIsADraftWithEveryUnfilledPartMarkedAndListedInReadingOrder() {
        ProjectFacts registered = ProjectFacts.opened(jinchen.projectId(), "panlong", "jinchen").with(registration(jinchen.registered()), Instant.parse("2023-01-05T02:00:00Z"));
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(registered, null,
                StandardWording.prefill(registered), ReportOutline.standard()));

        assertThat(report.draft()).isTrue();
        assertThat(report.missing()).containsExactly("项目概况", "总目标", "年度目标", "自评得分及评价结果", "主要绩效",
                "具体绩效分析", "绩效指标", "项目预算", "主要经验及做法", "存在的问题", "建议和改进措施", "佐证材料",
                "年度总体目标实际完成情况");
        assertThat(report.body()).filteredOn(Block.Unfilled.class::isInstance).extracting(block -> ((Block.Unfilled) block).part())
                .containsExactlyElementsOf(report.missing().subList(0, report.missing().size() - 1));
        assertThat(headings(report, 1)).hasSize(6);
    }

    @Test
    void anEvaluationNotYetFinalizedGivesADraft() {
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(jinchen.facts(),
                jinchen.evaluation("SUBMITTED", 5), JinchenReportTexts.TEXTS, ReportOutline.standard()));

        assertThat(report.draft()).isTrue();
        assertThat(report.missing()).isEmpty();
    }

    @Test
    void withoutAScoreTheFormShowsTheIndicatorsAsDefinedWithTheirActuals() {
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(jinchen.facts(), null,
                JinchenReportTexts.TEXTS, ReportOutline.standard()));

        assertThat(report.missing()).containsExactly("自评得分及评价结果");
        assertThat(report.form().indicators()).hasSize(11).allSatisfy(row -> assertThat(row.score()).isNull());
        assertThat(report.form().indicators().get(0).actual()).isEqualTo("9次");
        assertThat(paragraphs(report)).contains("全年预算数200.00万元，全年执行数200.00万元，预算执行率100.00%。");
    }

    @Test
    void anIndicatorWithoutActualIsMarkedInTheTableAndListedAsMissing() {
        ProjectFacts withoutActuals = ProjectFacts.opened(jinchen.projectId(), "panlong", "jinchen")
                .with(details(jinchen.updated())).with(indicators(jinchen.indicators()));
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(withoutActuals, null, SectionTexts.NONE,
                ReportOutline.standard()));

        assertThat(report.missing()).contains("指标实际完成值", "绩效评价目的");
        assertThat(tables(report).get(0).rows()).allSatisfy(row -> assertThat(row.get(4)).isEqualTo("未填写"));
    }

    @Test
    void aTemplateOutlineDecidesTheChaptersAndTheirNumbers() {
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(jinchen.facts(), jinchen.evaluation("FINALIZED", 7),
                JinchenReportTexts.TEXTS, ReportOutline.of(List.of("项目基本情况", "评价结论和绩效分析", "佐证材料"))));

        assertThat(headings(report, 1)).containsExactly("一、项目基本情况", "二、评价结论和绩效分析", "三、佐证材料");
    }

    @Test
    void aChapterTheReportCannotFillIsUnfilled() {
        ReportDocument report = ReportAssembler.assemble(new ReportInputs(jinchen.facts(), jinchen.evaluation("FINALIZED", 7),
                JinchenReportTexts.TEXTS, ReportOutline.of(List.of("项目基本情况", "社会影响评估"))));

        assertThat(report.missing()).containsExactly("章节内容");
    }

    static List<String> headings(ReportDocument report, int level) {
        return report.body().stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filter(heading -> heading.level() == level).map(Block.Heading::printed).toList();
    }

    static List<String> paragraphs(ReportDocument report) {
        return report.body().stream().filter(Block.Paragraph.class::isInstance)
                .map(block -> ((Block.Paragraph) block).text()).toList();
    }

    static List<Block.Table> tables(ReportDocument report) {
        return report.body().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }
}
