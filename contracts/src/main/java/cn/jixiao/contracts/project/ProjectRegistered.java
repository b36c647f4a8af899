package cn.jixiao.contracts.project;

/**
 * A street registered a funded project. Carries everything the evaluation and report services need
 * to open their own record of it, so they never call project-service back.
 *
 * @param projectId         project-service's id of the project
 * @param districtId        the district (区) that oversees the street, e.g. {@code panlong}
 * @param streetId          the street (街道) that owns it, e.g. {@code jinchen}; equals the envelope's tenant
 * @param code              the project code the finance bureau assigned
 * @param name              项目名称
 * @param year              the budget year
 * @param competentDepartment 主管部门
 * @param implementingUnit  实施单位
 */
public record ProjectRegistered(
        String projectId,
        String districtId,
        String streetId,
        String code,
        String name,
        int year,
        String competentDepartment,
        String implementingUnit) {
}
