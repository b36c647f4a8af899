package cn.jixiao.project.rectification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;

/**
 * The 复核 deductions of a self-evaluation the district has approved or finalized: every line whose 复核分 is below
 * the self-score is a finding, named by the evaluation and the line, so a snapshot delivered again, or a later
 * revision of the same evaluation, names the same findings. Before approval the review may still change: nothing.
 */
final class ReviewDeductions {

    static final String EXECUTION_LINE = "execution";
    private static final Set<String> DECIDED = Set.of("APPROVED", "FINALIZED");

    private ReviewDeductions() {
    }

    /**
     * The district's return of a self-evaluation with its reasons: a finding named by the evaluation and the
     * snapshot's revision, so the same return delivered again is the same finding and a later return another one.
     */
    static List<Finding> returnOf(EvaluationSnapshot snapshot) {
        if (!"RETURNED".equals(snapshot.status()) || snapshot.comment() == null || snapshot.comment().isBlank()) {
            return List.of();
        }
        return List.of(new Finding(RectificationSource.EVALUATION_RETURN,
                snapshot.evaluationId() + "/return/" + snapshot.revision(), "自评退回意见：" + snapshot.comment().strip()));
    }

    static List<Finding> of(EvaluationSnapshot snapshot) {
        ScoreBreakdown score = snapshot.score();
        if (score == null || !DECIDED.contains(snapshot.status())) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        ScoreBreakdown.Execution execution = score.execution();
        if (execution != null && below(execution.reviewScore(), execution.score())) {
            findings.add(new Finding(RectificationSource.REVIEW_DEDUCTION,
                    snapshot.evaluationId() + "/" + EXECUTION_LINE,
                    "复核扣分：预算执行率 自评 " + execution.score().toPlainString() + " 分，复核 "
                            + execution.reviewScore().toPlainString() + " 分"));
        }
        for (ScoreBreakdown.IndicatorLine line : score.indicators()) {
            if (line.notApplicable() || !below(line.reviewScore(), line.score())) {
                continue;
            }
            String reason = line.reviewReason() == null || line.reviewReason().isBlank() ? ""
                    : "。复核理由：" + line.reviewReason().strip();
            findings.add(new Finding(RectificationSource.REVIEW_DEDUCTION,
                    snapshot.evaluationId() + "/" + line.indicatorId(),
                    "复核扣分：" + line.name() + " 自评 " + line.score().toPlainString() + " 分，复核 "
                            + line.reviewScore().toPlainString() + " 分" + reason));
        }
        return findings;
    }

    private static boolean below(BigDecimal review, BigDecimal self) {
        return review != null && self != null && review.compareTo(self) < 0;
    }
}
