package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.Part;
import cn.jixiao.evaluation.template.PartWeight;

import static cn.jixiao.evaluation.scoring.Figures.plain;

/**
 * Checks that the indicators fit the template before anything is scored: every indicator belongs to a part the
 * template scores, and each part's indicator weights add up to the part's weight. Otherwise the total would not
 * be out of 100 and the grade would mean nothing.
 */
final class IndicatorWeights {

    private IndicatorWeights() {
    }

    static void check(EvaluationTemplate template, List<IndicatorEntry> entries) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<IndicatorCategory, BigDecimal> sums = new EnumMap<>(IndicatorCategory.class);
        for (IndicatorEntry entry : entries) {
            Indicator indicator = entry.indicator();
            if (!ids.add(indicator.id())) {
                problems.add("指标编号 " + indicator.id() + " 重复");
            }
            BigDecimal weight = indicator.weight();
            if (weight == null || weight.signum() <= 0 || weight.stripTrailingZeros().scale() > 2) {
                problems.add("指标「" + indicator.name() + "」的分值应为正数且至多两位小数");
                continue;
            }
            IndicatorCategory category = indicator.dimension().category();
            if (!template.scores(Part.of(category))) {
                problems.add("指标「" + indicator.name() + "」属于" + category.label() + "，模板「" + template.name()
                        + "」不设此部分");
            }
            sums.merge(category, weight, BigDecimal::add);
        }
        for (PartWeight part : template.parts()) {
            if (part.part().category() == null) {
                continue;
            }
            BigDecimal sum = sums.getOrDefault(part.part().category(), BigDecimal.ZERO);
            if (sum.compareTo(part.weight()) != 0) {
                problems.add(part.part().label() + "各三级指标分值合计 " + plain(sum) + "，应为模板规定的 "
                        + plain(part.weight()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException(ScoringException.Reason.WEIGHTS_DO_NOT_ADD_UP, String.join("；", problems));
        }
    }
}
