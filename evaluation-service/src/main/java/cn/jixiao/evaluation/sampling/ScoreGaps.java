package cn.jixiao.evaluation.sampling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.evaluation.scoring.IndicatorScore;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.selfevaluation.ReviewScore;

/**
 * The gap report of a sampled review: each re-scored line's self-score beside its 复核分, added up per street, per
 * 一级 part (预算执行率, 产出, 效益, 满意度, 成本) and per 二级 dimension, and over the whole sample. Exact: sums
 * of the two-decimal scores; only the average and the percentage are rounded, half up to the cent.
 */
public final class ScoreGaps {

    /** The 一级 key of the 预算执行率 line, which belongs to no indicator part. */
    public static final String EXECUTION = "EXECUTION";
    public static final String ALL = "ALL";

    private ScoreGaps() {
    }

    /** A sampled evaluation's card as finalized, its street, and the 复核分 recorded on it in the sample. */
    public record ReScored(String evaluationId, String streetId, ScoreCard card, List<ReviewScore> reScores) {
    }

    /** The report: per street (by id), per 一级 part and per 二级 dimension (in the form's order), and in all. */
    public record Report(List<GapRow> streets, List<GapRow> parts, List<GapRow> dimensions, GapRow overall) {
    }

    public static Report of(List<ReScored> sample) {
        Map<String, Tally> streets = new TreeMap<>();
        Map<String, Tally> parts = new LinkedHashMap<>();
        parts.put(EXECUTION, new Tally("预算执行率", null));
        for (IndicatorCategory category : IndicatorCategory.values()) {
            parts.put(category.name(), new Tally(category.label(), null));
        }
        Map<String, Tally> dimensions = new LinkedHashMap<>();
        for (IndicatorDimension dimension : IndicatorDimension.values()) {
            dimensions.put(dimension.name(), new Tally(dimension.label(), dimension.category().name()));
        }
        Tally overall = new Tally("全部", null);

        for (ReScored evaluation : sample) {
            for (ReviewScore reScore : evaluation.reScores()) {
                BigDecimal self;
                List<Tally> kinds = new ArrayList<>();
                if (reScore.isExecutionLine()) {
                    self = evaluation.card().execution().score();
                    kinds.add(parts.get(EXECUTION));
                } else {
                    IndicatorScore line = evaluation.card().indicators().stream()
                            .filter(indicator -> indicator.indicatorId().equals(reScore.indicatorId()))
                            .findFirst().orElse(null);
                    if (line == null) {
                        continue; // a 复核分 of a line the card has not is refused when set; nothing to compare
                    }
                    self = line.score();
                    kinds.add(parts.get(line.dimension().category().name()));
                    kinds.add(dimensions.get(line.dimension().name()));
                }
                kinds.add(streets.computeIfAbsent(evaluation.streetId(), street -> new Tally(street, null)));
                kinds.add(overall);
                kinds.forEach(tally -> tally.add(evaluation.evaluationId(), self, reScore.score()));
            }
        }
        return new Report(rows(streets), rows(parts), rows(dimensions), overall.row(ALL));
    }

    /** The tallies with any line, in their order. */
    private static List<GapRow> rows(Map<String, Tally> tallies) {
        return tallies.entrySet().stream()
                .filter(entry -> entry.getValue().lines > 0)
                .map(entry -> entry.getValue().row(entry.getKey()))
                .toList();
    }

    private static final class Tally {
        private final String label;
        private final String parent;
        private final Set<String> evaluations = new HashSet<>();
        private int lines;
        private BigDecimal self = BigDecimal.ZERO;
        private BigDecimal review = BigDecimal.ZERO;

        private Tally(String label, String parent) {
            this.label = label;
            this.parent = parent;
        }

        void add(String evaluationId, BigDecimal selfScore, BigDecimal reviewScore) {
            evaluations.add(evaluationId);
            lines++;
            self = self.add(selfScore);
            review = review.add(reviewScore);
        }

        GapRow row(String key) {
            return GapRow.of(key, label, parent, evaluations.size(), lines, self, review);
        }
    }
}
