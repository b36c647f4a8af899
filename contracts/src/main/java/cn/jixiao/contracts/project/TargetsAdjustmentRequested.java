package cn.jixiao.contracts.project;

import java.util.List;

/**
 * A street filed a 目标调整 request for a project whose 绩效目标表 the district approved: the targets it proposes
 * instead of the ones in force, and why. The targets in force do not change until the district approves the
 * request ({@link TargetsAdjusted}); a returned request ({@link TargetsAdjustmentReturned}) leaves them as they are.
 *
 * @param revision    the revision of the tree in force when the request was filed
 * @param reason      why the targets must change (调整原因); a request always says why
 * @param requestedBy the street user's login name
 * @param indicators  the proposed indicators, as {@link IndicatorsDefined} publishes them (without actuals)
 */
public record TargetsAdjustmentRequested(String projectId, String districtId, String streetId, long revision,
                                         String reason, String requestedBy,
                                         List<IndicatorsDefined.Indicator> indicators) {

    public TargetsAdjustmentRequested {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
