package cn.jixiao.report.readmodel;

import java.util.List;

/**
 * The project's descriptive facts as last updated, as far as the report prints them: the cover's names, section
 * 一's 项目概况 and 绩效目标, and the 自评表's 预期目标.
 *
 * @param annualGoals 年度目标, in order; the report numbers them (1)(2)…
 * @param revision    project-service's revision of the facts: an older picture arriving late changes nothing
 */
public record ProjectDetails(String name, int year, String competentDepartment, String implementingUnit,
                             String overview, String overallGoal, List<String> annualGoals, long revision) {

    public ProjectDetails {
        annualGoals = annualGoals == null ? List.of() : List.copyOf(annualGoals);
    }
}
