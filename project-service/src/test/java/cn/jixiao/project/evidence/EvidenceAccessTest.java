package cn.jixiao.project.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.testing.Tokens;

import static cn.jixiao.project.evidence.EvidenceRequests.JINCHEN;
import static org.assertj.core.api.Assertions.assertThat;

@EvidenceServiceTest
class EvidenceAccessTest {

    static final WebTestClientConfigurer TUODONG = Tokens.streetEditor("panlong", "tuodong");

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    EvidenceRequests evidence;

    @BeforeEach
    void setUp() {
        evidence = new EvidenceRequests(web, mongo);
    }

    @Test
    void anotherStreetIsToldTheProjectDoesNotExistWhenListingDownloadingOrAttaching() {
        String project = evidence.registerProject("AC-001");
        EvidenceView attached = evidence.attached(project, "APPROVAL", "立项申请、批复文件", "批复.pdf", SampleFiles.pdf());

        evidence.list(TUODONG, project).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
        evidence.download(TUODONG, project, attached.evidenceId()).expectStatus().isNotFound();
        evidence.download(Tokens.overseer("xishan"), project, attached.evidenceId()).expectStatus().isNotFound();
        evidence.attach(TUODONG, project, "OTHER", "别的街道的材料", "材料.pdf", SampleFiles.text("%PDF-1.4 拓东"),
                MediaType.APPLICATION_PDF).expectStatus().isNotFound();

        assertThat(evidence.storedFiles(project)).isEqualTo(1);
    }

    @Test
    void theDistrictOverseerAndTheAuditorListAndDownloadTheStreetsEvidence() {
        String project = evidence.registerProject("AC-002");
        byte[] survey = SampleFiles.docx("社会调查问卷分析报告");
        EvidenceView attached = evidence.attached(project, "SURVEY_REPORT", "社会调查问卷分析报告", "问卷分析报告.docx", survey);

        for (WebTestClientConfigurer reader : new WebTestClientConfigurer[]{Tokens.overseer("panlong"), Tokens.auditor("panlong")}) {
            evidence.list(reader, project).expectStatus().isOk()
                    .expectBodyList(EvidenceView.class).contains(attached);
            evidence.download(reader, project, attached.evidenceId()).expectStatus().isOk()
                    .expectBody(byte[].class).isEqualTo(survey);
        }
    }

    @Test
    void theAuditorAndTheOverseerCannotAttachAndNothingOfTheirsIsStored() {
        String project = evidence.registerProject("AC-003");

        evidence.attach(Tokens.auditor("panlong"), project, "OTHER", "审计人员的文件", "审计.pdf", SampleFiles.pdf(),
                        MediaType.APPLICATION_PDF)
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        evidence.attach(Tokens.overseer("panlong"), project, "OTHER", "区里的文件", "区.pdf", SampleFiles.pdf(),
                MediaType.APPLICATION_PDF).expectStatus().isForbidden();

        assertThat(evidence.storedFiles(project)).isZero();
    }

    @Test
    void anItemIsOnlyFoundUnderItsOwnProject() {
        String project = evidence.registerProject("AC-004");
        String otherProject = evidence.registerProject("AC-005");
        EvidenceView attached = evidence.attached(project, "BASE_DATA", "基础数据表", "基础数据表.xlsx", SampleFiles.xlsx("数据"));

        evidence.download(JINCHEN, otherProject, attached.evidenceId()).expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("佐证材料", "Evidence"));
        web.mutateWith(JINCHEN).get().uri("/api/projects/{p}/evidence/{e}", otherProject, attached.evidenceId())
                .exchange().expectStatus().isNotFound();
        web.mutateWith(JINCHEN).get().uri("/api/projects/{p}/evidence/{e}", project, attached.evidenceId())
                .exchange().expectStatus().isOk().expectBody(EvidenceView.class).isEqualTo(attached);
    }
}
