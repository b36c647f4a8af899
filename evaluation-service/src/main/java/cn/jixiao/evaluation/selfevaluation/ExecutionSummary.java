package cn.jixiao.evaluation.selfevaluation;

import cn.jixiao.contracts.money.Yuan;

/**
 * 全年执行数 as a summary figure (汇总数), entered by a street that keeps no ledger in Jixiao, in this service's own
 * record. Scored only while there is no ledger; when there is, the ledger wins and a difference is explained.
 *
 * @param executed    the summary figure, in 元
 * @param sourceLabel where it was taken from, as the form prints it, e.g. 部门决算
 * @param revision    the summary's revision, so an older one arriving late changes nothing
 */
public record ExecutionSummary(Yuan executed, String sourceLabel, long revision) {
}
