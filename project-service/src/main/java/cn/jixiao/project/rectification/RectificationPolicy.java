package cn.jixiao.project.rectification;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.project.review.ReviewPolicy.Verdict;
import cn.jixiao.project.review.Side;
import cn.jixiao.tenancy.TenantAccess;

/**
 * What a 整改 item adds to the shared {@link ReviewPolicy} of its steps ({@link RectificationStep}): opening one by
 * hand, which is no step and the district overseer's alone. An auditor reads every item and writes nothing, the
 * platform's rule, although issue #15 mentions auditors adding items. Plain Java, specified by its unit tests;
 * whether the caller sees the project at all is settled before (404).
 */
final class RectificationPolicy {

    private RectificationPolicy() {
    }

    /** Only the district's overseer opens an item by hand; the automatic ones are opened by the service. */
    static Verdict<RectificationState> mayOpen(TenantAccess actor) {
        if (!ReviewPolicy.mayAct(Side.DISTRICT, actor)) {
            return Verdict.refused(Outcome.WRONG_ROLE, null, Bilingual.of("整改事项只能由区复核人员录入",
                    "Only the district's overseer may open a rectification item"));
        }
        return Verdict.allowed(RectificationState.OPEN);
    }
}
