package cn.jixiao.project.monitoring;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.project.review.ReviewPolicy.Verdict;
import cn.jixiao.tenancy.TenantAccess;

/**
 * What a 绩效监控表 adds to the shared {@link ReviewPolicy} of its steps ({@link MonitoringStep}): filling it, which is
 * no step. Filling is the street editor's, as every change of a project's data ({@link TenantAccess#canEdit}), while
 * the form is with the street. Plain Java, specified by its unit tests; whether the caller sees the project at all is
 * settled before (404).
 */
final class MonitoringPolicy {

    private MonitoringPolicy() {
    }

    /** The street's editor fills the form, while it is not with the district. */
    static Verdict<MonitoringState> mayFill(TenantAccess actor, String districtId, String streetId,
                                            MonitoringState current) {
        if (!actor.canEdit(districtId, streetId)) {
            return Verdict.refused(Outcome.WRONG_ROLE, current, Bilingual.of("绩效监控表只能由本街道的填报人员填写",
                    "Only the street's editors may fill the monitoring form"));
        }
        if (!current.editable()) {
            return Verdict.refused(Outcome.NOT_NOW, current, Bilingual.of(
                    "绩效监控表当前为「" + current.label() + "」，不能修改",
                    "The monitoring form is " + current.english() + "; it cannot be changed now"));
        }
        return Verdict.allowed(current);
    }
}
