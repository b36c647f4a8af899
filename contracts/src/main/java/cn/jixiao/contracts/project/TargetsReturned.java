package cn.jixiao.contracts.project;

/**
 * The district returned a project's submitted 绩效目标表 to its street with comments: the street may change the
 * targets again and submit them anew.
 *
 * @param revision   the indicator tree's revision that was returned
 * @param returnedBy the district overseer's login name
 * @param comment    what to change; a return always says why
 */
public record TargetsReturned(String projectId, String districtId, String streetId, long revision,
                              String returnedBy, String comment) {
}
