package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplatePublished;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code TemplatePublished} v1 as project-service consumes it: the part weights its indicator weights must
 * add up to. A district's copy names its owner; a platform-wide template has none.
 */
class TemplatePublishedContractTest {

    static final String FILE = "TemplatePublished.v1.json";

    static final EventEnvelope<TemplatePublished> PANLONG_TEMPLATE = new EventEnvelope<>(
            UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), "TemplatePublished", 1, "panlong",
            Instant.parse("2024-01-10T02:00:00Z"),
            new TemplatePublished("panlong-performance-90", 2, "盘龙区项目支出绩效自评模板（绩效指标90分）", "panlong", List.of(
                    new TemplatePublished.Part("BUDGET_EXECUTION", new BigDecimal("10")),
                    new TemplatePublished.Part("OUTPUT", new BigDecimal("60")),
                    new TemplatePublished.Part("EFFECT", new BigDecimal("30"))),
                    List.of("项目基本情况", "绩效评价工作情况", "评价结论和绩效分析", "成本效益分析", "主要经验及做法、存在的问题和建议",
                            "佐证材料")));

    private final EventCodec codec = new EventCodec();

    @Test
    void theTemplateAndItsPartWeightsAreReadFromThePinnedJson() {
        assertThat(codec.payloadAs(codec.read(PinnedJson.text(FILE)), EvaluationEvents.TEMPLATE_PUBLISHED))
                .isEqualTo(PANLONG_TEMPLATE);
    }

    @Test
    void templatePublishedIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(PANLONG_TEMPLATE))).isEqualTo(PinnedJson.pinnedTree(FILE));
    }

    @Test
    void aPlatformWideTemplateHasNoOwnerAndMayCarryACostPart() {
        ObjectNode platform = PinnedJson.pinnedTree(FILE);
        ObjectNode payload = (ObjectNode) platform.get("payload");
        payload.putNull("ownerDistrictId");
        payload.withArray("parts").addObject().put("part", "COST").put("weight", new BigDecimal("10"));

        TemplatePublished read = codec.payloadAs(codec.read(PinnedJson.write(platform)), EvaluationEvents.TEMPLATE_PUBLISHED)
                .payload();

        assertThat(read.ownerDistrictId()).isNull();
        assertThat(read.parts()).last().isEqualTo(new TemplatePublished.Part("COST", new BigDecimal("10")));
    }

    @Test
    void aTemplatePublishedBeforeItCarriedReportSectionsIsReadWithNone() {
        ObjectNode older = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) older.get("payload")).remove("reportSections");

        TemplatePublished read = codec.payloadAs(codec.read(PinnedJson.write(older)), EvaluationEvents.TEMPLATE_PUBLISHED)
                .payload();

        assertThat(read.reportSections()).isEmpty();
        assertThat(read.parts()).isEqualTo(PANLONG_TEMPLATE.payload().parts());
    }

    @Test
    void readersIgnoreFieldsThePublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload")).putArray("gradeBands").addObject().put("grade", "优").put("from", 90);

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), EvaluationEvents.TEMPLATE_PUBLISHED).payload())
                .isEqualTo(PANLONG_TEMPLATE.payload());
    }
}
