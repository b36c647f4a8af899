package cn.jixiao.evaluation.template;

import java.util.List;

import cn.jixiao.contracts.project.IndicatorDirection;

import static cn.jixiao.evaluation.template.Part.BUDGET_EXECUTION;
import static cn.jixiao.evaluation.template.Part.EFFECT;
import static cn.jixiao.evaluation.template.Part.OUTPUT;
import static cn.jixiao.evaluation.template.Part.SATISFACTION;

/** The platform-wide templates every district can use or copy. */
public final class ShippedTemplates {

    public static final String NATIONAL_ID = "national-default";
    public static final String PERFORMANCE_NINETY_ID = "budget10-performance90";
    public static final String EXCELLENT_FROM_EIGHTY_ID = "excellent-from-80";

    /** The sections of the seed report (金辰 2023), which follows the national outline closely. */
    public static final List<String> SEED_REPORT_SECTIONS = List.of(
            "项目基本情况",
            "绩效评价工作情况",
            "评价结论和绩效分析",
            "成本效益分析",
            "主要经验及做法、存在的问题和建议",
            "佐证材料");

    private static final EvaluationTemplate NATIONAL = new EvaluationTemplate(
            NATIONAL_ID, 1, "全国通用项目支出绩效自评模板", null, null,
            List.of(PartWeight.of(BUDGET_EXECUTION, 10), PartWeight.of(OUTPUT, 50), PartWeight.of(EFFECT, 30),
                    PartWeight.of(SATISFACTION, 10)),
            GradeBands.nationalDefault(),
            ReverseFormula.BAND,
            QualitativeBands.nationalDefault(),
            ExecutionRateRule.nationalDefault(),
            false,
            DeviationNoteRule.nationalDefault(),
            SEED_REPORT_SECTIONS,
            EqualRule.LIKE_POSITIVE,
            IndicatorDirection.POSITIVE,
            EvaluationTemplate.DEFAULT_SAME_COUNT_UNITS);

    // Seen in use: 预算执行 10 + 绩效指标 90, the 90 split into 产出 60 and 效益 30, with no 满意度 part.
    private static final EvaluationTemplate PERFORMANCE_NINETY = new TemplateDraft(NATIONAL)
            .name("预算执行10分、绩效指标90分（产出60分、效益30分）")
            .parts(PartWeight.of(BUDGET_EXECUTION, 10), PartWeight.of(OUTPUT, 60), PartWeight.of(EFFECT, 30))
            .build(PERFORMANCE_NINETY_ID, 1, null, null);

    // The rules only say "优 ≥80"; the lower bands keep 差 below 60 and split 60–80 evenly between 良 and 中.
    private static final EvaluationTemplate EXCELLENT_FROM_EIGHTY = new TemplateDraft(NATIONAL)
            .name("优秀80分起的等级划分")
            .gradeBands(new GradeBands(List.of(
                    GradeBand.of(Grade.优, 80, "优秀"),
                    GradeBand.of(Grade.良, 70, "良好"),
                    GradeBand.of(Grade.中, 60, "中等"),
                    GradeBand.of(Grade.差, 0, "差"))))
            .build(EXCELLENT_FROM_EIGHTY_ID, 1, null, null);

    private ShippedTemplates() {
    }

    /** Central departments' defaults: 预算执行率 10, 产出 50, 效益 30, 满意度 10; 优 from 90. */
    public static EvaluationTemplate national() {
        return NATIONAL;
    }

    /** 预算执行 10 + 绩效指标 90 (产出 60, 效益 30). */
    public static EvaluationTemplate performanceNinety() {
        return PERFORMANCE_NINETY;
    }

    /** The national weights with 优 from 80 points. */
    public static EvaluationTemplate excellentFromEighty() {
        return EXCELLENT_FROM_EIGHTY;
    }

    public static List<EvaluationTemplate> all() {
        return List.of(NATIONAL, PERFORMANCE_NINETY, EXCELLENT_FROM_EIGHTY);
    }
}
