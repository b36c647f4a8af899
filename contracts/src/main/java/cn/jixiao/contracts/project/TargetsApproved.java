package cn.jixiao.contracts.project;

import java.util.List;

/**
 * The district approved (批复) a project's 绩效目标表: its targets are locked from now on, and these are the targets
 * in force, which the self-evaluation scores against and the report prints. Carries the approved tree, so a reader
 * needs no earlier {@link IndicatorsDefined} to know what was approved.
 *
 * @param revision   the indicator tree's revision approved, as {@link IndicatorsDefined#revision()} numbers it
 * @param approvedBy the district overseer's login name
 * @param comment    the district's remark; {@code null} if none
 * @param indicators the approved indicators, as {@link IndicatorsDefined} publishes them (without actuals)
 */
public record TargetsApproved(String projectId, String districtId, String streetId, long revision,
                              String approvedBy, String comment, List<IndicatorsDefined.Indicator> indicators) {

    public TargetsApproved {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
