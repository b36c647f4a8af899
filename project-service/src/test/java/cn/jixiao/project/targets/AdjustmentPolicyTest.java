package cn.jixiao.project.targets;

import org.junit.jupiter.api.Test;

import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.tenancy.TenantAccess;

import static cn.jixiao.project.review.Accounts.APPROVER;
import static cn.jixiao.project.review.Accounts.AUDITING_OVERSEER;
import static cn.jixiao.project.review.Accounts.AUDITOR;
import static cn.jixiao.project.review.Accounts.EDITOR;
import static cn.jixiao.project.review.Accounts.OVERSEER;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may request, approve and return a 目标调整, and when: the policy alone, without a service. */
class AdjustmentPolicyTest {

    private static final String REASON = "街道文化活动中心下半年修缮停用";

    @Test
    void theStreetsEditorOrApproverRequestsAnAdjustmentOfApprovedTargetsWithItsReason() {
        for (TenantAccess street : new TenantAccess[]{EDITOR, APPROVER}) {
            assertThat(AdjustmentPolicy.decide(AdjustmentStep.REQUEST, street, TargetsState.APPROVED, false, REASON)
                    .allowed()).isTrue();
        }
    }

    @Test
    void targetsNotYetApprovedAreChangedDirectlyOrAfterAReturnNotAdjusted() {
        for (TargetsState state : new TargetsState[]{TargetsState.DRAFT, TargetsState.SUBMITTED, TargetsState.RETURNED}) {
            ReviewPolicy.Verdict<TargetsState> verdict = AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, state, false, REASON);
            assertThat(verdict.outcome()).as(state.name()).isEqualTo(Outcome.NOT_NOW);
            assertThat(verdict.reason().zh()).contains("只有已批复的绩效目标才能申请目标调整");
        }
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, TargetsState.DRAFT, false, REASON)
                .reason().zh()).contains("可直接修改");
    }

    @Test
    void aProjectHasAtMostOneOpenRequest() {
        ReviewPolicy.Verdict<TargetsState> second = AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, TargetsState.APPROVED,
                true, REASON);
        assertThat(second.outcome()).isEqualTo(Outcome.NOT_NOW);
        assertThat(second.reason().zh()).contains("已有一项目标调整申请待区审核");
        assertThat(second.reason().en()).contains("already with the district");
    }

    @Test
    void aRequestWithoutAReasonIsRefused() {
        ReviewPolicy.Verdict<TargetsState> verdict = AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, TargetsState.APPROVED,
                false, " ");
        assertThat(verdict.outcome()).isEqualTo(Outcome.COMMENT_REQUIRED);
        assertThat(verdict.reason().zh()).contains("调整原因");
    }

    @Test
    void theDistrictsOverseerApprovesWithOrWithoutACommentOrReturnsWithOneWhileARequestIsOpen() {
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.APPROVE, OVERSEER, TargetsState.APPROVED, true, null)
                .allowed()).isTrue();
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.RETURN, OVERSEER, TargetsState.APPROVED, true, "请附停用通知")
                .allowed()).isTrue();
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.RETURN, OVERSEER, TargetsState.APPROVED, true, "")
                .outcome()).isEqualTo(Outcome.COMMENT_REQUIRED);
    }

    @Test
    void withoutAnOpenRequestTheDistrictHasNothingToDecide() {
        for (AdjustmentStep step : new AdjustmentStep[]{AdjustmentStep.APPROVE, AdjustmentStep.RETURN}) {
            ReviewPolicy.Verdict<TargetsState> verdict = AdjustmentPolicy.decide(step, OVERSEER, TargetsState.APPROVED, false, "意见");
            assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_NOW);
            assertThat(verdict.reason().zh()).isEqualTo("没有待审核的目标调整申请");
        }
    }

    @Test
    void eachSideTakesOnlyItsOwnStepsAndAnAuditorNone() {
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.REQUEST, OVERSEER, TargetsState.APPROVED, false, REASON)
                .outcome()).isEqualTo(Outcome.WRONG_ROLE);
        ReviewPolicy.Verdict<TargetsState> streetApproves = AdjustmentPolicy.decide(AdjustmentStep.APPROVE, APPROVER,
                TargetsState.APPROVED, true, null);
        assertThat(streetApproves.outcome()).isEqualTo(Outcome.WRONG_ROLE);
        assertThat(streetApproves.reason().zh()).isEqualTo("目标调整只能由区复核人员「批准」");
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.REQUEST, OVERSEER, TargetsState.APPROVED, false, REASON)
                .reason().zh()).isEqualTo("目标调整只能由本街道的填报或审核人员申请");
        for (AdjustmentStep step : AdjustmentStep.values()) {
            assertThat(AdjustmentPolicy.decide(step, AUDITOR, TargetsState.APPROVED, true, "意见").outcome())
                    .isEqualTo(Outcome.WRONG_ROLE);
            assertThat(AdjustmentPolicy.decide(step, AUDITING_OVERSEER, TargetsState.APPROVED, true, "意见").outcome())
                    .isEqualTo(Outcome.WRONG_ROLE);
        }
    }
}
