package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.weights.PartWeightSums;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.Part;
import cn.jixiao.evaluation.template.PartWeight;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * Whether the indicators' weights fit the template: every indicator has a weight (positive, at most two decimals),
 * belongs to a part the template scores, and each part's indicator weights add up to the part's weight. This is
 * the one place the weights are checked against the template (project-service saves any structurally valid tree,
 * since it does not know templates): a mismatch is not a refusal but a blocking item shown with the score, and
 * what can be scored is scored meanwhile. Until it is fixed the total is not out of 100, so the grade means
 * nothing, which is why submission waits for it.
 */
final class IndicatorWeights {

    private static final BigDecimal NO_WEIGHT = BigDecimal.ZERO;

    private IndicatorWeights() {
    }

    /** The entries as they are scored: an indicator without a usable weight is scored against 0. */
    static List<IndicatorEntry> scorable(List<IndicatorEntry> entries) {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (IndicatorEntry entry : entries) {
            if (!ids.add(entry.indicator().id())) {
                duplicates.add("指标编号 " + entry.indicator().id() + " 重复");
            }
        }
        if (!duplicates.isEmpty()) {
            // indicators are told apart by their id everywhere (actuals, notes, scores): this is not a draft to score
            throw new ScoringException(ScoringException.Reason.DUPLICATE_INDICATOR_ID, String.join("；", duplicates));
        }
        return entries.stream()
                .map(entry -> usable(entry.indicator().weight()) ? entry : entry.withIndicator(weighted(entry.indicator(), NO_WEIGHT)))
                .toList();
    }

    /** What keeps the weights from fitting the template, as blocking items: missing weights first, then the parts. */
    static List<BlockingItem> mismatches(EvaluationTemplate template, List<IndicatorEntry> entries) {
        List<BlockingItem> items = new ArrayList<>();
        for (IndicatorEntry entry : entries) {
            Indicator indicator = entry.indicator();
            IndicatorCategory category = indicator.dimension().category();
            if (!usable(indicator.weight()) && entry.notApplicable()) {
                continue; // a "/" row: not applicable, printed without weight, so it has none to miss
            }
            if (!usable(indicator.weight())) {
                items.add(new BlockingItem(BlockingItem.Kind.WEIGHT_MISSING, indicator.id(),
                        "指标「" + indicator.name() + "」未设分值（应为正数且至多两位小数），暂按 0 分计"));
            }
            if (!template.scores(Part.of(category))) {
                items.add(new BlockingItem(BlockingItem.Kind.WEIGHTS_DO_NOT_MATCH_TEMPLATE, indicator.id(),
                        "指标「" + indicator.name() + "」属于" + category.label() + "，模板「" + template.name()
                                + "」不设此部分，不计入总分"));
            }
        }
        // the sums themselves are the rule project-service applies before the targets are submitted: one home
        for (PartWeightSums.PartSum part : PartWeightSums.mismatches(indicatorParts(template), lines(entries))) {
            items.add(new BlockingItem(BlockingItem.Kind.WEIGHTS_DO_NOT_MATCH_TEMPLATE, null,
                    Part.of(part.category()).label() + "各三级指标分值合计 " + plain(part.sum()) + "，应为模板规定的 "
                            + plain(part.expected())));
        }
        return items;
    }

    /** The template's parts that score indicators, in its order, with their weights. */
    private static Map<IndicatorCategory, BigDecimal> indicatorParts(EvaluationTemplate template) {
        Map<IndicatorCategory, BigDecimal> parts = new LinkedHashMap<>();
        for (PartWeight part : template.parts()) {
            if (part.part().category() != null) {
                parts.put(part.part().category(), part.weight());
            }
        }
        return parts;
    }

    private static List<PartWeightSums.Line> lines(List<IndicatorEntry> entries) {
        return entries.stream().map(entry -> new PartWeightSums.Line(entry.indicator().dimension().category(),
                entry.indicator().weight())).toList();
    }

    private static boolean usable(BigDecimal weight) {
        return PartWeightSums.usable(weight);
    }

    private static Indicator weighted(Indicator indicator, BigDecimal weight) {
        return new Indicator(indicator.id(), indicator.dimension(), indicator.name(), indicator.target(),
                indicator.direction(), weight, indicator.dataSource(), indicator.notApplicable(),
                indicator.directionSource());
    }
}
