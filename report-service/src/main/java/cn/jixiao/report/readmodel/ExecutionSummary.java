package cn.jixiao.report.readmodel;

import cn.jixiao.contracts.money.Yuan;

/**
 * 全年执行数 entered as a summary figure (汇总数) by a street that keeps no ledger in Jixiao, with where it was taken
 * from. The report uses it only while there is no ledger, and then says so.
 *
 * @param sourceLabel the source as printed, e.g. 部门决算
 * @param revision    the summary's revision, so an older one arriving late changes nothing
 */
public record ExecutionSummary(Yuan executed, String sourceLabel, String note, long revision) {

    /** The footnote the form and the report print under a figure taken from this summary. */
    public String marking() {
        return "全年执行数为汇总数，来源：" + sourceLabel;
    }
}
