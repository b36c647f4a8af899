package cn.jixiao.contracts.project;

import java.util.List;

/**
 * The district approved a 目标调整 request: the proposed targets are now the targets in force, which the
 * self-evaluation scores against and the report prints with the adjustment. Carries the tree in force, like
 * {@link TargetsApproved}, so a reader needs no earlier event to know it; project-service also publishes the new tree
 * as {@link IndicatorsDefined} with the same {@code revision}, as it does for every new definition.
 *
 * @param revisionBefore the revision of the tree in force before the adjustment
 * @param revision       the revision of the adjusted tree, now in force, as {@link IndicatorsDefined#revision()}
 *                       numbers it
 * @param reason         why the street asked for the change (调整原因)
 * @param requestedBy    the street user who filed the request
 * @param approvedBy     the district overseer's login name
 * @param comment        the district's remark; {@code null} if none
 * @param indicators     the indicators in force after the adjustment (without actuals)
 */
public record TargetsAdjusted(String projectId, String districtId, String streetId, long revisionBefore, long revision,
                             String reason, String requestedBy, String approvedBy, String comment,
                             List<IndicatorsDefined.Indicator> indicators) {

    public TargetsAdjusted {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
