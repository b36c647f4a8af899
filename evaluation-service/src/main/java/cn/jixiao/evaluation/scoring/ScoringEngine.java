package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.GradeBand;
import cn.jixiao.evaluation.template.PartWeight;

/**
 * Scores a self-evaluation under a template version, as a finance bureau would on the paper form: each line
 * rounded to two decimals half-up, the part subtotals and the total as sums of the rounded lines, the grade from
 * the total. Plain Java and free of side effects, so scores can be recomputed at will and always agree.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * What can be scored is scored, whatever is incomplete: the execution line and every complete line. Weights
     * that do not fit the template, a missing target or actual, a text actual not yet judged, units that differ,
     * a 定性 score outside its band: each is a blocking item (the line scoring 0.00 meanwhile), like a missing
     * actual, so the street sees all that is missing with the score.
     *
     * @throws ScoringException only when the inputs are not one evaluation's lines: two indicators with one id,
     *                          every indicator not applicable under a template that rescales
     */
    public static ScoreCard score(EvaluationTemplate template, ScoringInput input) {
        List<IndicatorEntry> entries = IndicatorWeights.scorable(input.indicators());
        ScoringInput scorable = new ScoringInput(input.budget(), entries);
        Map<String, BigDecimal> scaledWeights = WeightRescaling.scaledWeights(template, entries);
        ExecutionScore execution = ExecutionScoring.score(template, input.budget());
        List<IndicatorScoring.Scored> scored = entries.stream()
                .map(entry -> IndicatorScoring.score(template, entry, scaledWeights.get(entry.indicator().id())))
                .toList();
        List<IndicatorScore> lines = scored.stream().map(IndicatorScoring.Scored::line).toList();
        List<PartSubtotal> parts = template.parts().stream()
                .filter(part -> part.part().category() != null)
                .map(part -> subtotal(part, lines))
                .toList();
        BigDecimal total = parts.stream().map(PartSubtotal::score).reduce(execution.score(), BigDecimal::add);
        GradeBand grade = template.gradeBands().bandFor(total);
        List<BlockingItem> blocking = new ArrayList<>(IndicatorWeights.mismatches(template, input.indicators()));
        List<BlockingItem> lineProblems = scored.stream().map(IndicatorScoring.Scored::problem)
                .filter(Objects::nonNull).toList();
        blocking.addAll(lineProblems);
        blocking.addAll(SubmissionChecks.blockingItems(template.deviationNotes(), scorable, execution, lines,
                lineProblems.stream().map(BlockingItem::indicatorId).collect(Collectors.toSet())));
        return new ScoreCard(template.ref(), execution, lines, parts, total, grade.grade(), grade.label(), blocking);
    }

    private static PartSubtotal subtotal(PartWeight part, List<IndicatorScore> lines) {
        List<IndicatorScore> ofPart = lines.stream()
                .filter(line -> line.dimension().category() == part.part().category())
                .toList();
        BigDecimal scaledWeight = ofPart.stream().map(IndicatorScore::scaledWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = ofPart.stream().map(IndicatorScore::score).reduce(Figures.points(BigDecimal.ZERO), BigDecimal::add);
        return new PartSubtotal(part.part().category(), part.weight(), scaledWeight, score);
    }
}
