package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which of the project's data a score was computed from: the revision of each snapshot project-service published
 * (its budget, ledger, summary 全年执行数, indicator system), as its own API shows them. The indicator system numbers
 * its definitions and actuals with one revision, so after a save answered revision {@code r} the score shows that
 * save once {@code actualsRevision} (or {@code indicatorsRevision}) has reached {@code r}. Each field is empty until
 * that part of the project has arrived.
 */
@Schema(description = "得分所依据的项目数据的修订号 / the revisions of the project's data the score reflects")
public record ScoreReflects(
        @Schema(description = "预算修订号 / budget revision") Long budgetRevision,
        @Schema(description = "支出明细修订号 / ledger revision") Long ledgerRevision,
        @Schema(description = "支出明细合计的记录时间 / when the ledger totals were recorded") Instant ledgerRecordedAt,
        @Schema(description = "全年执行数（汇总数）修订号 / revision of the summary 全年执行数") Long executionSummaryRevision,
        @Schema(description = "绩效指标体系修订号（指标定义）/ indicator system revision of the definition")
        Long indicatorsRevision,
        @Schema(description = "绩效指标体系修订号（实际完成值）/ indicator system revision of the actuals")
        Long actualsRevision) {

    static ScoreReflects of(ScoringInputs inputs) {
        return new ScoreReflects(revision(inputs.budgetRevision()), inputs.ledgerRevision(), inputs.executedAsOf(),
                inputs.executionSummary() == null ? null : inputs.executionSummary().revision(),
                revision(inputs.indicatorsRevision()), revision(inputs.actualsRevision()));
    }

    /** -1 is how the inputs say "none yet". */
    private static Long revision(long stored) {
        return stored < 0 ? null : stored;
    }
}
