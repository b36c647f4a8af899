package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import cn.jixiao.contracts.project.IndicatorDirection;

/**
 * A new version of a district's template: the settings given replace those of the version it is based on, the
 * settings left out stay as they were. Whether the result can score an evaluation is the template's own check.
 */
@Schema(description = "发布本区模板的新版本：只填写需要修改的设置 / publish a new version of the district's template; "
        + "give only the settings that change")
record ChangeTemplate(
        @Schema(description = "所依据的版本（读取时的最新版本），防止覆盖他人的修改 / the version the change is based on "
                + "(the latest when read), so nobody's change is lost") @NotNull Integer basedOnVersion,
        @Schema(description = "模板名称 / name") String name,
        @Schema(description = "各部分分值，合计 100 / the parts' points, adding up to 100") @Valid List<PartInput> parts,
        @Schema(description = "自评等级，优在前，各给起点分 / grade bands, best first, each by its lower bound")
        @Valid List<GradeBandInput> gradeBands,
        @Schema(description = "反向指标计分方法 / reverse-indicator formula") ReverseFormula reverseFormula,
        @Schema(description = "定性指标的等级及其得分区间，优在前，首尾相接覆盖 0–100%（默认：达成/部分达成/未达成）/ the "
                + "qualitative scale, best grade first, bands contiguous over 0–100% (default: the national three)")
        @Valid List<QualitativeBandInput> qualitativeBands,
        @Schema(description = "执行率是否先取整到百分之一再计分 / round the execution rate to a whole percent first")
        Boolean roundExecutionRateToWholePercent,
        @Schema(description = "执行率得分是否按打印的两位小数执行率计算（否则按精确执行率计算后再四舍五入）/ score the "
                + "execution rate as printed, two decimals (otherwise the exact rate, the score rounded once)")
        Boolean scoreExecutionFromPrintedRate,
        @Schema(description = "不适用指标是否剔除并按比例折算 / drop not-applicable indicators and rescale the rest")
        Boolean rescaleNotApplicable,
        @Schema(description = "须填写偏差说明的阈值 / when written explanations are required") @Valid DeviationNotesInput deviationNotes,
        @Schema(description = "报告章节标题，按顺序 / the report's section headings, in order") List<String> reportSections,
        @Schema(description = "等于指标的计分方法：LIKE_POSITIVE 按正向计分（默认），DEVIATION_EITHER_WAY 偏离即扣分 / how 等于 "
                + "is scored: like 正向 (default), or a deviation either way loses points") EqualRule equalRule,
        @Schema(description = "无比较符的年度指标值（如「1」）的方向：POSITIVE（默认）、NEGATIVE 或 EQUAL / the direction of a "
                + "bare target without comparator") IndicatorDirection defaultDirection,
        @Schema(description = "视为同一计数单位的单位（默认 个、项、件），空列表则各自独立 / count units read as the same count "
                + "(default 个, 项, 件); an empty list keeps every unit apart") List<String> sameCountUnits) {

    @Schema(description = "部分及分值 / a part and its points")
    record PartInput(@Schema(description = "BUDGET_EXECUTION 预算执行率, OUTPUT 产出, EFFECT 效益, SATISFACTION 满意度, COST 成本")
                     @NotNull Part part,
                     @Schema(description = "分值 / points") @NotNull BigDecimal weight) {
    }

    @Schema(description = "自评等级区间 / a grade band")
    record GradeBandInput(@NotNull Grade grade,
                          @Schema(description = "起点分（含）/ lowest total of the band, inclusive") @NotNull BigDecimal minimumTotal,
                          @Schema(description = "报告用语，如 优秀 / as the report words it") @NotBlank String label) {
    }

    @Schema(description = "定性等级区间，占分值的百分比 / a qualitative band, in percent of the weight")
    record QualitativeBandInput(
            @Schema(description = "等级代码，如 ACHIEVED 或 优 / the grade's code, e.g. ACHIEVED or 优") @NotBlank String grade,
            @Schema(description = "表上印的等级名称，缺省为代码 / as the form prints it, the code when absent") String label,
            @NotNull BigDecimal fromPercent,
            @NotNull BigDecimal toPercent) {
    }

    @Schema(description = "偏差说明阈值 / deviation-note thresholds")
    record DeviationNotesInput(
            @Schema(description = "指标得分低于分值的该百分比须说明 / an indicator below this % of its weight needs a note")
            @NotNull BigDecimal indicatorBelowPercentOfWeight,
            @Schema(description = "执行率低于该百分比须说明 / an execution rate below this % needs an explanation")
            @NotNull BigDecimal executionRateBelowPercent) {
    }

    /** Puts the settings given into the draft of the next version. */
    void applyTo(TemplateDraft draft) {
        if (name != null) {
            draft.name(name);
        }
        if (parts != null) {
            draft.parts(parts.stream().map(input -> new PartWeight(input.part(), input.weight())).toArray(PartWeight[]::new));
        }
        if (gradeBands != null) {
            draft.gradeBands(new GradeBands(gradeBands.stream()
                    .map(band -> new GradeBand(band.grade(), band.minimumTotal(), band.label())).toList()));
        }
        if (reverseFormula != null) {
            draft.reverseFormula(reverseFormula);
        }
        if (qualitativeBands != null) {
            draft.qualitativeBands(new QualitativeBands(qualitativeBands.stream()
                    .map(band -> new QualitativeBand(band.grade(), band.label(), band.fromPercent(), band.toPercent())).toList()));
        }
        if (roundExecutionRateToWholePercent != null || scoreExecutionFromPrintedRate != null) {
            ExecutionRateRule current = draft.executionRate();
            draft.executionRate(new ExecutionRateRule(
                    roundExecutionRateToWholePercent == null ? current.roundRateToWholePercent() : roundExecutionRateToWholePercent,
                    scoreExecutionFromPrintedRate == null ? current.scorePrintedRate() : scoreExecutionFromPrintedRate));
        }
        if (rescaleNotApplicable != null) {
            draft.rescaleNotApplicable(rescaleNotApplicable);
        }
        if (deviationNotes != null) {
            draft.deviationNotes(new DeviationNoteRule(deviationNotes.indicatorBelowPercentOfWeight(),
                    deviationNotes.executionRateBelowPercent()));
        }
        if (reportSections != null) {
            draft.reportSections(reportSections);
        }
        if (equalRule != null) {
            draft.equalRule(equalRule);
        }
        if (defaultDirection != null) {
            draft.defaultDirection(defaultDirection);
        }
        if (sameCountUnits != null) {
            draft.sameCountUnits(sameCountUnits);
        }
    }
}
