package cn.jixiao.contracts.project;

/**
 * A street submitted its project's 绩效目标表 (the indicator tree with its 年度指标值 and weights) to the district for
 * approval. From now on the targets do not change until the district returns them; actuals still may.
 *
 * @param revision    the indicator tree's revision submitted, as {@link IndicatorsDefined#revision()} numbers it
 * @param submittedBy the street user's login name
 * @param comment     what the street wrote with it; {@code null} if nothing
 */
public record TargetsSubmitted(String projectId, String districtId, String streetId, long revision,
                               String submittedBy, String comment) {
}
