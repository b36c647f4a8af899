package cn.jixiao.report.readmodel;

/**
 * The project as the street registered it: what the report's list and cover need before any detail is known.
 *
 * @param code the project code the finance bureau assigned
 * @param year the budget year
 */
public record Registration(String code, String name, int year, String competentDepartment, String implementingUnit) {
}
