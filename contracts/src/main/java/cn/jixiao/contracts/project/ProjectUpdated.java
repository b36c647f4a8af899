package cn.jixiao.contracts.project;

import java.time.LocalDate;
import java.util.List;

/**
 * The project's descriptive facts changed. Carries the whole current picture, so a consumer simply
 * replaces what it had.
 *
 * @param fundCategory   资金类别, e.g. 专项资金
 * @param fundingSources 资金来源 as named by the street, e.g. 区级财政资金
 * @param overview       项目概况 (long text, printed in section 一 of the report)
 * @param overallGoal    总目标
 * @param annualGoals    年度目标, in order; the report numbers them (1)(2)…
 * @param status         the project's status, e.g. {@code ACTIVE}
 */
public record ProjectUpdated(
        String projectId,
        String districtId,
        String streetId,
        String code,
        String name,
        int year,
        String competentDepartment,
        String implementingUnit,
        String fundCategory,
        List<String> fundingSources,
        LocalDate periodStart,
        LocalDate periodEnd,
        String overview,
        String overallGoal,
        List<String> annualGoals,
        String status,
        long revision) {
}
