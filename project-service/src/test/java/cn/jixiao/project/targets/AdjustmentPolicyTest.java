package cn.jixiao.project.targets;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may request, approve and return a 目标调整, and when: the policy alone, without a service. */
class AdjustmentPolicyTest {

    private static final TenantAccess EDITOR = street("jinchen-editor", Role.STREET_EDITOR);
    private static final TenantAccess APPROVER = street("jinchen-approver", Role.STREET_APPROVER);
    private static final TenantAccess OVERSEER = district("overseer", Role.DISTRICT_OVERSEER);
    private static final TenantAccess AUDITOR = district("auditor", Role.AUDITOR);
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
            TargetsPolicy.Verdict verdict = AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, state, false, REASON);
            assertThat(verdict.outcome()).as(state.name()).isEqualTo(TargetsPolicy.Outcome.NOT_NOW);
            assertThat(verdict.reason().zh()).contains("只有已批复的绩效目标才能申请目标调整");
        }
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, TargetsState.DRAFT, false, REASON)
                .reason().zh()).contains("可直接修改");
    }

    @Test
    void aProjectHasAtMostOneOpenRequest() {
        TargetsPolicy.Verdict second = AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, TargetsState.APPROVED,
                true, REASON);
        assertThat(second.outcome()).isEqualTo(TargetsPolicy.Outcome.NOT_NOW);
        assertThat(second.reason().zh()).contains("已有一项目标调整申请待区审核");
        assertThat(second.reason().en()).contains("already with the district");
    }

    @Test
    void aRequestWithoutAReasonIsRefused() {
        TargetsPolicy.Verdict verdict = AdjustmentPolicy.decide(AdjustmentStep.REQUEST, EDITOR, TargetsState.APPROVED,
                false, " ");
        assertThat(verdict.outcome()).isEqualTo(TargetsPolicy.Outcome.COMMENT_REQUIRED);
        assertThat(verdict.reason().zh()).contains("调整原因");
    }

    @Test
    void theDistrictsOverseerApprovesWithOrWithoutACommentOrReturnsWithOneWhileARequestIsOpen() {
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.APPROVE, OVERSEER, TargetsState.APPROVED, true, null)
                .allowed()).isTrue();
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.RETURN, OVERSEER, TargetsState.APPROVED, true, "请附停用通知")
                .allowed()).isTrue();
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.RETURN, OVERSEER, TargetsState.APPROVED, true, "")
                .outcome()).isEqualTo(TargetsPolicy.Outcome.COMMENT_REQUIRED);
    }

    @Test
    void withoutAnOpenRequestTheDistrictHasNothingToDecide() {
        for (AdjustmentStep step : new AdjustmentStep[]{AdjustmentStep.APPROVE, AdjustmentStep.RETURN}) {
            TargetsPolicy.Verdict verdict = AdjustmentPolicy.decide(step, OVERSEER, TargetsState.APPROVED, false, "意见");
            assertThat(verdict.outcome()).isEqualTo(TargetsPolicy.Outcome.NOT_NOW);
            assertThat(verdict.reason().zh()).isEqualTo("没有待审核的目标调整申请");
        }
    }

    @Test
    void eachSideTakesOnlyItsOwnStepsAndAnAuditorNone() {
        assertThat(AdjustmentPolicy.decide(AdjustmentStep.REQUEST, OVERSEER, TargetsState.APPROVED, false, REASON)
                .outcome()).isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
        TargetsPolicy.Verdict streetApproves = AdjustmentPolicy.decide(AdjustmentStep.APPROVE, APPROVER,
                TargetsState.APPROVED, true, null);
        assertThat(streetApproves.outcome()).isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
        assertThat(streetApproves.reason().zh()).contains("区复核人员").contains("批准");
        TenantAccess auditingOverseer = district("auditor", Role.AUDITOR, Role.DISTRICT_OVERSEER);
        for (AdjustmentStep step : AdjustmentStep.values()) {
            assertThat(AdjustmentPolicy.decide(step, AUDITOR, TargetsState.APPROVED, true, "意见").outcome())
                    .isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
            assertThat(AdjustmentPolicy.decide(step, auditingOverseer, TargetsState.APPROVED, true, "意见").outcome())
                    .isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
        }
    }

    private static TenantAccess street(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", "jinchen", Set.of(roles));
    }

    private static TenantAccess district(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", null, Set.of(roles));
    }
}
