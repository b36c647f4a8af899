package cn.jixiao.project.targets;

import org.junit.jupiter.api.Test;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.tenancy.TenantAccess;

import static cn.jixiao.project.review.Accounts.APPROVER;
import static cn.jixiao.project.review.Accounts.EDITOR;
import static cn.jixiao.project.review.Accounts.OVERSEER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of the targets' approval: the street submits a draft or a returned tree, the district returns (with a
 * comment) or approves what was submitted. Who takes a step and in which order the refusals come is the shared
 * rule's ({@code ReviewPolicyTest}).
 */
class TargetsStepTest {

    @Test
    void theStreetSubmitsADraftOrAReturnedTree() {
        for (TenantAccess street : new TenantAccess[]{EDITOR, APPROVER}) {
            assertThat(decide(TargetsStep.SUBMIT, street, TargetsState.DRAFT, null).next())
                    .isEqualTo(TargetsState.SUBMITTED);
            assertThat(decide(TargetsStep.SUBMIT, street, TargetsState.RETURNED, null).allowed()).isTrue();
        }
    }

    @Test
    void submittedOrApprovedTargetsCannotBeSubmittedAgain() {
        assertThat(decide(TargetsStep.SUBMIT, EDITOR, TargetsState.SUBMITTED, null).outcome())
                .isEqualTo(Outcome.NOT_NOW);
        ReviewPolicy.Verdict<TargetsState> approved = decide(TargetsStep.SUBMIT, EDITOR, TargetsState.APPROVED, null);
        assertThat(approved.outcome()).isEqualTo(Outcome.NOT_NOW);
        assertThat(approved.reason()).isEqualTo(Bilingual.of("绩效目标当前为「已批复」，不能提交",
                "The targets are approved; they cannot be submitted now"));
    }

    @Test
    void theDistrictReturnsWithACommentOrApprovesOnlyWhatWasSubmitted() {
        assertThat(decide(TargetsStep.RETURN, OVERSEER, TargetsState.SUBMITTED, "满意度请写成数值").next())
                .isEqualTo(TargetsState.RETURNED);
        assertThat(decide(TargetsStep.APPROVE, OVERSEER, TargetsState.SUBMITTED, null).next())
                .isEqualTo(TargetsState.APPROVED);
        assertThat(decide(TargetsStep.RETURN, OVERSEER, TargetsState.SUBMITTED, "  ").reason().zh())
                .isEqualTo("退回须填写意见，说明需要修改的内容");
        for (TargetsState state : new TargetsState[]{TargetsState.DRAFT, TargetsState.RETURNED, TargetsState.APPROVED}) {
            assertThat(decide(TargetsStep.APPROVE, OVERSEER, state, null).outcome()).isEqualTo(Outcome.NOT_NOW);
            assertThat(decide(TargetsStep.RETURN, OVERSEER, state, "意见").outcome()).isEqualTo(Outcome.NOT_NOW);
        }
    }

    @Test
    void theRefusalOfAWrongRoleNamesTheTargets() {
        assertThat(decide(TargetsStep.APPROVE, EDITOR, TargetsState.DRAFT, null).reason()).isEqualTo(Bilingual.of(
                "绩效目标只能由区复核人员「批复」", "Only the district's overseer may approve the targets"));
    }

    @Test
    void onlySubmittedAndApprovedTargetsAreLockedAndEachStateIsReachedByOneStep() {
        assertThat(TargetsState.DRAFT.locksTargets()).isFalse();
        assertThat(TargetsState.RETURNED.locksTargets()).isFalse();
        assertThat(TargetsState.SUBMITTED.locksTargets()).isTrue();
        assertThat(TargetsState.APPROVED.locksTargets()).isTrue();
        assertThat(TargetsState.APPROVED.label()).isEqualTo("已批复");
        assertThat(TargetsStep.leadingTo(TargetsState.RETURNED)).isEqualTo(TargetsStep.RETURN);
    }

    private static ReviewPolicy.Verdict<TargetsState> decide(TargetsStep step, TenantAccess actor,
                                                             TargetsState current, String comment) {
        return ReviewPolicy.decide(step, actor, current, comment, TargetsStep.SUBJECT);
    }
}
