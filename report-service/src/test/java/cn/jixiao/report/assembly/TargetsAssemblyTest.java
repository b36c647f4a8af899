package cn.jixiao.report.assembly;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.TargetsReturned;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.document.Block;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm.IndicatorRow;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.readmodel.ProjectEventMapping;
import cn.jixiao.report.readmodel.ProjectFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 绩效目标表 of the 金辰 2023 project, and what the self-evaluation report and its 自评表 say about the targets
 * they list, before approval, once approved, and after a 目标调整.
 */
class TargetsAssemblyTest {

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void approvedTargetsPrintAsTheMinistrysFormWithTheApprovalLine() {
        TargetsForm form = TargetsAssembly.form(jinchen.factsWithApprovedTargets(false));

        assertThat(form.approved()).isTrue();
        assertThat(form.stage()).as("no 未批复 note").isNull();
        assertThat(form.year()).isEqualTo(2023);
        assertThat(form.projectName()).isEqualTo(JinchenEvents.NAME);
        assertThat(form.implementingUnit()).isEqualTo(JinchenEvents.UNIT);
        assertThat(form.funds()).extracting(TargetsForm.FundsLine::label, line -> line.fullYearBudget().inWan().toPlainString())
                .containsExactly(tuple("年度资金总额", "200.00"), tuple("其中：本年财政拨款", "200.00"));
        assertThat(form.goals()).startsWith("总目标：按照《云南省民族团结进步").contains("年度目标：", "（1）加强党建引领");
        assertThat(form.indicators()).hasSize(11);
        assertThat(form.indicators().get(0)).extracting(IndicatorRow::category, IndicatorRow::dimension,
                        IndicatorRow::name, IndicatorRow::target, row -> row.weight().toPlainString())
                .containsExactly("产出指标", "数量指标", "开展民族团结进步主题活动次数", "≥10次", "20");
        assertThat(form.indicators()).extracting(IndicatorRow::actual, IndicatorRow::score).containsOnly(tuple(null, null));
        assertThat(form.approval()).isEqualTo(new TargetsForm.Approval("已批复", "panlong-overseer", "2023年3月1日",
                "同意，按批复目标执行"));
        assertThat(form.adjustments()).isEmpty();
    }

    @Test
    void afterAnAdjustmentTheTargetsInForceAreTheAdjustedOnesAndTheAdjustmentIsListed() {
        TargetsForm form = TargetsAssembly.form(jinchen.factsWithApprovedTargets(true));

        assertThat(form.approved()).isTrue();
        assertThat(form.indicators().get(0).target()).isEqualTo("≥9次");
        assertThat(form.approval().status()).isEqualTo("已批复（经目标调整）");
        assertThat(form.approval().date()).as("the approval's own date stays").isEqualTo("2023年3月1日");
        assertThat(form.adjustments()).containsExactly(new TargetsForm.Adjustment("2023年7月10日",
                JinchenEvents.ADJUSTMENT_REASON, "jinchen-editor", "panlong-overseer", 1, 2, "同意调整"));
    }

    @Test
    void submittedTargetsAreTheSubmittedDraftMarkedNotApproved() {
        ProjectFacts submitted = jinchen.facts().withTargets(targets -> targets.withSubmitted(
                ProjectEventMapping.submission(jinchen.targetsSubmitted(), JinchenEvents.TARGETS_SUBMITTED_AT)));

        TargetsForm form = TargetsAssembly.form(submitted);

        assertThat(form.approved()).isFalse();
        assertThat(form.stage()).isEqualTo("送审稿（未批复）");
        assertThat(form.approval()).isEqualTo(new TargetsForm.Approval("已送审，待批复", null, null, null));
        assertThat(form.indicators()).hasSize(11);
    }

    @Test
    void returnedOrNeverSubmittedTargetsAreTheLatestTreeMarkedNotApproved() {
        ProjectFacts returned = jinchen.facts().withTargets(targets -> targets
                .withSubmitted(ProjectEventMapping.submission(jinchen.targetsSubmitted(), JinchenEvents.TARGETS_SUBMITTED_AT))
                .withReturned(ProjectEventMapping.giveBack(new TargetsReturned(jinchen.projectId(), JinchenEvents.DISTRICT,
                        JinchenEvents.STREET, 1, "panlong-overseer", "满意度指标请细化调查对象"), Instant.parse("2023-02-22T02:00:00Z"))));

        TargetsForm back = TargetsAssembly.form(returned);
        TargetsForm never = TargetsAssembly.form(jinchen.facts());

        assertThat(back.stage()).isEqualTo("（未批复）");
        assertThat(back.approval()).isEqualTo(new TargetsForm.Approval("已退回修改，未批复", null, null, "满意度指标请细化调查对象"));
        assertThat(never.approved()).isFalse();
        assertThat(never.stage()).isEqualTo("（未批复）");
        assertThat(never.approval().status()).isEqualTo("未送审");
    }

    @Test
    void theSelfEvaluationSaysItsTargetsAreTheApprovedOnes() {
        ReportDocument report = report(jinchen.factsWithApprovedTargets(false), true);

        String note = "本表绩效指标及年度指标值为2023年3月1日批复的绩效目标";
        assertThat(report.form().targetsNote()).isEqualTo(note);
        assertThat(report.body()).containsSubsequence(
                report.body().stream().filter(Block.Table.class::isInstance)
                        .filter(table -> ((Block.Table) table).caption().equals("绩效指标完成情况")).findFirst().orElseThrow(),
                new Block.Paragraph("注：" + note + "。"));
    }

    @Test
    void afterAnAdjustmentTheFormListsTheAdjustedTargetsAndSaysWhenAndWhy() {
        ReportDocument draft = report(jinchen.factsWithApprovedTargets(true), false);

        assertThat(draft.form().indicators().get(0)).extracting(IndicatorRow::target, IndicatorRow::actual)
                .containsExactly("≥9次", "9次");
        assertThat(draft.form().targetsNote()).isEqualTo("本表绩效指标及年度指标值为2023年3月1日批复的绩效目标；"
                + "2023年7月10日经目标调整（调整原因：" + JinchenEvents.ADJUSTMENT_REASON + "），以调整后的目标为准");
    }

    @Test
    void aScoreAgainstOtherTargetsThanThoseInForceIsNotPassedOffAsTheApprovedOnes() {
        // the seed's score was computed against ≥10次; the adjustment made it ≥9次
        ReportDocument report = report(jinchen.factsWithApprovedTargets(true), true);

        assertThat(report.form().indicators().get(0).target()).isEqualTo("≥10次");
        assertThat(report.form().targetsNote()).startsWith("绩效目标2023年3月1日批复；2023年7月10日经目标调整")
                .endsWith("；本表所列为评分所用的指标及指标值，与批复的绩效目标不一致");
    }

    @Test
    void beforeApprovalNothingIsSaidAboutApprovedTargets() {
        ReportDocument report = report(jinchen.facts(), true);

        assertThat(report.form().targetsNote()).isNull();
        assertThat(report.body()).noneMatch(block -> block instanceof Block.Paragraph paragraph
                && paragraph.text().contains("绩效目标") && paragraph.text().startsWith("注："));
    }

    private ReportDocument report(ProjectFacts facts, boolean scored) {
        return ReportAssembler.assemble(new ReportInputs(facts, scored ? jinchen.evaluation("FINALIZED", 7) : null,
                JinchenReportTexts.TEXTS, ReportOutline.standard()));
    }
}
