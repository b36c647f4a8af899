package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.Target;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins {@code IndicatorsDefined} v1 as evaluation-service and report-service read it. */
class IndicatorsDefinedContractTest {

    static final String FILE = "IndicatorsDefined.v1.json";

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
    void indicatorsDefinedIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_DEFINED))).isEqualTo(PinnedJson.pinnedTree(FILE));
    }

    @Test
    void indicatorsDefinedIsReadBackFromThePinnedJsonWithExactWeights() {
        EventEnvelope<IndicatorsDefined> read = codec.payloadAs(codec.read(PinnedJson.text(FILE)), ProjectEvents.INDICATORS_DEFINED);

        assertThat(read).isEqualTo(JINCHEN_DEFINED);
        assertThat(read.payload().indicators().get(0).weight()).hasToString("20.00");
        assertThat(read.payload().indicators().get(1).target().isQualitative()).isTrue();
    }

    @Test
    void readersIgnoreFieldsAPublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload").get("indicators").get(0)).put("addedLater", "新字段");

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), ProjectEvents.INDICATORS_DEFINED).payload())
                .isEqualTo(JINCHEN_DEFINED.payload());
    }
}
