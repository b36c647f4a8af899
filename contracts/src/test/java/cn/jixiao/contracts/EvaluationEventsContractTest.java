package cn.jixiao.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.contracts.evaluation.SurveyAnalysis;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the evaluation events as report-service consumes them. All of them carry the same snapshot, so one
 * pinned file, a finalized Jinchen evaluation with a 复核分 and a survey, stands for the shape of all.
 */
class EvaluationEventsContractTest {

    static final String FILE = "EvaluationFinalized.v1.json";

    static final EventEnvelope<EvaluationSnapshot> JINCHEN_FINALIZED = new EventEnvelope<>(
            UUID.fromString("2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f"), "EvaluationFinalized", 1, "jinchen",
            Instant.parse("2024-03-20T08:30:00Z"),
            new EvaluationSnapshot("e1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b", "b3c1d7e0-5a2f-4c8e-8f00-123456789abc",
                    "panlong", "jinchen", "MZTJ-2023-001", "创建全省民族团结进步示范街道专项资金", 2023, 1, "FINALIZED",
                    new ScoreBreakdown("national", 1,
                            new ScoreBreakdown.Execution(Yuan.parse("2000000.00"), Yuan.parse("2000000.00"),
                                    new BigDecimal("100.00"), new BigDecimal("10"), new BigDecimal("10.00"), null, null,
                                    "执行率 = 2000000.00 ÷ 2000000.00 = 100.00%，得分 = 100.00% × 10 = 10.00"),
                            List.of(
                                    new ScoreBreakdown.IndicatorLine("q1", IndicatorDimension.QUANTITY, "开展民族团结主题活动次数",
                                            IndicatorDirection.POSITIVE, "≥10次", "9次", null, new BigDecimal("10"),
                                            new BigDecimal("9.00"), false, "受场地改造影响，一次活动顺延至次年一季度",
                                            new BigDecimal("8.00"), "佐证材料只能证实8次活动",
                                            "正向指标：9 ÷ 10 = 90.00%，得分 = 90.00% × 10 = 9.00"),
                                    new ScoreBreakdown.IndicatorLine("t1", IndicatorDimension.TIMELINESS, "示范街区建成时间",
                                            IndicatorDirection.QUALITATIVE, "按时完成", "按时完成", "ACHIEVED",
                                            new BigDecimal("10"), new BigDecimal("10.00"), false, null, null, null,
                                            "定性评价「达成年度指标」（分值的 80%–100%）：评定得分 10.00"),
                                    new ScoreBreakdown.IndicatorLine("s1", IndicatorDimension.BENEFICIARY_SATISFACTION,
                                            "社区居民满意度", IndicatorDirection.POSITIVE, "≥90%", "95.00%", null,
                                            new BigDecimal("10"), new BigDecimal("10.00"), false, null, null, null,
                                            "正向指标：实际 95.00% 达到目标 90%，得满分 10.00")),
                            List.of(new ScoreBreakdown.PartLine(IndicatorCategory.OUTPUT, new BigDecimal("50"),
                                            new BigDecimal("49.00"), new BigDecimal("48.00")),
                                    new ScoreBreakdown.PartLine(IndicatorCategory.EFFECT, new BigDecimal("30"),
                                            new BigDecimal("30.00"), null),
                                    new ScoreBreakdown.PartLine(IndicatorCategory.SATISFACTION, new BigDecimal("10"),
                                            new BigDecimal("10.00"), null)),
                            new BigDecimal("98.00"), "优", "优秀", new BigDecimal("97.00"), "优",
                            List.of("预算执行率（分值 10）：执行率 = 2000000.00 ÷ 2000000.00 = 100.00%，得分 10.00",
                                    "总分 = 预算执行率 10.00 + 产出指标 49.00 + 效益指标 30.00 + 满意度指标 10.00 = 98.00；自评等级：优（优秀）")),
                    null,
                    List.of(new SurveyAnalysis("sv-1", "s1", "金辰街道民族团结进步创建满意度调查问卷", 200, 180, 171,
                            new BigDecimal("95.00"), List.of(new SurveyAnalysis.Question("您对示范街区建设是否满意？", List.of(
                                    new SurveyAnalysis.AnswerCount("非常满意", 120, true),
                                    new SurveyAnalysis.AnswerCount("满意", 51, true),
                                    new SurveyAnalysis.AnswerCount("一般", 6, false),
                                    new SurveyAnalysis.AnswerCount("不满意", 2, false),
                                    new SurveyAnalysis.AnswerCount("非常不满意", 1, false)))))),
                    "同意定稿", "panlong-overseer", 14, new EvaluationSnapshot.TemplateVersion("national", 1)));

    private final EventCodec codec = new EventCodec();

    @Test
    void theFinalizedEvaluationIsReadFromThePinnedJson() {
        assertThat(codec.payloadAs(codec.read(PinnedJson.text(FILE)), EvaluationEvents.EVALUATION_FINALIZED))
                .isEqualTo(JINCHEN_FINALIZED);
    }

    @Test
    void theFinalizedEvaluationIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_FINALIZED))).isEqualTo(PinnedJson.pinnedTree(FILE));
    }

    @Test
    void everyWorkflowEventCarriesTheSameSnapshotShape() {
        List.of(EvaluationEvents.EVALUATION_SCORED, EvaluationEvents.EVALUATION_SUBMITTED,
                        EvaluationEvents.EVALUATION_REVIEW_STARTED, EvaluationEvents.EVALUATION_RETURNED,
                        EvaluationEvents.EVALUATION_APPROVED, EvaluationEvents.EVALUATION_REOPENED)
                .forEach(type -> {
                    ObjectNode renamed = PinnedJson.pinnedTree(FILE);
                    renamed.put("type", type.name());
                    assertThat(codec.payloadAs(codec.read(PinnedJson.write(renamed)), type).payload())
                            .isEqualTo(JINCHEN_FINALIZED.payload());
                });
    }

    @Test
    void theSnapshotsListIsEveryEventThatCarriesASnapshot() throws IllegalAccessException {
        List<Object> declared = new java.util.ArrayList<>();
        for (java.lang.reflect.Field field : EvaluationEvents.class.getFields()) {
            if (field.getType() == EventType.class && ((EventType<?>) field.get(null)).payloadType() == EvaluationSnapshot.class) {
                declared.add(field.get(null));
            }
        }
        assertThat(List.<Object>copyOf(EvaluationEvents.SNAPSHOTS)).containsExactlyInAnyOrderElementsOf(declared)
                .hasSize(7);
    }

    @Test
    void aDraftThatCannotBeScoredYetSaysWhyAndHasNoBreakdown() {
        ObjectNode draft = PinnedJson.pinnedTree(FILE);
        draft.put("type", "EvaluationScored");
        ObjectNode payload = (ObjectNode) draft.get("payload");
        payload.put("status", "DRAFT").putNull("score");
        payload.put("notScoredBecause", "尚未设定绩效指标，暂无法计分");

        EvaluationSnapshot read = codec.payloadAs(codec.read(PinnedJson.write(draft)), EvaluationEvents.EVALUATION_SCORED)
                .payload();

        assertThat(read.score()).isNull();
        assertThat(read.notScoredBecause()).isEqualTo("尚未设定绩效指标，暂无法计分");
    }

    @Test
    void aSnapshotWrittenBeforeItNamedItsTemplateIsStillReadWithoutOne() {
        ObjectNode before = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) before.get("payload")).remove("template");

        EvaluationSnapshot read = codec.payloadAs(codec.read(PinnedJson.write(before)), EvaluationEvents.EVALUATION_FINALIZED)
                .payload();

        assertThat(read.template()).isNull();
        assertThat(read.scoringTemplate()).as("the template its score names")
                .isEqualTo(new EvaluationSnapshot.TemplateVersion("national", 1));
        assertThat(read).isEqualTo(new EvaluationSnapshot(read.evaluationId(), read.projectId(), read.districtId(),
                read.streetId(), read.projectCode(), read.projectName(), read.year(), read.round(), read.status(),
                read.score(), read.notScoredBecause(), read.surveys(), read.comment(), read.actor(), read.revision()));
    }

    @Test
    void aDraftThatCannotBeScoredYetStillNamesTheTemplateItWillBeScoredUnder() {
        ObjectNode draft = PinnedJson.pinnedTree(FILE);
        draft.put("type", "EvaluationScored");
        ObjectNode payload = (ObjectNode) draft.get("payload");
        payload.put("status", "DRAFT").putNull("score");
        payload.putObject("template").put("templateId", "budget10-performance90").put("version", 2);

        EvaluationSnapshot read = codec.payloadAs(codec.read(PinnedJson.write(draft)), EvaluationEvents.EVALUATION_SCORED)
                .payload();

        assertThat(read.score()).isNull();
        assertThat(read.template()).isEqualTo(new EvaluationSnapshot.TemplateVersion("budget10-performance90", 2));
        assertThat(read.scoringTemplate()).isEqualTo(read.template());
    }

    @Test
    void readersIgnoreFieldsThePublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload").get("score")).put("rankInDistrict", 3);

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), EvaluationEvents.EVALUATION_FINALIZED).payload())
                .isEqualTo(JINCHEN_FINALIZED.payload());
    }
}
