package cn.jixiao.contracts.project;

/**
 * A file of 佐证材料 was attached to the project.
 *
 * @param type        {@code INDICATOR_SYSTEM} 绩效评价指标体系, {@code BASE_DATA} 基础数据表, {@code INTERVIEW_REPORT}
 *                    访谈分析报告, {@code SURVEY_REPORT} 社会调查问卷分析报告, {@code APPROVAL} 立项/批复文件,
 *                    {@code GOAL_DECLARATION} 绩效目标申报表, {@code OTHER}
 * @param title       how the evidence list names it
 * @param contentType the sniffed type, never the one the browser claimed
 * @param sha256      of the stored bytes
 * @param position    where the item stands in the project's evidence list: 1, 2, … in the order attached, never
 *                    reused. The report's section 六、佐证材料 numbers the items still listed (not
 *                    {@link EvidenceWithdrawn withdrawn}) 1., 2., … in this order
 */
public record EvidenceAttached(String projectId, String districtId, String streetId, String evidenceId, String type,
                               String title, String fileName, String contentType, long size, String sha256,
                               int position) {
}
