package cn.jixiao.evaluation.selfevaluation;

/**
 * The facts of a newly registered project that its self-evaluation records, read from project-service's
 * ProjectRegistered at the feed ({@link ProjectEventMapping}).
 *
 * @param projectId  the project
 * @param districtId its district
 * @param streetId   its street, the tenant of its evaluations
 * @param code       项目编码
 * @param name       项目名称
 * @param year       预算年度
 */
public record RegisteredProject(String projectId, String districtId, String streetId, String code, String name,
                                int year) {
}
