package cn.jixiao.evaluation.selfevaluation;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.APPROVED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.DRAFT;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.FINALIZED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.RETURNED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.SUBMITTED;
import static cn.jixiao.evaluation.selfevaluation.EvaluationStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowTest {

    private static final TenantAccess EDITOR = street(Role.STREET_EDITOR);
    private static final TenantAccess APPROVER = street(Role.STREET_APPROVER);
    private static final TenantAccess OVERSEER = new TenantAccess("o", "overseer", "panlong", null, Set.of(Role.DISTRICT_OVERSEER));
    private static final TenantAccess AUDITOR = new TenantAccess("a", "auditor", "panlong", null, Set.of(Role.AUDITOR));

    @Test
    void anEvaluationGoesFromDraftThroughReviewToFinalized() {
        EvaluationStatus status = Workflow.take(WorkflowStep.SUBMIT, APPROVER, DRAFT);
        assertThat(status).isEqualTo(SUBMITTED);
        status = Workflow.take(WorkflowStep.START_REVIEW, OVERSEER, status);
        assertThat(status).isEqualTo(UNDER_REVIEW);
        status = Workflow.take(WorkflowStep.APPROVE, OVERSEER, status);
        assertThat(status).isEqualTo(APPROVED);
        assertThat(Workflow.take(WorkflowStep.FINALIZE, OVERSEER, status)).isEqualTo(FINALIZED);
    }

    @Test
    void aReturnedEvaluationIsWithTheStreetAgainToEditAndResubmit() {
        assertThat(Workflow.take(WorkflowStep.RETURN, OVERSEER, UNDER_REVIEW)).isEqualTo(RETURNED);
        assertThat(RETURNED.withTheStreet()).isTrue();
        assertThat(Workflow.take(WorkflowStep.SELF_ASSESS, EDITOR, RETURNED)).isEqualTo(RETURNED);
        assertThat(Workflow.take(WorkflowStep.SUBMIT, APPROVER, RETURNED)).isEqualTo(SUBMITTED);
    }

    @Test
    void reviewScoresAreSetOnlyUnderReviewAndKeepTheStatus() {
        assertThat(Workflow.take(WorkflowStep.REVIEW_SCORE, OVERSEER, UNDER_REVIEW)).isEqualTo(UNDER_REVIEW);
        assertRefused(WorkflowStep.REVIEW_SCORE, OVERSEER, SUBMITTED, 409);
        assertRefused(WorkflowStep.REVIEW_SCORE, OVERSEER, APPROVED, 409);
    }

    @Test
    void eachStepBelongsToOneRoleOnItsSide() {
        assertRefused(WorkflowStep.SUBMIT, EDITOR, DRAFT, 403);
        assertRefused(WorkflowStep.SELF_ASSESS, APPROVER, DRAFT, 403);
        assertRefused(WorkflowStep.SELF_ASSESS, OVERSEER, DRAFT, 403);
        assertRefused(WorkflowStep.START_REVIEW, APPROVER, SUBMITTED, 403);
        assertRefused(WorkflowStep.APPROVE, EDITOR, UNDER_REVIEW, 403);
        // a street user holding the overseer role still acts only for the street
        assertRefused(WorkflowStep.APPROVE, street(Role.DISTRICT_OVERSEER), UNDER_REVIEW, 403);
    }

    @ParameterizedTest
    @EnumSource(WorkflowStep.class)
    void anAuditorTakesNoStepAtAll(WorkflowStep step) {
        for (EvaluationStatus status : EvaluationStatus.values()) {
            assertRefused(step, AUDITOR, status, 403);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkflowStep.class)
    void anAuditorTakesNoStepEvenWhenTheSameAccountAlsoHoldsTheStepsRole(WorkflowStep step) {
        TenantAccess auditorToo = step.isStreetSide()
                ? new TenantAccess("s", "street-auditor", "panlong", "tuodong",
                        Set.of(Role.STREET_EDITOR, Role.STREET_APPROVER, Role.AUDITOR))
                : new TenantAccess("d", "district-auditor", "panlong", null, Set.of(Role.DISTRICT_OVERSEER, Role.AUDITOR));
        for (EvaluationStatus status : EvaluationStatus.values()) {
            assertRefused(step, auditorToo, status, 403);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WorkflowStep.class, names = "REOPEN", mode = EnumSource.Mode.EXCLUDE)
    void aFinalizedEvaluationRefusesEveryStepButReopeningWithItsStatus(WorkflowStep step) {
        TenantAccess actor = step.isStreetSide() ? street(step.role()) : OVERSEER;
        assertThatThrownBy(() -> Workflow.take(step, actor, FINALIZED))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(409);
                    assertThat(problem.toProblemDetail().getProperties()).containsEntry("evaluationStatus", FINALIZED)
                            .containsEntry("code", "evaluation-finalized");
                });
        assertThat(Workflow.take(WorkflowStep.REOPEN, OVERSEER, FINALIZED)).isEqualTo(DRAFT);
    }

    @Test
    void theDistrictsOverseerChoosesAProjectsTemplateOnlyWhileItIsADraft() {
        assertThat(Workflow.take(WorkflowStep.CHOOSE_TEMPLATE, OVERSEER, DRAFT)).isEqualTo(DRAFT);
        for (EvaluationStatus later : new EvaluationStatus[] {SUBMITTED, UNDER_REVIEW, RETURNED, APPROVED}) {
            assertThatThrownBy(() -> Workflow.take(WorkflowStep.CHOOSE_TEMPLATE, OVERSEER, later))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status().value()).isEqualTo(409);
                        assertThat(problem.toProblemDetail().getTitle()).contains("选定计分模板")
                                .contains("choose the scoring template");
                    });
        }
        assertRefused(WorkflowStep.CHOOSE_TEMPLATE, EDITOR, DRAFT, 403);
        assertRefused(WorkflowStep.CHOOSE_TEMPLATE, APPROVER, DRAFT, 403);
    }

    @Test
    void stepsOutOfOrderAreConflictsNamingTheCurrentStatus() {
        assertRefused(WorkflowStep.START_REVIEW, OVERSEER, DRAFT, 409);
        assertRefused(WorkflowStep.FINALIZE, OVERSEER, UNDER_REVIEW, 409);
        assertRefused(WorkflowStep.SUBMIT, APPROVER, SUBMITTED, 409);
        assertRefused(WorkflowStep.SELF_ASSESS, EDITOR, UNDER_REVIEW, 409);
        assertRefused(WorkflowStep.REOPEN, OVERSEER, APPROVED, 409);
        assertThatThrownBy(() -> Workflow.take(WorkflowStep.APPROVE, OVERSEER, SUBMITTED))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(
                        problem.toProblemDetail().getProperties()).containsEntry("evaluationStatus", SUBMITTED));
    }

    @Test
    void onlyReturningNeedsAComment() {
        assertThat(WorkflowStep.RETURN.commentRequired()).isTrue();
        assertThat(WorkflowStep.REVIEW_SCORE.commentRequired()).as("the reason of a review score").isTrue();
        assertThat(WorkflowStep.APPROVE.commentRequired()).isFalse();
        assertThat(WorkflowStep.SUBMIT.commentRequired()).isFalse();
    }

    private static void assertRefused(WorkflowStep step, TenantAccess actor, EvaluationStatus status, int httpStatus) {
        assertThatThrownBy(() -> Workflow.take(step, actor, status))
                .as("%s by %s in %s", step, actor.roles(), status)
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status().value()).isEqualTo(httpStatus));
    }

    private static TenantAccess street(Role role) {
        return new TenantAccess("s", "street-user", "panlong", "jinchen", Set.of(role));
    }
}
