package cn.jixiao.evaluation.sampling;

import cn.jixiao.evaluation.scoring.ScoreCard;

/**
 * A finalized self-evaluation the sample drew, with its score card as finalized: what the reviewers re-score and
 * what their 复核分 are set beside. A finalized round never changes (reopening starts another round), so the copy
 * is the evaluation the street signed off, whatever happens to the project later.
 */
public record SampledEvaluation(String evaluationId, String projectId, String streetId, String projectCode,
                                String projectName, int round, ScoreCard card) {
}
