package cn.jixiao.evaluation.selfevaluation;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The review workflow's rules: may this person take this step on an evaluation in this status? Whether the
 * person sees the evaluation at all (own street, own district) is settled before, by the tenant filter of the
 * read: someone else's evaluation is "not found", never "forbidden".
 */
public final class Workflow {

    private Workflow() {
    }

    /**
     * @return the status after the step
     * @throws ProblemException 403 for the wrong role (auditors never write), 409 with the current status when
     *                          the step is not possible now (a finalized evaluation refuses every step but
     *                          reopening)
     */
    public static EvaluationStatus take(WorkflowStep step, TenantAccess actor, EvaluationStatus current) {
        if (!mayTake(step, actor)) {
            throw ProblemException.forbidden(Bilingual.of(
                    "「" + step.zh() + "」只能由" + (step.isStreetSide() ? "本街道" : "本区") + "的" + roleZh(step) + "操作",
                    "Only the " + (step.isStreetSide() ? "street's " : "district's ") + step.role().keycloakName()
                            + " may " + step.en()))
                    .with("requiredRole", step.role().keycloakName());
        }
        if (!step.allowedIn(current)) {
            throw notNow(step, current);
        }
        return step.next(current);
    }

    static boolean mayTake(WorkflowStep step, TenantAccess actor) {
        boolean rightSide = step.isStreetSide() == actor.isStreetUser();
        // writesAs, not has: an account that also holds the auditor role takes no step at all
        return rightSide && actor.writesAs(step.role());
    }

    private static ProblemException notNow(WorkflowStep step, EvaluationStatus current) {
        if (current == EvaluationStatus.FINALIZED) {
            return new ProblemException(HttpStatus.CONFLICT, "evaluation-finalized",
                    Bilingual.of("自评已定稿", "Evaluation finalized"),
                    Bilingual.of("已定稿的自评不可再修改，如需调整请由区复核人员重新开启（生成新一轮自评）",
                            "A finalized evaluation never changes; the district may reopen it as a new round"))
                    .with("evaluationStatus", current);
        }
        return new ProblemException(HttpStatus.CONFLICT, "step-not-allowed-now",
                Bilingual.of("当前状态下不能" + step.zh(), "Cannot " + step.en() + " now"),
                Bilingual.of("自评当前为「" + current.zh() + "」，不能" + step.zh(),
                        "The evaluation is " + current.en() + "; it cannot " + step.en() + " now"))
                .with("evaluationStatus", current);
    }

    private static String roleZh(WorkflowStep step) {
        return switch (step.role()) {
            case STREET_EDITOR -> "填报人员";
            case STREET_APPROVER -> "审核人员";
            case DISTRICT_OVERSEER -> "复核人员";
            default -> step.role().keycloakName();
        };
    }
}
