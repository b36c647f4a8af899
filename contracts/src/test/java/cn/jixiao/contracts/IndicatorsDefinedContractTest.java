package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code IndicatorsDefined} v1 as evaluation-service and report-service read it: a draft tree as published
 * since #17 (a "/" line, a blank target, a missing weight, a bare number left to the template's default
 * direction), and a record written before #17, which still reads with the new components {@code null}.
 */
class IndicatorsDefinedContractTest {

    /** As written before #17: every line complete, its direction entered. */
    static final String FILE = "IndicatorsDefined.v1.json";

    static final String DRAFT_FILE = "IndicatorsDefined.v1.draft.json";

    static final EventEnvelope<IndicatorsDefined> GAOXIN_DRAFT = new EventEnvelope<>(
            UUID.fromString("7c2a9e14-0b3d-4f5e-8a61-2b3c4d5e6f70"), "IndicatorsDefined", 1, "gaoxin",
            Instant.parse("2024-03-01T02:00:00Z"),
            new IndicatorsDefined("c4d2e8f1-6b3a-4d9f-9a11-23456789abcd", "panlong", "gaoxin", null, 0, List.of(
                    new IndicatorsDefined.Indicator("gx-trainings", IndicatorDimension.QUANTITY, "开展培训次数",
                            new Target("≥4次", "GE", new BigDecimal("4"), null, "次"), IndicatorDirection.POSITIVE,
                            new BigDecimal("8.00"), null, false, DirectionSource.TARGET),
                    new IndicatorsDefined.Indicator("gx-sites", IndicatorDimension.QUANTITY, "新建站点数量",
                            new Target("1", null, new BigDecimal("1"), null, null), null,
                            new BigDecimal("8.00"), null, false, DirectionSource.TEMPLATE_DEFAULT),
                    new IndicatorsDefined.Indicator("gx-quality", IndicatorDimension.QUALITY, "验收合格率",
                            null, IndicatorDirection.POSITIVE, null, null, false, DirectionSource.ENTERED),
                    new IndicatorsDefined.Indicator("gx-ecology", IndicatorDimension.ECOLOGICAL_BENEFIT, "生态效益",
                            new Target("/", null, null, null, null), null, null, null, true,
                            DirectionSource.TEMPLATE_DEFAULT)),
                    3));

    static final EventEnvelope<IndicatorsDefined> JINCHEN_DEFINED = new EventEnvelope<>(
            UUID.fromString("0b6f8a52-3c1d-4e7a-9f20-4d5e6f708192"), "IndicatorsDefined", 1, "jinchen",
            Instant.parse("2023-03-01T02:00:00Z"),
            new IndicatorsDefined("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen", "national-default", 1, List.of(
                    new IndicatorsDefined.Indicator("jc-activities", IndicatorDimension.QUANTITY, "开展民族团结进步主题活动次数",
                            new Target("≥10次", "GE", new BigDecimal("10"), null, "次"), IndicatorDirection.POSITIVE,
                            new BigDecimal("20.00"), "活动台账、签到表及活动照片"),
                    new IndicatorsDefined.Indicator("jc-on-time", IndicatorDimension.TIMELINESS, "示范街区建设按计划完工",
                            new Target("按时完成", null, null, null, null), IndicatorDirection.QUALITATIVE,
                            new BigDecimal("5.00"), "项目进度台账"),
                    new IndicatorsDefined.Indicator("jc-cost", IndicatorDimension.OUTPUT_COST, "项目总成本",
                            new Target("≤200万元", "LE", new BigDecimal("200"), null, "万元"), IndicatorDirection.NEGATIVE,
                            new BigDecimal("5.00"), "财务支出明细账"),
                    new IndicatorsDefined.Indicator("jc-residents", IndicatorDimension.BENEFICIARY_SATISFACTION, "辖区居民满意度",
                            new Target("90%-95%", "RANGE", new BigDecimal("90"), new BigDecimal("95"), "%"),
                            IndicatorDirection.POSITIVE, new BigDecimal("10.00"), "社会调查问卷分析报告")),
                    1));

    private final EventCodec codec = new EventCodec();

    @Test
    void aDraftTreeIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(GAOXIN_DRAFT))).isEqualTo(PinnedJson.pinnedTree(DRAFT_FILE));
    }

    @Test
    void aDraftTreeIsReadBackWithItsMissingCellsNotApplicableLineAndTemplateDefaultDirection() {
        IndicatorsDefined read = codec.payloadAs(codec.read(PinnedJson.text(DRAFT_FILE)), ProjectEvents.INDICATORS_DEFINED)
                .payload();

        assertThat(read).isEqualTo(GAOXIN_DRAFT.payload());
        assertThat(read.indicators().get(0).weight()).hasToString("8.00");
        assertThat(read.indicators().get(1).direction()).isNull();
        assertThat(read.indicators().get(1).target().comparator()).isNull();
        assertThat(read.indicators().get(2).target()).isNull();
        assertThat(read.indicators().get(3).markedNotApplicable()).isTrue();
        assertThat(read.indicators().get(0).markedNotApplicable()).isFalse();
    }

    @Test
    void aRecordWrittenBeforeDraftsReadsWithExactWeightsAndTheNewComponentsNull() {
        EventEnvelope<IndicatorsDefined> read = codec.payloadAs(codec.read(PinnedJson.text(FILE)), ProjectEvents.INDICATORS_DEFINED);

        assertThat(read).isEqualTo(JINCHEN_DEFINED);
        assertThat(read.payload().indicators().get(0).weight()).hasToString("20.00");
        assertThat(read.payload().indicators().get(1).target().isQualitative()).isTrue();
        assertThat(read.payload().indicators()).allSatisfy(indicator -> {
            assertThat(indicator.notApplicable()).isNull();
            assertThat(indicator.markedNotApplicable()).isFalse();
            assertThat(indicator.directionSource()).isNull();
        });
    }

    @Test
    void readersIgnoreFieldsAPublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload").get("indicators").get(0)).put("addedLater", "新字段");

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), ProjectEvents.INDICATORS_DEFINED).payload())
                .isEqualTo(JINCHEN_DEFINED.payload());
    }
}
