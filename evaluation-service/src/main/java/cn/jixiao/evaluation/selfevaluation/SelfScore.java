package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;
import java.util.List;

import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.questionnaire.Survey;

/**
 * The street's self-score (自评分) and everything it is computed from: one part of a {@link SelfEvaluation}, so that
 * rescoring replaces this part and nothing else.
 *
 * @param inputs           the project's data the card was computed from ({@link ScoringInputs#NONE} before the first
 *                         of project-service's events)
 * @param assessment       the street's own judgements: 定性 grades, indicators not applicable, low-rate explanation
 * @param surveys          the satisfaction surveys and their results; a survey's rate replaces the reported actual of
 *                         its indicator
 * @param card             the score recomputed after the last change, {@code null} while it cannot be scored
 * @param notScoredBecause why there is no card (in Chinese), {@code null} when there is one
 * @param pendingInputs    newer project data that arrived while the score was frozen (submitted, under review,
 *                         approved, finalized), {@code null} when none: scored when the evaluation is returned to
 *                         the street, carried into the next round when it is reopened
 * @param scoredAt         when the card (or the reason there is none) was last recomputed, by the service's clock;
 *                         {@code null} before the first scoring and in documents stored before #11
 */
public record SelfScore(ScoringInputs inputs, SelfAssessment assessment, List<Survey> surveys, ScoreCard card,
                        String notScoredBecause, ScoringInputs pendingInputs, Instant scoredAt) {

    public static final SelfScore NONE = new SelfScore(null, null, null, null, null, null, null);

    public SelfScore {
        inputs = inputs == null ? ScoringInputs.NONE : inputs;
        assessment = assessment == null ? SelfAssessment.NONE : assessment;
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    /** The project's latest data: the inputs waiting while the score is frozen, else the scored ones. */
    public ScoringInputs latestInputs() {
        return pendingInputs == null ? inputs : pendingInputs;
    }

    /** Why there is no card, in Chinese: the engine's reason, or that the project's data has not arrived yet. */
    public String whyNotScored() {
        return notScoredBecause == null ? "尚未收到计分所需数据" : notScoredBecause;
    }

    /** Scored anew from these inputs and this assessment at {@code at}: nothing is pending any more. */
    SelfScore scored(ScoringInputs scoredInputs, SelfAssessment scoredAssessment, DraftScoring.Outcome outcome,
                     Instant at) {
        return new SelfScore(scoredInputs, scoredAssessment, surveys, outcome.scoreCard(), outcome.problem(), null, at);
    }

    SelfScore withSurveys(List<Survey> changed) {
        return new SelfScore(inputs, assessment, changed, card, notScoredBecause, pendingInputs, scoredAt);
    }

    /** The score unchanged, keeping newer project data for when the score follows it again. */
    SelfScore withPendingInputs(ScoringInputs newer) {
        return new SelfScore(inputs, assessment, surveys, card, notScoredBecause, newer, scoredAt);
    }

    /** A new round's starting point: the latest data, the assessment and the surveys, not yet scored. */
    SelfScore carriedOver() {
        return new SelfScore(latestInputs(), assessment, surveys, null, null, null, null);
    }
}
