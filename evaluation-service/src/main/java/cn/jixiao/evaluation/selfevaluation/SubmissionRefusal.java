package cn.jixiao.evaluation.selfevaluation;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.jixiao.evaluation.scoring.BlockingItem;
import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * Why a self-evaluation cannot be submitted yet: every blocking item of its score, each in Chinese (as the
 * engine words it) and English, so the street completes them all in one go rather than one refusal at a time.
 */
final class SubmissionRefusal {

    private SubmissionRefusal() {
    }

    /** One missing item. */
    record Item(BlockingItem.Kind kind, String indicatorId, String zh, String en) {
    }

    /** @throws ProblemException 422 when the evaluation cannot be submitted as it stands */
    static void check(SelfEvaluation evaluation) {
        ScoreCard card = evaluation.scoreCard();
        if (card == null) {
            String why = evaluation.selfScore().whyNotScored();
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not-scored",
                    Bilingual.of("尚未计分，不能提交", "Not scored, cannot be submitted"),
                    Bilingual.of("自评尚无得分：" + why, "The evaluation has no score yet: " + why))
                    .with("notScoredBecause", why);
        }
        List<Item> items = items(card);
        if (!items.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "submission-incomplete",
                    Bilingual.of("自评尚不完整，不能提交", "Evaluation incomplete, cannot be submitted"),
                    Bilingual.of("有 " + items.size() + " 项须补全后才能提交：" + String.join("；", items.stream().map(Item::zh).toList()),
                            items.size() + " item(s) must be completed before submitting: "
                                    + String.join("; ", items.stream().map(Item::en).toList())))
                    .with("blockingItems", items);
        }
    }

    static List<Item> items(ScoreCard card) {
        return card.blockingItems().stream()
                .map(item -> new Item(item.kind(), item.indicatorId(), item.message(), english(item, card)))
                .toList();
    }

    private static String english(BlockingItem item, ScoreCard card) {
        String name = card.indicators().stream()
                .filter(line -> line.indicatorId().equals(item.indicatorId()))
                .findFirst()
                .map(line -> "「" + line.name() + "」 (" + line.indicatorId() + ")")
                .orElse(item.indicatorId());
        return switch (item.kind()) {
            case DEVIATION_NOTE_MISSING -> "indicator " + name + " scores " + lineOf(card, item).score() + " of "
                    + lineOf(card, item).scaledWeight().stripTrailingZeros().toPlainString()
                    + " and needs its deviation analysis and improvement measures (偏差原因分析及改进措施)";
            case EXECUTION_EXPLANATION_MISSING -> "the budget execution rate of " + card.execution().ratePercent()
                    + "% is below the threshold and needs a written explanation";
            case ACTUAL_NOT_REPORTED -> "indicator " + name + " has no reported actual value";
            case QUALITATIVE_NOT_GRADED -> "qualitative indicator " + name + " has no grade and score yet";
            case BUDGET_NOT_SET -> "the full-year budget is 0, so there is no execution rate; enter the budget";
            case WEIGHTS_DO_NOT_MATCH_TEMPLATE -> item.indicatorId() == null
                    ? "the indicator weights of a part do not add up to the template's: " + item.message()
                    : "indicator " + name + " belongs to a part the template does not score";
            case WEIGHT_MISSING -> "indicator " + name + " has no weight (分值) yet";
            case TARGET_MISSING, INDICATOR_NOT_SCORABLE, UNITS_DIFFER, TEXT_ACTUAL_NOT_JUDGED,
                 QUALITATIVE_SCORE_OUTSIDE_BAND -> item.english() == null ? item.message() : item.english();
        };
    }

    private static IndicatorScore lineOf(ScoreCard card, BlockingItem item) {
        return card.indicators().stream().filter(line -> line.indicatorId().equals(item.indicatorId()))
                .findFirst().orElseThrow();
    }
}
