package cn.jixiao.contracts.project;

/**
 * The district reviewed a submitted 绩效监控表: {@code APPROVED}, or {@code RETURNED} to the street with a comment
 * saying what to change (a return always has one).
 *
 * @param reviewedBy the district overseer's login name
 */
public record MonitoringReviewed(String roundId, String projectId, String districtId, String streetId, String outcome,
                                 String reviewedBy, String comment) {
}
