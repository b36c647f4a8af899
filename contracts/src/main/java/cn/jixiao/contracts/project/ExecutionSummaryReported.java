package cn.jixiao.contracts.project;

import cn.jixiao.contracts.money.Yuan;

/**
 * A street that does not keep its ledger in Jixiao entered 全年执行数 as a summary figure (汇总数) with its source,
 * e.g. from the 部门决算. Carries the whole summary, so consumers replace what they had. A ledger, once it has any
 * entry, wins over this figure; consumers flag a difference between the two instead of choosing silently.
 *
 * @param executed     全年执行数 as a summary figure, in 元
 * @param source       where it was taken from
 * @param sourceDetail the source named in words when {@code source} is {@link ExecutionSource#OTHER}, else
 *                     {@code null}
 * @param note         the street's note on the figure, {@code null} if none
 * @param revision     increases with every change, so a consumer can ignore an older summary that arrives late
 */
public record ExecutionSummaryReported(
        String projectId,
        String districtId,
        String streetId,
        Yuan executed,
        ExecutionSource source,
        String sourceDetail,
        String note,
        long revision) {

    /** The source as the form prints it: the label, or for 其他 the source named in words. */
    public String sourceLabel() {
        return source == ExecutionSource.OTHER && sourceDetail != null && !sourceDetail.isBlank()
                ? sourceDetail : source.label();
    }
}
