package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TemplateValidationTest {

    private final EvaluationTemplate national = ShippedTemplates.national();

    @Test
    void partWeightsThatDoNotAddUpToHundredAreRejected() {
        assertThatThrownBy(() -> national.nextVersion(draft -> draft.parts(
                PartWeight.of(Part.BUDGET_EXECUTION, 10), PartWeight.of(Part.OUTPUT, 50), PartWeight.of(Part.EFFECT, 35))))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("各部分分值合计应为 100，实为 95");
    }

    @Test
    void aTemplateWithoutBudgetExecutionOrWithoutIndicatorsIsRejected() {
        InvalidTemplateException noExecution = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft.parts(PartWeight.of(Part.OUTPUT, 100))));
        assertThat(noExecution.reasons()).containsExactly("缺少预算执行率分值 (no budget execution part)");

        InvalidTemplateException noIndicators = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft.parts(PartWeight.of(Part.BUDGET_EXECUTION, 100))));
        assertThat(noIndicators.reasons()).containsExactly("缺少绩效指标分值 (no indicator part)");
    }

    @Test
    void aPartListedTwiceOrWeighingNothingOrHavingThreeDecimalsIsRejected() {
        InvalidTemplateException rejected = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft.parts(
                        PartWeight.of(Part.BUDGET_EXECUTION, 10),
                        PartWeight.of(Part.OUTPUT, 45),
                        new PartWeight(Part.OUTPUT, new BigDecimal("44.995")),
                        new PartWeight(Part.EFFECT, new BigDecimal("0.005")),
                        PartWeight.of(Part.SATISFACTION, 0))));

        assertThat(rejected.reasons()).containsExactly(
                "产出指标 重复设置分值 (part listed twice)",
                "产出指标 的分值 44.995 应为正数且至多两位小数 (part weight must be positive with at most two decimals)",
                "效益指标 的分值 0.005 应为正数且至多两位小数 (part weight must be positive with at most two decimals)",
                "满意度指标 的分值 0 应为正数且至多两位小数 (part weight must be positive with at most two decimals)");
    }

    @Test
    void gradeBandsOutOfOrderOrOverlappingOrNotStartingAtZeroAreRejected() {
        InvalidTemplateException rejected = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft.gradeBands(new GradeBands(List.of(
                        GradeBand.of(Grade.优, 90, "优秀"),
                        GradeBand.of(Grade.良, 90, "良好"),
                        GradeBand.of(Grade.差, 10, "差"),
                        GradeBand.of(Grade.中, 5, "中等"))))));

        assertThat(rejected.reasons()).containsExactly(
                "等级 良 的起点 90 不低于 优 的起点 90，等级区间重叠 (grade bands overlap)",
                "等级应按 优、良、中、差 的顺序各出现一次，中 排在 差 之后 (grades must be listed best first, each once)",
                "最低等级应从 0 分起，否则低分没有等级 (the lowest grade band must start at 0)");
    }

    @Test
    void aGradeBandAboveHundredOrWithoutItsReportWordingIsRejected() {
        InvalidTemplateException rejected = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft.gradeBands(new GradeBands(List.of(
                        GradeBand.of(Grade.优, 101, " "),
                        GradeBand.of(Grade.差, 0, "差"))))));

        assertThat(rejected.reasons()).containsExactly(
                "等级 优 缺少报告用语 (grade 优 has no label)",
                "等级 优 的起点 101 不在 0–100 之间 (grade band lower bound outside 0–100)");
    }

    @Test
    void qualitativeBandsWithAGapAnOverlapOrOutside0To100AreRejected() {
        InvalidTemplateException gap = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft.qualitativeBands(new QualitativeBands(List.of(
                        QualitativeBand.of(QualitativeGrade.ACHIEVED, 85, 100),
                        QualitativeBand.of(QualitativeGrade.PARTLY_ACHIEVED, 60, 80),
                        QualitativeBand.of(QualitativeGrade.NOT_ACHIEVED, 0, 60))))));
        assertThat(gap.reasons()).containsExactly(
                "定性等级「部分达成年度指标并具有一定效果」的上限应为 85%，区间须从高到低首尾相接、互不重叠 (qualitative bands must "
                        + "be listed best first, contiguous up to 100%, without overlap)");

        InvalidTemplateException overlapAndOutside = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft.qualitativeBands(new QualitativeBands(List.of(
                        QualitativeBand.of("好", 80, 110),
                        QualitativeBand.of("较好", 60, 90),
                        QualitativeBand.of("好", 0, 60))))));
        assertThat(overlapAndOutside.reasons()).containsExactly(
                "定性等级「好」的区间 分值的 80%（含）至 110%（不含） 超出分值的 0%–100% (qualitative band outside 0–100% of the weight)",
                "定性等级「好」的上限应为 100%，区间须从高到低首尾相接、互不重叠 (qualitative bands must be listed best first, "
                        + "contiguous up to 100%, without overlap)",
                "定性等级「较好」的上限应为 80%，区间须从高到低首尾相接、互不重叠 (qualitative bands must be listed best first, "
                        + "contiguous up to 100%, without overlap)",
                "定性等级「好」重复 (qualitative grade listed twice)");
    }

    @Test
    void aTemplateMayGradeOnItsOwnScale() {
        EvaluationTemplate fourGrades = national.nextVersion(draft -> draft.qualitativeBands(new QualitativeBands(List.of(
                QualitativeBand.of("好", 90, 100), QualitativeBand.of("较好", 75, 90),
                QualitativeBand.of("一般", 60, 75), QualitativeBand.of("差", 0, 60)))));

        assertThat(fourGrades.qualitativeBands().gradesListed()).isEqualTo("好、较好、一般、差");
        assertThat(fourGrades.qualitativeBands().bandOf("较好").describe()).isEqualTo("分值的 75%（含）至 90%（不含）");
        assertThat(national.qualitativeBands().bandOf(QualitativeGrade.ACHIEVED).label()).isEqualTo("达成年度指标");
    }

    @Test
    void theDefaultDirectionOfABareTargetCannotBeQualitativeAndCountUnitsAreCounts() {
        InvalidTemplateException rejected = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft
                        .defaultDirection(cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE)
                        .sameCountUnits(List.of("个", "万元", "个"))));

        assertThat(rejected.reasons()).containsExactly(
                "无比较符的年度指标值默认方向应为正向、反向或等于，不能为定性 (the default direction of a bare target must be "
                        + "POSITIVE, NEGATIVE or EQUAL)",
                "「万元」是金额或百分比单位，不是计数单位 (money and percent are not count units)",
                "计数单位「个」重复 (count unit listed twice)");
    }

    @Test
    void deviationThresholdsMustBePercentagesAndReportSectionsDistinctAndNamed() {
        InvalidTemplateException rejected = catchThrowableOfType(InvalidTemplateException.class,
                () -> national.nextVersion(draft -> draft
                        .deviationNotes(new DeviationNoteRule(new BigDecimal("120"), new BigDecimal("-1")))
                        .reportSections(List.of("项目基本情况", "项目基本情况", " "))));

        assertThat(rejected.reasons()).containsExactly(
                "偏差说明的指标得分阈值应在 0%–100% 之间 (deviation note threshold must be a percentage)",
                "执行率说明阈值应在 0%–100% 之间 (execution explanation threshold must be a percentage)",
                "报告章节「项目基本情况」重复 (report section listed twice)",
                "报告章节标题不能为空 (blank report section)");
    }

    @Test
    void aTemplateMissingItsSettingsListsEveryMissingOneAtOnce() {
        InvalidTemplateException rejected = catchThrowableOfType(InvalidTemplateException.class,
                () -> new EvaluationTemplate(" ", 0, null, null, null, null, null, null, null, null, false, null, null, null, null, null));

        assertThat(rejected.reasons()).contains(
                "模板缺少编号 (no id)",
                "模板版本应从 1 起，实为 0 (version must be 1 or more)",
                "模板缺少名称 (no name)",
                "未设置自评等级 (no grade bands)",
                "未设置反向指标计分方法 (no reverse-indicator formula)",
                "未设置定性指标等级 (no qualitative bands)",
                "未设置预算执行率计分规则 (no execution-rate rule)",
                "未设置偏差说明规则 (no deviation-note rule)",
                "报告缺少章节 (no report sections)");
    }
}
