package cn.jixiao.project.evidence;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.project.evidence.EvidenceRequests.JINCHEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

@EvidenceServiceTest
class EvidenceAttachmentTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    EvidenceRegisters registers;

    @Autowired
    EmbeddedKafkaBroker broker;

    EvidenceRequests evidence;

    @BeforeEach
    void setUp() {
        evidence = new EvidenceRequests(web, mongo);
    }

    @AfterEach
    void stopFailingRegisterWrites() {
        reset(registers);
    }

    @Test
    void anEditorAttachesAPdfAndDownloadsTheSameBytesUnderItsChineseName() throws Exception {
        String project = evidence.registerProject("EV-001");
        byte[] pdf = SampleFiles.pdf();
        String name = "金辰街道2023年民族团结进步示范街道绩效目标申报表.pdf";

        EvidenceView attached = evidence.attach(JINCHEN, project, "GOAL_DECLARATION", "绩效目标申报表", name, pdf,
                        MediaType.APPLICATION_PDF)
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/projects/" + project + "/evidence/[0-9a-f-]{36}")
                .expectBody(EvidenceView.class).returnResult().getResponseBody();

        assertThat(attached.position()).isEqualTo(1);
        assertThat(attached.number()).isEqualTo(1);
        assertThat(attached.withdrawal()).isNull();
        assertThat(attached.type()).isEqualTo(EvidenceType.GOAL_DECLARATION);
        assertThat(attached.typeLabel()).isEqualTo("绩效目标申报表");
        assertThat(attached.fileName()).isEqualTo(name);
        assertThat(attached.contentType()).isEqualTo("application/pdf");
        assertThat(attached.size()).isEqualTo(pdf.length);
        assertThat(attached.sha256()).isEqualTo(sha256(pdf));
        assertThat(attached.uploadedBy()).isEqualTo("panlong-jinchen-editor");

        var download = evidence.download(JINCHEN, project, attached.evidenceId())
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().contentLength(pdf.length)
                .expectBody(byte[].class).returnResult();
        assertThat(download.getResponseBody()).isEqualTo(pdf);
        ContentDisposition disposition = ContentDisposition.parse(
                download.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(name);
        assertThat(download.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''");
    }

    @Test
    void theListIsNumberedInTheOrderAttachedAndShowsTheTypeSniffedNotTheTypeClaimed() {
        String project = evidence.registerProject("EV-002");
        byte[] xlsx = SampleFiles.xlsx("绩效评价指标体系");
        byte[] docx = SampleFiles.docx("访谈记录");
        byte[] png = SampleFiles.png();
        byte[] jpeg = SampleFiles.jpeg();
        evidence.attach(JINCHEN, project, "INDICATOR_SYSTEM", "绩效评价指标体系", "指标体系.xlsx", xlsx,
                MediaType.APPLICATION_OCTET_STREAM).expectStatus().isCreated();
        evidence.attach(JINCHEN, project, "INTERVIEW_REPORT", "访谈分析报告", "访谈分析报告.docx", docx,
                MediaType.TEXT_PLAIN).expectStatus().isCreated();
        evidence.attach(JINCHEN, project, "OTHER", "现场照片", "现场照片.png", png,
                MediaType.IMAGE_JPEG).expectStatus().isCreated();
        evidence.attach(JINCHEN, project, "APPROVAL", "立项申请、批复文件", "批复扫描件", jpeg,
                MediaType.APPLICATION_PDF).expectStatus().isCreated();

        List<EvidenceView> list = evidence.list(JINCHEN, project).expectStatus().isOk()
                .expectBodyList(EvidenceView.class).returnResult().getResponseBody();

        assertThat(list).extracting(EvidenceView::number).containsExactly(1, 2, 3, 4);
        assertThat(list).extracting(EvidenceView::title)
                .containsExactly("绩效评价指标体系", "访谈分析报告", "现场照片", "立项申请、批复文件");
        assertThat(list).extracting(EvidenceView::contentType).containsExactly(XLSX, DOCX, "image/png", "image/jpeg");
        assertThat(list.get(3).typeLabel()).isEqualTo("立项/批复文件");
        evidence.download(JINCHEN, project, list.get(0).evidenceId()).expectStatus().isOk()
                .expectHeader().contentType(XLSX).expectBody(byte[].class).isEqualTo(xlsx);
        evidence.download(JINCHEN, project, list.get(2).evidenceId()).expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG).expectBody(byte[].class).isEqualTo(png);
    }

    @Test
    void aProgramOrATextFileRenamedPdfIsRefusedWith415InChineseAndEnglishAndNothingIsStored() {
        String project = evidence.registerProject("EV-003");

        for (byte[] renamed : List.of(SampleFiles.exe(), SampleFiles.text("这只是一段文字，不是 PDF"))) {
            evidence.attach(JINCHEN, project, "APPROVAL", "批复文件", "批复文件.pdf", renamed, MediaType.APPLICATION_PDF)
                    .expectStatus().isEqualTo(415)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("evidence-unsupported-content")
                    .jsonPath("$.reason").isEqualTo("unrecognised")
                    .jsonPath("$.fileName").isEqualTo("批复文件.pdf")
                    .jsonPath("$.title").value(title -> assertThat((String) title).contains("不支持的文件类型", "Unsupported file type"))
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("PDF、DOCX", "not PDF, DOCX"));
        }

        assertNothingAttached(project);
    }

    @Test
    void aLegacyDocIsRefusedAskingForItToBeSavedAsDocx() {
        String project = evidence.registerProject("EV-004");

        evidence.attach(JINCHEN, project, "GOAL_DECLARATION", "绩效目标申报表", "绩效目标申报表.doc",
                        SampleFiles.legacyDoc(), MediaType.parseMediaType("application/msword"))
                .expectStatus().isEqualTo(415)
                .expectBody()
                .jsonPath("$.reason").isEqualTo("legacy-office")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("另存为 DOCX/XLSX", "save it as DOCX/XLSX"));

        assertNothingAttached(project);
    }

    @Test
    void aFileUpToTheLimitIsAcceptedAndOneByteMoreIsRefusedWith413WithoutStoringAnything() {
        String project = evidence.registerProject("EV-005");

        evidence.attach(JINCHEN, project, "BASE_DATA", "基础数据表", "刚好.pdf",
                SampleFiles.pdfOfSize(EvidenceServiceTest.LIMIT), MediaType.APPLICATION_PDF).expectStatus().isCreated();
        String other = evidence.registerProject("EV-005B");
        evidence.attach(JINCHEN, other, "BASE_DATA", "基础数据表", "超出一个字节.pdf",
                        SampleFiles.pdfOfSize(EvidenceServiceTest.LIMIT + 1), MediaType.APPLICATION_PDF)
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("evidence-too-large")
                .jsonPath("$.maxSize").isEqualTo(EvidenceServiceTest.LIMIT)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("200 KB"));

        assertNothingAttached(other);
    }

    @Test
    void aFileTooLargeToBeKeptOnDiskIsRefusedWith413ByTheMultipartLimit() {
        String project = evidence.registerProject("EV-006");

        evidence.attach(JINCHEN, project, "BASE_DATA", "基础数据表", "很大的扫描件.pdf",
                        SampleFiles.pdfOfSize(2 * 1024 * 1024), MediaType.APPLICATION_PDF)
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("evidence-too-large");

        assertNothingAttached(project);
    }

    @Test
    void anUnknownKindOfEvidenceOrAMissingTitleIsRefusedWith400() {
        String project = evidence.registerProject("EV-007");

        evidence.attach(JINCHEN, project, "PHOTO", "现场照片", "照片.png", SampleFiles.png(), MediaType.IMAGE_PNG)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("evidence-unknown-type")
                .jsonPath("$.allowed").value(allowed -> assertThat((List<String>) allowed)
                        .contains("INDICATOR_SYSTEM", "SURVEY_REPORT", "OTHER"));
        evidence.attach(JINCHEN, project, "OTHER", " ", "照片.png", SampleFiles.png(), MediaType.IMAGE_PNG)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("title");

        assertNothingAttached(project);
    }

    @Test
    void theSameFileTwiceIsRefusedNamingTheItemItIsAlready() {
        String project = evidence.registerProject("EV-008");
        byte[] report = SampleFiles.docx("社会调查问卷分析");
        evidence.attached(project, "SURVEY_REPORT", "社会调查问卷分析报告", "问卷分析.docx", report);

        evidence.attach(JINCHEN, project, "OTHER", "问卷分析（重复）", "问卷分析-副本.docx", report, MediaType.APPLICATION_OCTET_STREAM)
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("evidence-already-attached")
                .jsonPath("$.position").isEqualTo(1);

        assertThat(evidence.storedFiles(project)).isEqualTo(1);
    }

    @Test
    void attachingPublishesEvidenceAttachedWithWhatTheReportNeeds() {
        String project = evidence.registerProject("EV-009");
        byte[] xlsx = SampleFiles.xlsx("基础数据");
        EventEnvelope<EvidenceAttached> event;
        EvidenceView attached;
        try (ProjectEventsProbe events = new ProjectEventsProbe(broker)) {
            attached = evidence.attached(project, "BASE_DATA", "基础数据表", "基础数据表.xlsx", xlsx);
            event = events.the(ProjectEvents.EVIDENCE_ATTACHED, project);
        }

        assertThat(event.tenantId()).isEqualTo("jinchen");
        assertThat(event.payload()).isEqualTo(new EvidenceAttached(project, "panlong", "jinchen",
                attached.evidenceId(), "BASE_DATA", "基础数据表", "基础数据表.xlsx", XLSX, xlsx.length, attached.sha256(), 1));
    }

    @Test
    void theAuditTrailRecordsWhoAttachedWhichFile() {
        String project = evidence.registerProject("EV-010");
        EvidenceView attached = evidence.attached(project, "INDICATOR_SYSTEM", "绩效评价指标体系", "指标体系.pdf", SampleFiles.pdf());

        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.auditor("panlong"))
                .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(), entries -> entries.size() == 2);

        Map<?, ?> entry = trail.get(1);
        assertThat(entry.get("subject")).isEqualTo("evidence");
        assertThat(entry.get("action")).isEqualTo("attached");
        assertThat(entry.get("actor")).isEqualTo("panlong-jinchen-editor");
        assertThat(entry.get("before")).isNull();
        Map<?, ?> after = (Map<?, ?>) entry.get("after");
        assertThat(after.get("evidenceId")).isEqualTo(attached.evidenceId());
        assertThat(after.get("fileName")).isEqualTo("指标体系.pdf");
        assertThat(after.get("sha256")).isEqualTo(attached.sha256());
    }

    @Test
    void aFileWhoseRegisterWriteFailedIsDeletedAtOnce() {
        String project = evidence.registerProject("EV-011");
        doReturn(Mono.error(new IllegalStateException("the database went away"))).when(registers).save(any());

        evidence.attach(JINCHEN, project, "OTHER", "会议纪要", "会议纪要.pdf", SampleFiles.pdf(), MediaType.APPLICATION_PDF)
                .expectStatus().isEqualTo(500);

        assertThat(evidence.storedFiles(project)).isZero();
        doCallRealMethod().when(registers).save(any());
        evidence.list(JINCHEN, project).expectStatus().isOk().expectBodyList(EvidenceView.class).hasSize(0);
    }

    @Test
    void anAttachmentThatLosesARaceForTheListIsRetriedAndTakesTheNextPosition() {
        String project = evidence.registerProject("EV-012");
        evidence.attached(project, "BASE_DATA", "基础数据表", "基础数据表.xlsx", SampleFiles.xlsx("第一份"));
        clearInvocations(registers);
        doReturn(Mono.error(new OptimisticLockingFailureException("someone else attached a file meanwhile")))
                .doCallRealMethod().when(registers).save(any());

        EvidenceView second = evidence.attached(project, "INTERVIEW_REPORT", "访谈分析报告", "访谈.docx", SampleFiles.docx("第二份"));

        assertThat(second.position()).isEqualTo(2);
        assertThat(evidence.storedFiles(project)).isEqualTo(2);
        verify(registers, times(2)).save(argThat(register -> register.projectId().equals(project)));
    }

    private void assertNothingAttached(String project) {
        evidence.list(JINCHEN, project).expectStatus().isOk().expectBodyList(EvidenceView.class).hasSize(0);
        assertThat(evidence.storedFiles(project)).isZero();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
