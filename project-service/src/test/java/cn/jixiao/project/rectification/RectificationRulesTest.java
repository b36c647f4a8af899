package cn.jixiao.project.rectification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.tenancy.TenantAccess;

import static cn.jixiao.project.review.Accounts.APPROVER;
import static cn.jixiao.project.review.Accounts.AUDITING_OVERSEER;
import static cn.jixiao.project.review.Accounts.AUDITOR;
import static cn.jixiao.project.review.Accounts.EDITOR;
import static cn.jixiao.project.review.Accounts.OVERSEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A 整改 item's life, who takes each step, and which review scores open items: plain Java, without a service. */
class RectificationRulesTest {


    private static final Rectification.ProjectRef PROJECT =
            new Rectification.ProjectRef("panlong", "jinchen", "p-1", "PL-2026-001", 2026);
    /** 2026-03-01 23:30 in Beijing, still 15:30 on the 1st in UTC. */
    private static final Instant OPENED = Instant.parse("2026-03-01T15:30:00Z");

    @Test
    void anItemOpenedByHandIsOpenWithTheOverseersDeadline() {
        Rectification item = Rectification.openByHand("r-1", PROJECT, "台账不全", LocalDate.of(2026, 4, 30), OPENED);

        assertThat(item.state()).isEqualTo(RectificationState.OPEN);
        assertThat(item.finding().source()).isEqualTo(RectificationSource.MANUAL);
        assertThat(item.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(item.deadlineDays()).isNull();
        assertThatThrownBy(() -> Rectification.openByHand("r-2", PROJECT, "台账不全", null, OPENED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAutomaticItemIsDueTheSettingsDaysAfterItsDayInBeijingAndSaysSo() {
        Finding finding = new Finding(RectificationSource.MONITORING_RED, "round-1/ind-1", "完成率偏低");

        Rectification item = Rectification.openAutomatically("r-1", PROJECT, finding, 60, Instant.parse("2026-03-01T16:30:00Z"));

        assertThat(item.deadline()).isEqualTo(LocalDate.of(2026, 3, 2).plusDays(60));
        assertThat(item.deadlineDays()).isEqualTo(60);
    }

    @Test
    void overdueIsPastTheDeadlineInBeijingAndNotConfirmed() {
        Rectification item = Rectification.openByHand("r-1", PROJECT, "台账不全", LocalDate.of(2026, 4, 30), OPENED);

        assertThat(item.overdue(Instant.parse("2026-04-30T15:59:00Z"))).isFalse();
        assertThat(item.overdue(Instant.parse("2026-04-30T16:00:00Z"))).isTrue();
        Rectification answered = item.answered("已补齐台账", List.of("ev-1"), OPENED);
        assertThat(answered.overdue(Instant.parse("2026-05-02T00:00:00Z"))).as("with the district, not yet confirmed")
                .isTrue();
        Rectification confirmed = answered.decided(RectificationStep.CONFIRM, null, OPENED);
        assertThat(confirmed.overdue(Instant.parse("2026-05-02T00:00:00Z"))).isFalse();
    }

    @Test
    void theStreetAnswersTheDistrictConfirmsOrSendsBackWithAComment() {
        Rectification open = Rectification.openByHand("r-1", PROJECT, "台账不全", LocalDate.of(2026, 4, 30), OPENED);

        Rectification answered = open.answered("已补齐台账", List.of("ev-1"), OPENED);
        assertThat(answered.state()).isEqualTo(RectificationState.MEASURES_SUBMITTED);
        assertThat(answered.evidenceIds()).containsExactly("ev-1");
        assertThat(answered.version()).isEqualTo(1);

        Rectification sentBack = answered.decided(RectificationStep.SEND_BACK, "缺少凭证", OPENED);
        assertThat(sentBack.state()).isEqualTo(RectificationState.OPEN);
        assertThat(sentBack.comment()).isEqualTo("缺少凭证");
        assertThat(sentBack.measures()).as("kept for the street to improve").isEqualTo("已补齐台账");

        Rectification confirmed = sentBack.answered("已补齐凭证", List.of("ev-1", "ev-2"), OPENED)
                .decided(RectificationStep.CONFIRM, null, OPENED);
        assertThat(confirmed.state()).isEqualTo(RectificationState.CONFIRMED);
        assertThat(confirmed.version()).isEqualTo(4);

        assertThatThrownBy(() -> answered.decided(RectificationStep.SEND_BACK, " ", OPENED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> open.decided(RectificationStep.CONFIRM, null, OPENED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> confirmed.answered("再改", List.of(), OPENED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> open.answered(" ", List.of(), OPENED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStreetAnswersAnOpenItemTheDistrictConfirmsOrSendsBackWithACommentWhatWasAnswered() {
        assertThat(decide(RectificationStep.ANSWER, APPROVER, RectificationState.OPEN, null).next())
                .isEqualTo(RectificationState.MEASURES_SUBMITTED);
        ReviewPolicy.Verdict<RectificationState> again = decide(RectificationStep.ANSWER, EDITOR,
                RectificationState.MEASURES_SUBMITTED, null);
        assertThat(again.outcome()).isEqualTo(Outcome.NOT_NOW);
        assertThat(again.reason().zh()).isEqualTo("整改事项当前为「已提交整改措施」，不能提交整改措施");
        assertThat(again.reason().en())
                .isEqualTo("The rectification item is measures submitted; it cannot be answered now");
        assertThat(decide(RectificationStep.CONFIRM, OVERSEER, RectificationState.MEASURES_SUBMITTED, null).next())
                .isEqualTo(RectificationState.CONFIRMED);
        assertThat(decide(RectificationStep.SEND_BACK, OVERSEER, RectificationState.MEASURES_SUBMITTED, "缺少凭证")
                .next()).isEqualTo(RectificationState.OPEN);
        ReviewPolicy.Verdict<RectificationState> uncommented = decide(RectificationStep.SEND_BACK, OVERSEER,
                RectificationState.MEASURES_SUBMITTED, " ");
        assertThat(uncommented.outcome()).isEqualTo(Outcome.COMMENT_REQUIRED);
        assertThat(uncommented.reason().zh()).isEqualTo("退回整改须填写意见，说明仍需整改的内容");
        assertThat(decide(RectificationStep.CONFIRM, OVERSEER, RectificationState.OPEN, null).outcome())
                .isEqualTo(Outcome.NOT_NOW);
        assertThat(decide(RectificationStep.SEND_BACK, OVERSEER, RectificationState.CONFIRMED, "x").outcome())
                .isEqualTo(Outcome.NOT_NOW);
    }

    @Test
    void onlyTheDistrictsOverseerOpensAnItemByHandAndNeverAnAuditor() {
        assertThat(RectificationPolicy.mayOpen(OVERSEER).allowed()).isTrue();
        for (TenantAccess other : new TenantAccess[]{EDITOR, APPROVER, AUDITOR, AUDITING_OVERSEER}) {
            ReviewPolicy.Verdict<RectificationState> refused = RectificationPolicy.mayOpen(other);
            assertThat(refused.outcome()).as(other.username()).isEqualTo(Outcome.WRONG_ROLE);
            assertThat(refused.reason().zh()).isEqualTo("整改事项只能由区复核人员录入");
        }
    }

    @Test
    void anApprovedOrFinalizedReviewOpensOneFindingPerLineScoredBelowItsSelfScore() {
        ScoreBreakdown score = score(
                line("ind-1", "培训人次", "10.00", "6.00", "台账仅记录部分场次"),
                line("ind-2", "满意度", "10.00", null, null),
                line("ind-3", "覆盖率", "8.00", "9.00", "复核上调"),
                line("ind-4", "完成及时性", "5.00", "5.00", null));

        List<Finding> findings = ReviewDeductions.of(snapshot("APPROVED", score));

        assertThat(findings).extracting(Finding::reference).containsExactly("ev-1/ind-1");
        assertThat(findings.get(0).source()).isEqualTo(RectificationSource.REVIEW_DEDUCTION);
        assertThat(findings.get(0).text()).contains("培训人次", "10.00", "6.00", "台账仅记录部分场次");
        assertThat(ReviewDeductions.of(snapshot("FINALIZED", score))).isEqualTo(findings);
        assertThat(ReviewDeductions.of(snapshot("UNDER_REVIEW", score))).as("the review may still change").isEmpty();
        assertThat(ReviewDeductions.of(snapshot("RETURNED", score))).isEmpty();
        assertThat(ReviewDeductions.of(snapshot("APPROVED", null))).isEmpty();
    }

    @Test
    void theDistrictsReturnOfASelfEvaluationIsAFindingNamedByItsRevision() {
        EvaluationSnapshot returned = new EvaluationSnapshot("ev-1", "p-1", "panlong", "jinchen", "PL-2026-001",
                "社区培训", 2026, 1, "RETURNED", null, null, List.of(), " 请补充满意度调查 ", "overseer", 4);

        List<Finding> findings = ReviewDeductions.returnOf(returned);

        assertThat(findings).containsExactly(new Finding(RectificationSource.EVALUATION_RETURN, "ev-1/return/4",
                "自评退回意见：请补充满意度调查"));
        assertThat(ReviewDeductions.returnOf(snapshot("APPROVED", null))).isEmpty();
        assertThat(ReviewDeductions.returnOf(new EvaluationSnapshot("ev-1", "p-1", "panlong", "jinchen", "PL-2026-001",
                "社区培训", 2026, 1, "RETURNED", null, null, List.of(), null, "overseer", 4))).isEmpty();
    }

    @Test
    void theSameFindingHasTheSameKeyInItsProjectOnly() {
        Finding finding = new Finding(RectificationSource.REVIEW_DEDUCTION, "ev-1/ind-1", "复核扣分");
        Finding again = new Finding(RectificationSource.REVIEW_DEDUCTION, "ev-1/ind-1", "复核扣分（重新投递）");

        assertThat(Rectification.sourceKey("p-1", again)).isEqualTo(Rectification.sourceKey("p-1", finding));
        assertThat(Rectification.sourceKey("p-2", finding)).isNotEqualTo(Rectification.sourceKey("p-1", finding));
        assertThat(Rectification.sourceKey("p-1", new Finding(RectificationSource.MONITORING_RED, "ev-1/ind-1", "x")))
                .isNotEqualTo(Rectification.sourceKey("p-1", finding));
    }

    private static EvaluationSnapshot snapshot(String status, ScoreBreakdown score) {
        return new EvaluationSnapshot("ev-1", "p-1", "panlong", "jinchen", "PL-2026-001", "社区培训", 2026, 1, status,
                score, null, List.of(), null, "overseer", 7);
    }

    private static ScoreBreakdown score(ScoreBreakdown.IndicatorLine... lines) {
        return new ScoreBreakdown("tpl", 1, null, List.of(lines), List.of(), new BigDecimal("90.00"), "优", "优秀",
                null, null, List.of());
    }

    private static ScoreBreakdown.IndicatorLine line(String id, String name, String self, String review, String reason) {
        return new ScoreBreakdown.IndicatorLine(id, null, name, null, "100", "80", null, new BigDecimal("10"),
                new BigDecimal(self), false, null, review == null ? null : new BigDecimal(review), reason, "");
    }

    private static ReviewPolicy.Verdict<RectificationState> decide(RectificationStep step, TenantAccess actor,
                                                                   RectificationState current, String comment) {
        return ReviewPolicy.decide(step, actor, current, comment, RectificationStep.SUBJECT);
    }
}
