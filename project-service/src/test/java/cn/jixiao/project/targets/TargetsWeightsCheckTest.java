package cn.jixiao.project.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorDefinition;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.templates.TemplateParts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The weights' check before the targets are submitted: each part's 三级指标 add up to the part's 分值 in the template
 * the project's self-evaluation is scored under, as the self-evaluation will require; without a known template
 * nothing is said. Jinchen's tree has 产出 50, 效益 30, 满意度 10.
 */
class TargetsWeightsCheckTest {

    /** The national form's indicator parts (预算执行率 10 scores no indicators). */
    static final TemplateParts NATIONAL = new TemplateParts("national:1", "national", 1, "项目支出绩效自评表（全国通用）",
            List.of(part(IndicatorCategory.OUTPUT, "50"), part(IndicatorCategory.EFFECT, "30"),
                    part(IndicatorCategory.SATISFACTION, "10")));

    /** Panlong's own form: 预算执行 10 + 产出 60 + 效益 30, no 满意度. */
    static final TemplateParts PANLONG_90 = new TemplateParts("panlong-performance-90:2", "panlong-performance-90", 2,
            "盘龙区项目支出绩效自评模板（绩效指标90分）",
            List.of(part(IndicatorCategory.OUTPUT, "60"), part(IndicatorCategory.EFFECT, "30")));

    @Test
    void weightsThatAddUpToTheTemplatesPartsHaveNothingToFix() {
        assertThat(TargetsCheck.findings(jinchen(SubmittableTrees.jinchen()), Optional.of(NATIONAL))).isEmpty();
    }

    @Test
    void aPartWhoseWeightsDoNotAddUpIsOneFindingOnItsWeightsNamingThePartAndBothSums() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        lines.set(0, weighted(lines.get(0), "15"));

        List<TargetsFinding> findings = TargetsCheck.findings(jinchen(lines), Optional.of(NATIONAL));

        assertThat(findings).extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::field,
                        TargetsFinding::category, TargetsFinding::dimension)
                .containsExactly(tuple("weights-do-not-add-up", "jc-activities", "weight", IndicatorCategory.OUTPUT,
                        IndicatorDimension.QUANTITY));
        assertThat(findings.get(0).message()).isEqualTo(
                "产出指标各三级指标分值合计 45，应为评价模板「项目支出绩效自评表（全国通用）」规定的 50，请调整分值");
        assertThat(findings.get(0).messageEn()).contains("产出指标 (OUTPUT) add up to 45").contains("sets 50");
    }

    @Test
    void theTemplatesPartsDecideWhatMustAddUpAndALineInAPartItDoesNotScoreIsNamed() {
        List<TargetsFinding> findings = TargetsCheck.findings(jinchen(SubmittableTrees.jinchen()), Optional.of(PANLONG_90));

        assertThat(findings).extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::field,
                        TargetsFinding::category)
                .containsExactly(
                        tuple("part-not-in-template", "jc-residents", "dimension", IndicatorCategory.SATISFACTION),
                        tuple("part-not-in-template", "jc-merchants", "dimension", IndicatorCategory.SATISFACTION),
                        tuple("weights-do-not-add-up", "jc-activities", "weight", IndicatorCategory.OUTPUT));
        assertThat(findings.get(0).message()).contains("满意度指标").contains("不设此部分");
        assertThat(findings.get(2).message()).contains("合计 50").contains("规定的 60");
    }

    @Test
    void aPartOfTheTemplateWithoutAnyLineIsAFindingOnThePartAlone() {
        List<IndicatorInput> lines = SubmittableTrees.jinchen().stream()
                .filter(line -> line.category() != IndicatorCategory.SATISFACTION).toList();

        List<TargetsFinding> findings = TargetsCheck.findings(jinchen(lines), Optional.of(NATIONAL));

        assertThat(findings).extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::category)
                .containsExactly(tuple("weights-do-not-add-up", null, IndicatorCategory.SATISFACTION));
        assertThat(findings.get(0).message()).contains("合计 0").contains("或增加该部分的指标");
    }

    @Test
    void withoutAKnownTemplateTheWeightsAreNotJudged() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        lines.set(0, weighted(lines.get(0), "15"));

        assertThat(TargetsCheck.findings(jinchen(lines), Optional.empty())).isEmpty();
        assertThat(TargetsCheck.findings(jinchen(lines))).isEmpty();
    }

    @Test
    void aBlankWeightIsListedAsMissingAndCountsAsNothingInItsPart() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        lines.set(0, weighted(lines.get(0), null));

        assertThat(TargetsCheck.findings(jinchen(lines), Optional.of(NATIONAL)))
                .extracting(TargetsFinding::code, TargetsFinding::indicatorId)
                .containsExactly(tuple("weight-missing", "jc-activities"), tuple("weights-do-not-add-up", "jc-activities"));
    }

    private static List<Indicator> jinchen(List<IndicatorInput> lines) {
        return IndicatorDefinition.checked(lines);
    }

    private static IndicatorInput weighted(IndicatorInput line, String weight) {
        return new IndicatorInput(line.id(), line.category(), line.dimension(), line.name(), line.target(),
                line.direction(), weight == null ? null : new BigDecimal(weight), line.dataSource(), line.notApplicable());
    }

    private static TemplateParts.PartWeight part(IndicatorCategory category, String weight) {
        return new TemplateParts.PartWeight(category, new BigDecimal(weight));
    }
}
