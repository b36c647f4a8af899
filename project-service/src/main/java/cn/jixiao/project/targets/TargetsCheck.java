package cn.jixiao.project.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.weights.PartWeightSums;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.TargetParser;
import cn.jixiao.project.indicators.UnreadableValue;
import cn.jixiao.project.templates.TemplateParts;

/**
 * The checks a 绩效目标表 passes before the street may submit it, every finding at once (plain Java, like the
 * indicator rules it builds on). A draft saves with all of these open; they only stop a submission:
 * <ul>
 *   <li>the tree is complete: it has indicators, and no line misses its 年度指标值 or 分值 (a 不适用 line misses
 *       nothing), as the tree's completeness lists them;</li>
 *   <li>every quantitative target reads with a unit and a comparator ({@link TargetParser}, the "forms go in as
 *       printed" rules): a bare "10" says neither what is counted nor whether more is better. A qualitative
 *       target (按时完成) needs neither;</li>
 *   <li>every 产出指标 dimension in use (数量, 质量, 时效, 成本) has at least one quantitative indicator, so the output
 *       can be measured and not only described;</li>
 *   <li>no target is written with a vague wording ({@link VagueWording}: 进一步提高, 有所提升 …);</li>
 *   <li>the weights add up to the template the project's self-evaluation is scored under: each part's 三级指标 to
 *       the part's 分值 (the one rule, {@link PartWeightSums}, which evaluation-service applies with the score), and
 *       no line sits in a part the template does not score. The template is evaluation-service's (ADR 0008); this
 *       service knows it from evaluation-service's events ({@link TemplateParts}).</li>
 * </ul>
 * While no template is known for the project (evaluation-service has not announced its evaluation yet, which it does
 * as soon as the project's first facts reach it), the weights are not checked and nothing is said: the street did
 * nothing wrong and can do nothing about it, and the self-evaluation checks the same sums against the same template
 * before it can be submitted, so nothing escapes. A finding the street cannot act on would only stop it.
 */
public final class TargetsCheck {

    private TargetsCheck() {
    }

    /** The checks without a template: the weights' sums are not checked. */
    public static List<TargetsFinding> findings(List<Indicator> indicators) {
        return findings(indicators, Optional.empty());
    }

    /** Every check; the weights' sums against the template when the project's template is known. */
    public static List<TargetsFinding> findings(List<Indicator> indicators, Optional<TemplateParts> template) {
        List<TargetsFinding> findings = withoutTemplate(indicators);
        if (!indicators.isEmpty()) {
            template.ifPresent(known -> checkWeights(known, indicators, findings));
        }
        return findings;
    }

    private static List<TargetsFinding> withoutTemplate(List<Indicator> indicators) {
        List<TargetsFinding> findings = new ArrayList<>();
        if (indicators.isEmpty()) {
            findings.add(new TargetsFinding("no-indicators", null, null, null, "indicators",
                    "尚未设定绩效指标，请先填写绩效目标表",
                    "No indicators yet: fill in the performance targets first"));
            return findings;
        }
        for (Indicator indicator : indicators) {
            if (indicator.markedNotApplicable()) {
                continue;
            }
            if (indicator.missing().contains(Indicator.Missing.TARGET)) {
                findings.add(finding("target-missing", indicator, "target",
                        Bilingual.of("未填写年度指标值", "has no target (年度指标值) yet")));
            } else {
                checkTarget(indicator, findings);
            }
            if (indicator.missing().contains(Indicator.Missing.WEIGHT)) {
                findings.add(finding("weight-missing", indicator, "weight",
                        Bilingual.of("未填写分值", "has no weight (分值) yet")));
            }
        }
        Arrays.stream(IndicatorDimension.values()).filter(dimension -> dimension.category() == IndicatorCategory.OUTPUT)
                .forEach(dimension -> checkOutputDimension(dimension, indicators, findings));
        return findings;
    }

    private static void checkTarget(Indicator indicator, List<TargetsFinding> findings) {
        String text = indicator.target().text();
        try {
            // read again as printed: a tree stored under older rules is judged by today's
            TargetParser.parseTarget(text);
        } catch (UnreadableValue unreadable) {
            findings.add(finding("target-unreadable", indicator, "target", unreadable.reason()));
            return;
        }
        if (indicator.target().isQualitative()) {
            VagueWording.in(text).ifPresent(phrase -> findings.add(finding("vague-target", indicator, "target",
                    Bilingual.of("年度指标值“" + text + "”表述模糊（“" + phrase + "”无法在年底核实是否完成），请写成数值和单位"
                                    + "（如 ≥90%、≥10次），或可核实的具体描述（如 2023年12月底前完成验收）",
                            "the target \"" + text + "\" is vague (\"" + phrase + "\" cannot be verified at the end of "
                                    + "the year); write a number with its unit (≥90%, ≥10次) or a checkable statement"))));
            return;
        }
        if (indicator.target().unit() == null) {
            findings.add(finding("target-without-unit", indicator, "target", Bilingual.of(
                    "年度指标值“" + text + "”没有单位，请写明计量单位，如 " + text + "个、" + text + "%",
                    "the target \"" + text + "\" has no unit; write it, e.g. " + text + "个 or " + text + "%")));
        }
        if (indicator.target().comparator() == null) {
            findings.add(finding("target-without-comparator", indicator, "target", Bilingual.of(
                    "年度指标值“" + text + "”没有比较方式，请写明 ≥、≤ 或 =（如 ≥" + text + "），或选择指标方向",
                    "the target \"" + text + "\" does not say how it compares; write ≥, ≤ or = (e.g. ≥" + text
                            + ") or choose the direction")));
        }
    }

    private static void checkOutputDimension(IndicatorDimension dimension, List<Indicator> indicators,
                                             List<TargetsFinding> findings) {
        List<Indicator> inUse = indicators.stream()
                .filter(indicator -> indicator.dimension() == dimension && !indicator.markedNotApplicable())
                .toList();
        boolean anyQuantitative = inUse.stream()
                .anyMatch(indicator -> indicator.target() != null && !indicator.target().isQualitative());
        // a dimension whose targets are all still blank is listed as missing above; one finding per cell is enough
        boolean anyWritten = inUse.stream().anyMatch(indicator -> indicator.target() != null);
        if (inUse.isEmpty() || anyQuantitative || !anyWritten) {
            return;
        }
        Indicator first = inUse.get(0);
        findings.add(new TargetsFinding("output-without-quantitative", first.id(), first.name(), dimension, "target",
                "产出指标的“" + dimension.label() + "”没有定量指标：至少一个三级指标的年度指标值应为数值和单位（如 ≥10次、≥95%）",
                "The output dimension " + dimension.label() + " (" + dimension + ") has no quantitative indicator: at "
                        + "least one target must be a number with its unit (≥10次, ≥95%)"));
    }

    private static void checkWeights(TemplateParts template, List<Indicator> indicators, List<TargetsFinding> findings) {
        Map<IndicatorCategory, BigDecimal> parts = template.byCategory();
        for (Indicator indicator : indicators) {
            if (indicator.markedNotApplicable() && !PartWeightSums.usable(indicator.weight())) {
                continue; // a "/" line without weight is not scored, so no part has to take it
            }
            if (!parts.containsKey(indicator.category())) {
                findings.add(finding("part-not-in-template", indicator, "dimension", Bilingual.of(
                        "属于" + indicator.category().label() + "，评价模板「" + template.name() + "」不设此部分，不计入总分，"
                                + "请改列其他一级指标或删除",
                        "is under " + indicator.category() + ", which the template \"" + template.name()
                                + "\" does not score; move it to another part or remove it")));
            }
        }
        List<PartWeightSums.Line> lines = indicators.stream()
                .map(indicator -> new PartWeightSums.Line(indicator.category(), indicator.weight())).toList();
        for (PartWeightSums.PartSum part : PartWeightSums.mismatches(parts, lines)) {
            Indicator first = indicators.stream().filter(indicator -> indicator.category() == part.category())
                    .findFirst().orElse(null);
            String sum = plain(part.sum());
            String expected = plain(part.expected());
            findings.add(new TargetsFinding("weights-do-not-add-up", first == null ? null : first.id(),
                    first == null ? null : first.name(), first == null ? null : first.dimension(), "weight",
                    part.category().label() + "各三级指标分值合计 " + sum + "，应为评价模板「" + template.name() + "」规定的 "
                            + expected + "，请调整分值" + (first == null ? "或增加该部分的指标" : ""),
                    "The weights under " + part.category().label() + " (" + part.category() + ") add up to " + sum
                            + "; the template \"" + template.name() + "\" sets " + expected,
                    part.category()));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static TargetsFinding finding(String code, Indicator indicator, String field, Bilingual what) {
        return new TargetsFinding(code, indicator.id(), indicator.name(), indicator.dimension(), field,
                "“" + indicator.name() + "”（" + indicator.dimension().label() + "）：" + what.zh(),
                "\"" + indicator.name() + "\" (" + indicator.dimension() + "): " + what.en());
    }
}
