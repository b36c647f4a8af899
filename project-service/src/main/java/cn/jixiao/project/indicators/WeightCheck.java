package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.project.templates.EvaluationTemplate;

/**
 * Adds the indicators' weights per 一级指标 and sets them beside the template's parts. Every category the
 * template scores is listed (an empty one sums to 0), and so is any category the template does not score
 * but indicators were filed under (expected 0): both are mismatches the street must see.
 */
public final class WeightCheck {

    private WeightCheck() {
    }

    public static List<CategorySum> sums(EvaluationTemplate template, List<Indicator> indicators) {
        return Arrays.stream(IndicatorCategory.values())
                .filter(category -> template.weightOf(category).isPresent()
                        || indicators.stream().anyMatch(indicator -> indicator.category() == category))
                .map(category -> CategorySum.of(category, template.weightOf(category).orElse(BigDecimal.ZERO),
                        indicators.stream().filter(indicator -> indicator.category() == category)
                                .map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
    }

    public static boolean allMatch(List<CategorySum> sums) {
        return sums.stream().allMatch(CategorySum::matches);
    }
}
