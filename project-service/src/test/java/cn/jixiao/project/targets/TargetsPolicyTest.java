package cn.jixiao.project.targets;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may submit, return and approve a project's targets, and when: the policy alone, without a service. */
class TargetsPolicyTest {

    private static final TenantAccess EDITOR = street("jinchen-editor", Role.STREET_EDITOR);
    private static final TenantAccess APPROVER = street("jinchen-approver", Role.STREET_APPROVER);
    private static final TenantAccess OVERSEER = district("overseer", Role.DISTRICT_OVERSEER);
    private static final TenantAccess AUDITOR = district("auditor", Role.AUDITOR);

    @Test
    void theStreetsEditorOrApproverSubmitsADraftOrAReturnedTree() {
        for (TenantAccess street : new TenantAccess[]{EDITOR, APPROVER}) {
            assertThat(TargetsPolicy.decide(TargetsStep.SUBMIT, street, TargetsState.DRAFT, null).next())
                    .isEqualTo(TargetsState.SUBMITTED);
            assertThat(TargetsPolicy.decide(TargetsStep.SUBMIT, street, TargetsState.RETURNED, null).allowed()).isTrue();
        }
    }

    @Test
    void submittedOrApprovedTargetsCannotBeSubmittedAgain() {
        assertThat(TargetsPolicy.decide(TargetsStep.SUBMIT, EDITOR, TargetsState.SUBMITTED, null).outcome())
                .isEqualTo(TargetsPolicy.Outcome.NOT_NOW);
        TargetsPolicy.Verdict approved = TargetsPolicy.decide(TargetsStep.SUBMIT, EDITOR, TargetsState.APPROVED, null);
        assertThat(approved.outcome()).isEqualTo(TargetsPolicy.Outcome.NOT_NOW);
        assertThat(approved.reason().zh()).contains("已批复");
    }

    @Test
    void theDistrictsOverseerReturnsWithACommentOrApprovesWhatWasSubmitted() {
        assertThat(TargetsPolicy.decide(TargetsStep.RETURN, OVERSEER, TargetsState.SUBMITTED, "满意度请写成数值").next())
                .isEqualTo(TargetsState.RETURNED);
        assertThat(TargetsPolicy.decide(TargetsStep.APPROVE, OVERSEER, TargetsState.SUBMITTED, null).next())
                .isEqualTo(TargetsState.APPROVED);
    }

    @Test
    void aReturnWithoutACommentIsRefused() {
        assertThat(TargetsPolicy.decide(TargetsStep.RETURN, OVERSEER, TargetsState.SUBMITTED, "  ").outcome())
                .isEqualTo(TargetsPolicy.Outcome.COMMENT_REQUIRED);
    }

    @Test
    void theDistrictActsOnlyOnSubmittedTargets() {
        for (TargetsState state : new TargetsState[]{TargetsState.DRAFT, TargetsState.RETURNED, TargetsState.APPROVED}) {
            assertThat(TargetsPolicy.decide(TargetsStep.APPROVE, OVERSEER, state, null).outcome())
                    .isEqualTo(TargetsPolicy.Outcome.NOT_NOW);
            assertThat(TargetsPolicy.decide(TargetsStep.RETURN, OVERSEER, state, "意见").outcome())
                    .isEqualTo(TargetsPolicy.Outcome.NOT_NOW);
        }
    }

    @Test
    void eachSideTakesOnlyItsOwnSteps() {
        assertThat(TargetsPolicy.decide(TargetsStep.SUBMIT, OVERSEER, TargetsState.DRAFT, null).outcome())
                .isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
        assertThat(TargetsPolicy.decide(TargetsStep.APPROVE, EDITOR, TargetsState.SUBMITTED, null).outcome())
                .isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
        assertThat(TargetsPolicy.decide(TargetsStep.RETURN, APPROVER, TargetsState.SUBMITTED, "意见").outcome())
                .isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
    }

    @Test
    void anAuditorTakesNoStepEvenWithAWritingRoleOnTheSameAccount() {
        TenantAccess auditingOverseer = district("auditor", Role.AUDITOR, Role.DISTRICT_OVERSEER);
        TenantAccess auditingEditor = street("auditor", Role.AUDITOR, Role.STREET_EDITOR);
        for (TargetsStep step : TargetsStep.values()) {
            assertThat(TargetsPolicy.decide(step, AUDITOR, TargetsState.SUBMITTED, "意见").outcome()).isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
            assertThat(TargetsPolicy.decide(step, auditingOverseer, TargetsState.SUBMITTED, "意见").outcome()).isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
            assertThat(TargetsPolicy.decide(step, auditingEditor, TargetsState.DRAFT, "意见").outcome()).isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
        }
    }

    @Test
    void aWrongRoleIsToldBeforeAWrongMoment() {
        TargetsPolicy.Verdict verdict = TargetsPolicy.decide(TargetsStep.APPROVE, EDITOR, TargetsState.DRAFT, null);
        assertThat(verdict.outcome()).isEqualTo(TargetsPolicy.Outcome.WRONG_ROLE);
        assertThat(verdict.reason().zh()).contains("区复核人员");
        assertThat(verdict.reason().en()).contains("district's overseer");
    }

    @Test
    void onlySubmittedAndApprovedTargetsAreLocked() {
        assertThat(TargetsState.DRAFT.locksTargets()).isFalse();
        assertThat(TargetsState.RETURNED.locksTargets()).isFalse();
        assertThat(TargetsState.SUBMITTED.locksTargets()).isTrue();
        assertThat(TargetsState.APPROVED.locksTargets()).isTrue();
        assertThat(TargetsState.APPROVED.label()).isEqualTo("已批复");
    }

    private static TenantAccess street(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", "jinchen", Set.of(roles));
    }

    private static TenantAccess district(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", null, Set.of(roles));
    }
}
