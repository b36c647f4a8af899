package cn.jixiao.report.preview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.assembly.ReportOutline;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.document.Block;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.SelfEvaluationForm;
import cn.jixiao.report.texts.ReportTextsView;
import cn.jixiao.report.texts.UpdateReportTexts;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The golden structure: the 金辰 2023 seed fed through the real consumers as project-service and evaluation-service
 * publish it, the street's texts entered through the API, and the document the preview shows once the district
 * finalized the evaluation, checked against the seed report.
 */
@ServiceTest
class ReportDocumentTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReportDocuments documents;

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void theFinalizedJinchenReportReadsLikeTheSeedReport() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SCORED, jinchen.snapshot("DRAFT", 3));
        // every project event read, the sixth evidence file being the last one published
        ReportDocument draft = await().atMost(Duration.ofSeconds(20)).until(() -> document(DemoTenants.JINCHEN),
                report -> report != null && report.body().contains(new Block.Paragraph("6.绩效目标申报表。"))
                        && !report.missing().contains("自评得分及评价结果"));
        assertThat(draft.draft()).isTrue();
        assertThat(draft.missing()).as("only the street's own texts are still to write").containsExactly("主要绩效",
                "具体绩效分析", "主要经验及做法", "存在的问题", "建议和改进措施", "年度总体目标实际完成情况");

        saveTexts(null).expectStatus().isOk();
        jinchen.publishFinalized(kafka);
        ReportDocument report = await().atMost(Duration.ofSeconds(20)).until(() -> document(DemoTenants.JINCHEN),
                finalized -> !finalized.draft());

        assertThat(report.missing()).isEmpty();
        assertThat(report.body()).filteredOn(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filteredOn(heading -> heading.level() == 1).extracting(Block.Heading::printed)
                .containsExactly("一、项目基本情况", "二、绩效评价工作情况", "三、评价结论和绩效分析", "四、成本效益分析",
                        "五、主要经验及做法、存在的问题和建议", "六、佐证材料");
        String text = String.join("\n", report.body().stream().filter(Block.Paragraph.class::isInstance)
                .map(block -> ((Block.Paragraph) block).text()).toList());
        assertThat(text).contains("专项资金200.00万元（全部为委托业务费）", "自评分98.00分，自评结果为优秀",
                "《昆明市盘龙区人民政府金辰街道办事处预算管理内部控制制度》", "1.民族团结活动更加充实", "6.绩效目标申报表。");
        for (int i = 0; i < JinchenEvents.ANNUAL_GOALS.size(); i++) {
            assertThat(text).contains("（" + (i + 1) + "）" + JinchenEvents.ANNUAL_GOALS.get(i));
        }
        SelfEvaluationForm form = report.form();
        assertThat(form.indicators()).extracting(SelfEvaluationForm.IndicatorRow::name, SelfEvaluationForm.IndicatorRow::actual)
                .containsExactlyElementsOf(JinchenEvents.INDICATORS.stream()
                        .map(line -> tuple(line.name(), line.actual())).toList());
        assertThat(form.indicators()).extracting(row -> row.score().toPlainString())
                .containsExactlyElementsOf(JinchenEvents.INDICATORS.stream().map(JinchenEvents.Line::score).toList());
        assertThat(form.total()).isEqualByComparingTo("98.00");
        assertThat(form.gradeLabel()).isEqualTo("优秀");
        assertThat(form.funds().get(0).fullYearBudget()).isEqualTo(JinchenEvents.TOTAL);
        assertThat(documents.completeForRenderingUnchecked(jinchen.projectId(), 1).block()).as("ready for the final render")
                .isEqualTo(report);
    }

    @Test
    void theFinalRenderIsRefusedWhileTheStreetsTextsAreMissing() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.publishFinalized(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> document(DemoTenants.JINCHEN), report -> report != null && !report.draft());

        assertThatThrownBy(() -> documents.completeForRenderingUnchecked(jinchen.projectId(), 1).block())
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.status().value()).isEqualTo(422);
                    assertThat(refusal.toProblemDetail().getDetail()).contains("主要绩效", "main achievements");
                });
    }

    @Test
    void aFinalizedReportsTextsCannotChangeButAReopenedRoundStartsFromThem() throws Exception {
        jinchen.publishProject(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> document(DemoTenants.JINCHEN) != null);
        saveTexts(null).expectStatus().isOk();
        jinchen.publishFinalized(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> !document(DemoTenants.JINCHEN).draft());

        saveTexts(0L).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("report-finalized");

        EvaluationSnapshot reopened = new EvaluationSnapshot("next-" + jinchen.evaluationId(), jinchen.projectId(),
                JinchenEvents.DISTRICT, JinchenEvents.STREET, JinchenEvents.CODE, JinchenEvents.NAME, 2023, 2, "DRAFT",
                JinchenEvents.score(), null, List.of(), "复核发现佐证不足", "panlong-overseer", 1);
        jinchen.publishEvaluation(kafka, EvaluationEvents.EVALUATION_REOPENED, reopened);
        ReportTextsView secondRound = await().atMost(Duration.ofSeconds(20)).until(() -> web
                .mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/{id}/texts", jinchen.projectId()).exchange().expectStatus().isOk()
                .expectBody(ReportTextsView.class).returnResult().getResponseBody(), texts -> texts.round() == 2);
        assertThat(secondRound.origin()).isEqualTo(ReportTextsView.Origin.PREVIOUS_ROUND);
        assertThat(secondRound.texts()).isEqualTo(JinchenReportTexts.TEXTS);
        assertThat(secondRound.editable()).isTrue();
        assertThat(document(DemoTenants.JINCHEN).draft()).as("the current round is a draft again").isTrue();
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get()
                .uri("/api/reports/{id}/rounds/1/document", jinchen.projectId()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.draft").isEqualTo(false);
    }

    @Test
    void theReportFollowsTheSectionsOfTheTemplateVersionThatScoredIt() throws Exception {
        List<String> panlongSections = List.of("项目基本情况", "评价结论和绩效分析", "绩效评价工作情况", "成本效益分析",
                "主要经验及做法、存在的问题和建议", "佐证材料", "其他需要说明的问题");
        kafka.send(Topics.EVALUATION_EVENTS, "panlong-copy", new EventCodec().write(EventEnvelope.of(
                EvaluationEvents.TEMPLATE_PUBLISHED, "panlong", Instant.parse("2024-01-10T02:00:00Z"),
                new TemplatePublished("panlong-copy", 2, "盘龙区模板", "panlong", List.of(), panlongSections))))
                .get(10, TimeUnit.SECONDS);
        jinchen.publishProject(kafka);
        ScoreBreakdown national = JinchenEvents.score();
        ScoreBreakdown scoredByPanlong = new ScoreBreakdown("panlong-copy", 2, national.execution(), national.indicators(),
                national.parts(), national.total(), national.grade(), national.gradeLabel(), national.reviewTotal(),
                national.reviewGrade(), national.explanationLines());
        EvaluationSnapshot draft = jinchen.snapshot("DRAFT", 3);
        jinchen.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SCORED, new EvaluationSnapshot(draft.evaluationId(),
                draft.projectId(), draft.districtId(), draft.streetId(), draft.projectCode(), draft.projectName(),
                draft.year(), draft.round(), draft.status(), scoredByPanlong, null, List.of(), null, null, 3));

        ReportDocument report = await().atMost(Duration.ofSeconds(20)).until(() -> document(DemoTenants.JINCHEN),
                found -> found != null && found.body().stream().anyMatch(block -> block instanceof Block.Heading heading
                        && heading.text().equals("其他需要说明的问题")));

        assertThat(report.body()).filteredOn(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filteredOn(heading -> heading.level() == 1).extracting(Block.Heading::printed)
                .containsExactly("一、项目基本情况", "二、评价结论和绩效分析", "三、绩效评价工作情况", "四、成本效益分析",
                        "五、主要经验及做法、存在的问题和建议", "六、佐证材料", "七、其他需要说明的问题");
        assertThat(report.missing()).as("a heading of the district's own has no content the platform knows")
                .contains("章节内容");
    }

    @Test
    void twoProjectsOfOneDistrictAreReportedEachUnderItsOwnTemplateEvenBeforeTheyCanBeScored() throws Exception {
        List<String> tenPlusNinetySections = List.of("项目概况", "绩效目标完成情况", "预算执行情况", "存在的问题和建议");
        kafka.send(Topics.EVALUATION_EVENTS, "panlong-ten-ninety", new EventCodec().write(EventEnvelope.of(
                EvaluationEvents.TEMPLATE_PUBLISHED, "panlong", Instant.parse("2024-01-10T02:00:00Z"),
                new TemplatePublished("panlong-ten-ninety", 1, "盘龙区 10+90 模板", "panlong", List.of(),
                        tenPlusNinetySections))))
                .get(10, TimeUnit.SECONDS);
        JinchenEvents national = new JinchenEvents();
        national.publishProject(kafka);
        national.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SCORED, national.snapshot("DRAFT", 3));
        jinchen.publishProject(kafka);
        EvaluationSnapshot draft = jinchen.snapshot("DRAFT", 3);
        // the district set this project on its 10 + 90 template; no indicators yet, so no score
        jinchen.publishEvaluation(kafka, EvaluationEvents.EVALUATION_SCORED, new EvaluationSnapshot(draft.evaluationId(),
                draft.projectId(), draft.districtId(), draft.streetId(), draft.projectCode(), draft.projectName(),
                draft.year(), draft.round(), draft.status(), null, "尚未设定绩效指标，暂无法计分", List.of(), null, null, 3,
                new EvaluationSnapshot.TemplateVersion("panlong-ten-ninety", 1)));

        ReportDocument own = await().atMost(Duration.ofSeconds(20)).until(() -> documentOf(jinchen),
                found -> found != null && found.body().stream().anyMatch(block -> block instanceof Block.Heading heading
                        && heading.text().equals("存在的问题和建议")));
        ReportDocument other = await().atMost(Duration.ofSeconds(20)).until(() -> documentOf(national),
                found -> found != null && found.body().stream().anyMatch(block -> block instanceof Block.Heading heading
                        && heading.level() == 1));

        assertThat(own.body()).filteredOn(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filteredOn(heading -> heading.level() == 1).extracting(Block.Heading::text)
                .containsExactlyElementsOf(tenPlusNinetySections);
        assertThat(other.body()).filteredOn(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filteredOn(heading -> heading.level() == 1).extracting(Block.Heading::text)
                .containsExactlyElementsOf(ReportOutline.standard().headings());
    }

    @Test
    void theDistrictAndItsAuditorSeeTheDocumentAnotherStreetDoesNot() throws Exception {
        jinchen.publishProject(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> document(DemoTenants.JINCHEN) != null);

        web.mutateWith(Tokens.overseer(DemoTenants.PANLONG)).get().uri("/api/reports/{id}/document", jinchen.projectId())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.body[0].kind").isEqualTo("Heading");
        web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get().uri("/api/reports/{id}/document", jinchen.projectId())
                .exchange().expectStatus().isOk();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG)).get()
                .uri("/api/reports/{id}/document", jinchen.projectId()).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(Tokens.overseer("wuhua")).get().uri("/api/reports/{id}/document", jinchen.projectId())
                .exchange().expectStatus().isNotFound();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/{id}/rounds/2/document", jinchen.projectId()).exchange().expectStatus().isNotFound();
    }

    @Test
    void theReportFilesListStillWorks() throws Exception {
        jinchen.publishProject(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> document(DemoTenants.JINCHEN) != null);

        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get().uri("/api/reports/{id}", jinchen.projectId())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.projectCode").isEqualTo(JinchenEvents.CODE);
    }

    private WebTestClient.ResponseSpec saveTexts(Long version) {
        return web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).put()
                .uri("/api/reports/{id}/rounds/1/texts", jinchen.projectId())
                .bodyValue(new UpdateReportTexts(version, JinchenReportTexts.TEXTS)).exchange();
    }

    /** The current document as the street sees it; {@code null} while report-service has not heard of the project. */
    private ReportDocument documentOf(JinchenEvents project) {
        FluxExchangeResult<ReportDocument> result = web.mutateWith(Tokens.overseer(DemoTenants.PANLONG)).get()
                .uri("/api/reports/{id}/document", project.projectId()).exchange().returnResult(ReportDocument.class);
        return result.getStatus().is2xxSuccessful() ? result.getResponseBody().blockFirst() : null;
    }

    private ReportDocument document(String street) {
        FluxExchangeResult<ReportDocument> result = web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, street)).get()
                .uri("/api/reports/{id}/document", jinchen.projectId()).exchange().returnResult(ReportDocument.class);
        return result.getStatus().is2xxSuccessful() ? result.getResponseBody().blockFirst() : null;
    }
}
