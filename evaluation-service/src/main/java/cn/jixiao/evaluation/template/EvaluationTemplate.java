package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.jixiao.contracts.project.IndicatorUnits;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.IndicatorDirection;

/**
 * One version of an evaluation template: every number the scoring rules leave to provinces, cities and
 * districts. A version never changes (an evaluation records the version that scored it, and old evaluations
 * must keep their scores); {@link #nextVersion} and {@link #copyForDistrict} make new ones. A template that
 * could not score an evaluation cannot be constructed: {@link InvalidTemplateException} lists why.
 *
 * @param ownerDistrictId      the district owning this copy, {@code null} for a platform-wide template
 * @param basedOn              the template version a district copy was made from, {@code null} for an original
 * @param parts                the weighted parts, 预算执行率 included; they add up to 100
 * @param rescaleNotApplicable whether indicators marked not applicable are dropped and the rest rescaled
 * @param reportSections       the headings of the 绩效自评报告, in order
 * @param equalRule            how a 等于 indicator is scored; {@link EqualRule#LIKE_POSITIVE} by default
 * @param defaultDirection     the direction of an indicator whose target is a bare number without comparator
 *                             (e.g. "1"): 正向 by default, 反向 or 等于 if the template says so
 * @param sameCountUnits       count units that name the same count, so an actual in one is read against a target
 *                             in another (个, 项, 件 by default; 次 is a count of events, not of things, so it is
 *                             not among them unless a template adds it); an empty list: every count unit stands
 *                             alone. Percent (%, ％, 百分比) and money (元, 万元, 亿元) are always understood
 * <p>
 * A template stored before the last three settings existed reads them as their defaults.
 */
@Schema(description = "评价模板的一个版本：权重、等级、计分规则和报告章节，发布后不再改变 / one version of an evaluation "
        + "template: weights, grade bands, scoring rules and report sections; never changes once published")
public record EvaluationTemplate(
        String id,
        int version,
        String name,
        String ownerDistrictId,
        TemplateRef basedOn,
        List<PartWeight> parts,
        GradeBands gradeBands,
        ReverseFormula reverseFormula,
        QualitativeBands qualitativeBands,
        ExecutionRateRule executionRate,
        boolean rescaleNotApplicable,
        DeviationNoteRule deviationNotes,
        List<String> reportSections,
        EqualRule equalRule,
        IndicatorDirection defaultDirection,
        List<String> sameCountUnits) {

    /** 个, 项 and 件: the units the forms use interchangeably for a number of things. */
    public static final List<String> DEFAULT_SAME_COUNT_UNITS = IndicatorUnits.COUNT_WORDS;

    public EvaluationTemplate {
        parts = parts == null ? List.of() : List.copyOf(parts);
        reportSections = reportSections == null ? List.of() : List.copyOf(reportSections);
        equalRule = equalRule == null ? EqualRule.LIKE_POSITIVE : equalRule;
        defaultDirection = defaultDirection == null ? IndicatorDirection.POSITIVE : defaultDirection;
        sameCountUnits = sameCountUnits == null ? DEFAULT_SAME_COUNT_UNITS
                : sameCountUnits.stream().map(unit -> unit == null ? null : unit.strip()).toList();
        List<String> problems = problems(id, version, name, parts, gradeBands, reverseFormula, qualitativeBands,
                executionRate, deviationNotes, reportSections);
        problems.addAll(indicatorRuleProblems(defaultDirection, sameCountUnits));
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException(id, problems);
        }
    }

    public TemplateRef ref() {
        return new TemplateRef(id, version);
    }

    /** The part's 分值, or 0 when the template does not score that part. */
    public BigDecimal weightOf(Part part) {
        return parts.stream()
                .filter(weighted -> weighted.part() == part)
                .map(PartWeight::weight)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    public boolean scores(Part part) {
        return parts.stream().anyMatch(weighted -> weighted.part() == part);
    }

    /** The next version of this template, with the given changes; this version stays as it is. */
    public EvaluationTemplate nextVersion(Consumer<TemplateDraft> changes) {
        TemplateDraft draft = new TemplateDraft(this);
        changes.accept(draft);
        return draft.build(id, version + 1, ownerDistrictId, basedOn);
    }

    /** A district's own template, version 1 under a new id, with the same settings as this version. */
    public EvaluationTemplate copyForDistrict(String districtId, String newName) {
        Objects.requireNonNull(districtId, "districtId");
        return new TemplateDraft(this).name(newName).build(UUID.randomUUID().toString(), 1, districtId, ref());
    }

    /**
     * The event telling project-service the part weights to check a project's indicators against, and
     * report-service the report's sections.
     */
    public TemplatePublished toPublishedEvent() {
        return new TemplatePublished(id, version, name, ownerDistrictId, parts.stream()
                .map(weighted -> new TemplatePublished.Part(weighted.part().name(), weighted.weight()))
                .toList(), reportSections);
    }

    private static List<String> problems(String id, int version, String name, List<PartWeight> parts,
                                         GradeBands gradeBands, ReverseFormula reverseFormula,
                                         QualitativeBands qualitativeBands, ExecutionRateRule executionRate,
                                         DeviationNoteRule deviationNotes, List<String> reportSections) {
        List<String> problems = new ArrayList<>();
        if (id == null || id.isBlank()) {
            problems.add("模板缺少编号 (no id)");
        }
        if (version < 1) {
            problems.add("模板版本应从 1 起，实为 " + version + " (version must be 1 or more)");
        }
        if (name == null || name.isBlank()) {
            problems.add("模板缺少名称 (no name)");
        }
        problems.addAll(partProblems(parts));
        problems.addAll(gradeBands == null ? List.of("未设置自评等级 (no grade bands)") : gradeBands.problems());
        if (reverseFormula == null) {
            problems.add("未设置反向指标计分方法 (no reverse-indicator formula)");
        }
        problems.addAll(qualitativeBands == null
                ? List.of("未设置定性指标等级 (no qualitative bands)") : qualitativeBands.problems());
        if (executionRate == null) {
            problems.add("未设置预算执行率计分规则 (no execution-rate rule)");
        }
        problems.addAll(deviationNotes == null
                ? List.of("未设置偏差说明规则 (no deviation-note rule)") : deviationNotes.problems());
        problems.addAll(sectionProblems(reportSections));
        return problems;
    }

    private static List<String> indicatorRuleProblems(IndicatorDirection defaultDirection, List<String> sameCountUnits) {
        List<String> problems = new ArrayList<>();
        if (defaultDirection == IndicatorDirection.QUALITATIVE) {
            problems.add("无比较符的年度指标值默认方向应为正向、反向或等于，不能为定性 "
                    + "(the default direction of a bare target must be POSITIVE, NEGATIVE or EQUAL)");
        }
        Set<String> seen = new HashSet<>();
        for (String unit : sameCountUnits) {
            if (unit == null || unit.isBlank()) {
                problems.add("同一计数单位不能为空 (blank count unit)");
            } else if (!seen.add(unit)) {
                problems.add("计数单位「" + unit + "」重复 (count unit listed twice)");
            } else if (unit.contains("元") || "%".equals(IndicatorUnits.normalised(unit)) || unit.contains("%") || unit.contains("％")) {
                problems.add("「" + unit + "」是金额或百分比单位，不是计数单位 (money and percent are not count units)");
            }
        }
        return problems;
    }

    private static List<String> partProblems(List<PartWeight> parts) {
        List<String> problems = new ArrayList<>();
        Set<Part> seen = EnumSet.noneOf(Part.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (PartWeight weighted : parts) {
            if (!seen.add(weighted.part())) {
                problems.add(weighted.part().label() + " 重复设置分值 (part listed twice)");
            }
            if (weighted.weight().signum() <= 0 || !Weights.hasAtMostTwoDecimals(weighted.weight())) {
                problems.add(weighted.part().label() + " 的分值 " + weighted.weight().toPlainString()
                        + " 应为正数且至多两位小数 (part weight must be positive with at most two decimals)");
            }
            sum = sum.add(weighted.weight());
        }
        if (!seen.contains(Part.BUDGET_EXECUTION)) {
            problems.add("缺少预算执行率分值 (no budget execution part)");
        }
        if (seen.stream().noneMatch(part -> part.category() != null)) {
            problems.add("缺少绩效指标分值 (no indicator part)");
        }
        if (sum.compareTo(Weights.HUNDRED) != 0) {
            problems.add("各部分分值合计应为 100，实为 " + sum.stripTrailingZeros().toPlainString()
                    + " (part weights must add up to 100)");
        }
        return problems;
    }

    private static List<String> sectionProblems(List<String> sections) {
        List<String> problems = new ArrayList<>();
        if (sections.isEmpty()) {
            problems.add("报告缺少章节 (no report sections)");
        }
        Set<String> seen = new HashSet<>();
        for (String section : sections) {
            if (section == null || section.isBlank()) {
                problems.add("报告章节标题不能为空 (blank report section)");
            } else if (!seen.add(section)) {
                problems.add("报告章节「" + section + "」重复 (report section listed twice)");
            }
        }
        return problems;
    }
}
