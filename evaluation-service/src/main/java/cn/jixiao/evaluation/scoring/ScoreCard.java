package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;

/**
 * A scored self-evaluation. Every line is rounded to two decimals half-up first and the total is the sum of the
 * rounded lines, as the paper form adds up: execution score + the part subtotals = the total, to the cent.
 *
 * @param template      the template version that scored it
 * @param parts         one subtotal per indicator part of the template, in the template's order
 * @param gradeLabel    the grade as the report words it, e.g. 优秀
 * @param blockingItems what must be completed before the evaluation can be submitted; empty when it can be
 */
public record ScoreCard(TemplateRef template, ExecutionScore execution, List<IndicatorScore> indicators,
                        List<PartSubtotal> parts, BigDecimal total, Grade grade, String gradeLabel,
                        List<BlockingItem> blockingItems) {

    public ScoreCard {
        indicators = List.copyOf(indicators);
        parts = List.copyOf(parts);
        blockingItems = List.copyOf(blockingItems);
    }

    public boolean canBeSubmitted() {
        return blockingItems.isEmpty();
    }

    /** One printable line per row of the form, then the total and grade. */
    public List<String> explanationLines() {
        List<String> lines = new ArrayList<>();
        lines.add("预算执行率（分值 " + Figures.plain(execution.weight()) + "）：" + execution.explanation());
        for (IndicatorScore line : indicators) {
            lines.add(line.dimension().category().label() + " / " + line.dimension().label() + " / " + line.name()
                    + "（分值 " + Figures.plain(line.weight()) + "）：" + line.explanation());
        }
        StringBuilder sum = new StringBuilder("总分 = 预算执行率 ").append(execution.score());
        parts.forEach(part -> sum.append(" + ").append(part.category().label()).append(' ').append(part.score()));
        lines.add(sum.append(" = ").append(total).append("；自评等级：").append(grade)
                .append("（").append(gradeLabel).append("）").toString());
        return lines;
    }
}
