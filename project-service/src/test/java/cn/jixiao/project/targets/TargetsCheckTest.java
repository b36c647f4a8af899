package cn.jixiao.project.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.indicators.Indicator;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.IndicatorRules;
import cn.jixiao.project.indicators.demo.JinchenIndicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The checks before the targets are submitted, each finding naming the indicator and the field to fix. */
class TargetsCheckTest {

    @Test
    void aCompleteMeasurableTreeHasNothingToFix() {
        assertThat(TargetsCheck.findings(stored(SubmittableTrees.jinchen()))).isEmpty();
    }

    @Test
    void theDemoTreeIsFlaggedForItsVagueTargetAndItsTimelinessWithoutANumber() {
        assertThat(TargetsCheck.findings(stored(JinchenIndicators.indicators())))
                .extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::field)
                .containsExactly(
                        tuple("vague-target", "jc-atmosphere", "target"),
                        tuple("output-without-quantitative", "jc-on-time", "target"));
    }

    @Test
    void blankTargetsAndWeightsAreListedWithTheirIndicatorAndField() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        IndicatorInput activities = lines.get(0);
        lines.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                null, null, activities.weight(), activities.dataSource()));
        IndicatorInput residents = lines.get(9);
        lines.set(9, new IndicatorInput(residents.id(), residents.category(), residents.dimension(), residents.name(),
                residents.target(), residents.direction(), null, residents.dataSource()));

        List<TargetsFinding> findings = TargetsCheck.findings(stored(lines));

        assertThat(findings).extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::field)
                .containsExactly(tuple("target-missing", "jc-activities", "target"),
                        tuple("weight-missing", "jc-residents", "weight"));
        assertThat(findings.get(0).message()).contains("开展民族团结进步主题活动次数").contains("年度指标值");
        assertThat(findings.get(0).messageEn()).contains("no target");
        assertThat(findings.get(0).dimension()).isEqualTo(IndicatorDimension.QUANTITY);
    }

    @Test
    void aBareNumberNeedsItsUnitAndHowItCompares() {
        List<TargetsFinding> findings = TargetsCheck.findings(stored(List.of(
                line("sites", IndicatorDimension.QUANTITY, "新建站点数量", "10", null),
                line("rooms", IndicatorDimension.QUANTITY, "改造活动室数量", "4", IndicatorDirection.POSITIVE),
                line("rate", IndicatorDimension.QUALITY, "验收合格率", "90%-95%", null))));

        assertThat(findings).extracting(TargetsFinding::code, TargetsFinding::indicatorId).containsExactly(
                tuple("target-without-unit", "sites"),
                tuple("target-without-comparator", "sites"),
                tuple("target-without-unit", "rooms"));
        assertThat(findings.get(1).message()).contains("≥10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"服务质量进一步提高", "群众获得感有所提升", "人居环境明显改善", "长效机制逐步完善", "稳步提升"})
    void aTargetWrittenWithAVagueWordingIsFlagged(String vague) {
        List<TargetsFinding> findings = TargetsCheck.findings(stored(List.of(
                line("count", IndicatorDimension.QUANTITY, "开展活动次数", "≥10次", null),
                line("effect", IndicatorDimension.SOCIAL_BENEFIT, "社会效益", vague, null))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("vague-target");
            assertThat(finding.indicatorId()).isEqualTo("effect");
            assertThat(finding.message()).contains(vague).contains("数值");
            assertThat(finding.messageEn()).contains("vague");
        });
    }

    @Test
    void aCheckableStatementIsAcceptedAsItIs() {
        assertThat(TargetsCheck.findings(stored(List.of(
                line("count", IndicatorDimension.QUANTITY, "开展活动次数", "≥10次", null),
                line("done", IndicatorDimension.TIMELINESS, "完工时间", "≤12个月", null),
                line("mechanism", IndicatorDimension.SUSTAINABLE_IMPACT, "长效机制", "建立并有效运行", null),
                line("acceptance", IndicatorDimension.SOCIAL_BENEFIT, "验收", "2023年12月底前完成验收", null)))))
                .isEmpty();
    }

    @Test
    void everyOutputDimensionInUseNeedsOneQuantitativeIndicatorAndOtherPartsDoNot() {
        List<TargetsFinding> findings = TargetsCheck.findings(stored(List.of(
                line("count", IndicatorDimension.QUANTITY, "开展活动次数", "≥10次", null),
                line("quality", IndicatorDimension.QUALITY, "活动质量", "符合标准", null),
                line("on-time", IndicatorDimension.TIMELINESS, "按期完成", "按时完成", null),
                line("on-time-rate", IndicatorDimension.TIMELINESS, "按期完成率", "100%", IndicatorDirection.POSITIVE),
                line("mechanism", IndicatorDimension.SUSTAINABLE_IMPACT, "长效机制", "建立并有效运行", null))));

        assertThat(findings).extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::dimension)
                .containsExactly(tuple("output-without-quantitative", "quality", IndicatorDimension.QUALITY));
        assertThat(findings.get(0).message()).contains("质量指标");
    }

    @Test
    void aLineThatDoesNotApplyIsNotJudged() {
        assertThat(TargetsCheck.findings(stored(List.of(
                line("count", IndicatorDimension.QUANTITY, "开展活动次数", "≥10次", null),
                new IndicatorInput("cost", IndicatorCategory.OUTPUT, IndicatorDimension.OUTPUT_COST, "成本", "/", null,
                        null, null, true)))))
                .isEmpty();
    }

    @Test
    void aTreeWithoutIndicatorsIsOneFinding() {
        assertThat(TargetsCheck.findings(List.of())).extracting(TargetsFinding::code, TargetsFinding::field)
                .containsExactly(tuple("no-indicators", "indicators"));
    }

    @Test
    void theVagueWordingsLiveInOneListThatNamesThePhraseWritten() {
        assertThat(VagueWording.PHRASES).contains("进一步提高", "有所提升", "明显改善", "逐步完善", "稳步提升");
        assertThat(VagueWording.in("满意度进一步 提高")).contains("进一步提高");
        assertThat(VagueWording.in("按时完成")).isEmpty();
    }

    private static IndicatorInput line(String id, IndicatorDimension dimension, String name, String target,
                                       IndicatorDirection direction) {
        return new IndicatorInput(id, dimension.category(), dimension, name, target, direction, new BigDecimal("10"), null);
    }

    private static List<Indicator> stored(List<IndicatorInput> inputs) {
        IndicatorRules.Checked checked = IndicatorRules.check(inputs);
        assertThat(checked.problems()).as("the tree saves as a draft").isEmpty();
        return checked.indicators();
    }
}
