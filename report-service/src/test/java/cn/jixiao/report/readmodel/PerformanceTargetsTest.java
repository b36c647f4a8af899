package cn.jixiao.report.readmodel;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.TargetsReturned;
import cn.jixiao.contracts.project.TargetsSubmitted;
import cn.jixiao.report.JinchenEvents;

import static cn.jixiao.report.readmodel.ProjectEventMapping.adjustment;
import static cn.jixiao.report.readmodel.ProjectEventMapping.approval;
import static cn.jixiao.report.readmodel.ProjectEventMapping.giveBack;
import static cn.jixiao.report.readmodel.ProjectEventMapping.submission;
import static org.assertj.core.api.Assertions.assertThat;

/** The read model's picture of the 绩效目标表's approval, whatever the order and number of deliveries. */
class PerformanceTargetsTest {

    private static final Instant FEBRUARY = JinchenEvents.TARGETS_SUBMITTED_AT;

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void aProjectHeardOfBeforeAnyTargetsEventHasNoneApprovedAndNothingInForce() {
        PerformanceTargets none = jinchen.facts().targets();

        assertThat(none).isEqualTo(PerformanceTargets.NONE);
        assertThat(none.isApproved()).isFalse();
        assertThat(none.isAwaitingApproval()).isFalse();
        assertThat(none.inForce()).isNull();
    }

    @Test
    void theApprovedTreeIsInForceAndARedeliveredApprovalChangesNothing() {
        ProjectFacts approved = jinchen.factsWithApprovedTargets(false);

        assertThat(approved.targets().isApproved()).isTrue();
        assertThat(approved.targets().inForce().indicators()).hasSize(11);
        assertThat(approved.targets().approved().approvedBy()).isEqualTo("panlong-overseer");
        assertThat(approved.withTargets(targets -> targets.withApproved(
                approval(jinchen.targetsApproved(), JinchenEvents.TARGETS_APPROVED_AT)))).isSameAs(approved);
    }

    @Test
    void anApprovedAdjustmentPutsItsTreeInForceOnceHoweverOftenItIsDelivered() {
        ProjectFacts adjusted = jinchen.factsWithApprovedTargets(true);

        assertThat(adjusted.targets().inForce().revision()).isEqualTo(2);
        assertThat(adjusted.targets().inForce().indicators()).filteredOn(line -> line.id().equals("jc-activities"))
                .singleElement().satisfies(line -> assertThat(line.target().text()).isEqualTo("≥9次"));
        assertThat(adjusted.targets().adjustments()).singleElement()
                .satisfies(one -> assertThat(one.reason()).isEqualTo(JinchenEvents.ADJUSTMENT_REASON));
        assertThat(adjusted.withTargets(targets -> targets.withAdjusted(
                adjustment(jinchen.targetsAdjusted(), JinchenEvents.TARGETS_ADJUSTED_AT)))).as("a redelivery")
                .isSameAs(adjusted);
    }

    @Test
    void anApprovalArrivingAfterItsAdjustmentLeavesTheAdjustedTreeInForce() {
        PerformanceTargets late = PerformanceTargets.NONE
                .withAdjusted(adjustment(jinchen.targetsAdjusted(), JinchenEvents.TARGETS_ADJUSTED_AT))
                .withApproved(approval(jinchen.targetsApproved(), JinchenEvents.TARGETS_APPROVED_AT));

        assertThat(late.inForce().revision()).isEqualTo(2);
    }

    @Test
    void aReturnedSubmissionWaitsForTheStreetUntilItSubmitsALaterRevision() {
        PerformanceTargets returned = PerformanceTargets.NONE
                .withSubmitted(submission(jinchen.targetsSubmitted(), FEBRUARY))
                .withReturned(giveBack(new TargetsReturned(jinchen.projectId(), JinchenEvents.DISTRICT,
                        JinchenEvents.STREET, 1, "panlong-overseer", "满意度指标请细化调查对象"), FEBRUARY.plusSeconds(3600)));

        assertThat(returned.isReturned()).isTrue();
        assertThat(returned.isAwaitingApproval()).isFalse();
        assertThat(returned.withSubmitted(submission(jinchen.targetsSubmitted(), FEBRUARY))).as("the first submission again")
                .isSameAs(returned);

        PerformanceTargets resubmitted = returned.withSubmitted(submission(new TargetsSubmitted(jinchen.projectId(),
                JinchenEvents.DISTRICT, JinchenEvents.STREET, 2, "jinchen-editor", "已按意见修改"), FEBRUARY.plusSeconds(7200)));
        assertThat(resubmitted.isReturned()).isFalse();
        assertThat(resubmitted.isAwaitingApproval()).isTrue();
    }
}
