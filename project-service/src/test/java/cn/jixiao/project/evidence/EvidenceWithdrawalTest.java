package cn.jixiao.project.evidence;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.EvidenceWithdrawn;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.project.evidence.EvidenceRequests.JINCHEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EvidenceServiceTest
class EvidenceWithdrawalTest {

    static final String WRONG_YEAR = "上传的是2022年度的指标体系，已重新上传2023年度版本";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    EmbeddedKafkaBroker broker;

    EvidenceRequests evidence;

    @BeforeEach
    void setUp() {
        evidence = new EvidenceRequests(web, mongo);
    }

    @Test
    void aWithdrawnItemLosesItsNumberTheRestMoveUpAndItStaysReadableForTheAudit() {
        String project = evidence.registerProject("WD-001");
        evidence.attached(project, "INDICATOR_SYSTEM", "绩效评价指标体系", "指标体系.xlsx", SampleFiles.xlsx("2023"));
        byte[] wrong = SampleFiles.xlsx("2022");
        EvidenceView mistaken = evidence.attached(project, "BASE_DATA", "基础数据表", "基础数据表.xlsx", wrong);
        evidence.attached(project, "INTERVIEW_REPORT", "访谈分析报告", "访谈.docx", SampleFiles.docx("访谈"));

        EvidenceView withdrawn = evidence.withdraw(JINCHEN, project, mistaken.evidenceId(), WRONG_YEAR)
                .expectStatus().isOk().expectBody(EvidenceView.class).returnResult().getResponseBody();

        assertThat(withdrawn.number()).isNull();
        assertThat(withdrawn.withdrawal().reason()).isEqualTo(WRONG_YEAR);
        assertThat(withdrawn.withdrawal().withdrawnBy()).isEqualTo("panlong-jinchen-editor");
        List<EvidenceView> list = evidence.list(JINCHEN, project).expectStatus().isOk()
                .expectBodyList(EvidenceView.class).returnResult().getResponseBody();
        assertThat(list).extracting(EvidenceView::position).containsExactly(1, 2, 3);
        assertThat(list).extracting(EvidenceView::number).containsExactly(1, null, 2);
        evidence.download(Tokens.auditor("panlong"), project, mistaken.evidenceId())
                .expectStatus().isOk().expectBody(byte[].class).isEqualTo(wrong);
    }

    @Test
    void aReasonIsRequiredAndAnItemIsWithdrawnOnlyOnce() {
        String project = evidence.registerProject("WD-002");
        EvidenceView item = evidence.attached(project, "OTHER", "会议纪要", "会议纪要.pdf", SampleFiles.pdf());

        evidence.withdraw(JINCHEN, project, item.evidenceId(), " ")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        evidence.withdraw(JINCHEN, project, item.evidenceId(), "重复上传").expectStatus().isOk();
        evidence.withdraw(JINCHEN, project, item.evidenceId(), "再撤一次")
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("evidence-already-withdrawn")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("已撤回", "Already withdrawn"));
    }

    @Test
    void onlyTheStreetsEditorsWithdrawAndOnlyItemsOfTheProject() {
        String project = evidence.registerProject("WD-003");
        EvidenceView item = evidence.attached(project, "OTHER", "照片", "照片.png", SampleFiles.png());

        evidence.withdraw(Tokens.auditor("panlong"), project, item.evidenceId(), "审计人员不能撤回").expectStatus().isForbidden();
        evidence.withdraw(Tokens.overseer("panlong"), project, item.evidenceId(), "区里不能撤回").expectStatus().isForbidden();
        evidence.withdraw(Tokens.streetEditor("panlong", "tuodong"), project, item.evidenceId(), "别的街道")
                .expectStatus().isNotFound();
        evidence.withdraw(JINCHEN, project, "no-such-evidence", "不存在").expectStatus().isNotFound();

        evidence.list(JINCHEN, project).expectBodyList(EvidenceView.class)
                .value(list -> assertThat(list).extracting(EvidenceView::withdrawal).containsOnlyNulls());
    }

    @Test
    void aWithdrawnFileMayBeAttachedAgain() {
        String project = evidence.registerProject("WD-004");
        byte[] declaration = SampleFiles.pdf();
        EvidenceView first = evidence.attached(project, "OTHER", "绩效目标申报表", "申报表.pdf", declaration);
        evidence.withdraw(JINCHEN, project, first.evidenceId(), "类别选错，应为绩效目标申报表").expectStatus().isOk();

        EvidenceView again = evidence.attached(project, "GOAL_DECLARATION", "绩效目标申报表", "申报表.pdf", declaration);

        assertThat(again.position()).isEqualTo(2);
        assertThat(again.number()).isEqualTo(1);
    }

    @Test
    void withdrawingPublishesEvidenceWithdrawnAndIsAuditedBeforeAndAfter() {
        String project = evidence.registerProject("WD-005");
        EvidenceView item = evidence.attached(project, "INDICATOR_SYSTEM", "绩效评价指标体系", "指标体系.xlsx",
                SampleFiles.xlsx("2022"));

        EventEnvelope<EvidenceWithdrawn> event;
        try (ProjectEventsProbe events = new ProjectEventsProbe(broker)) {
            evidence.withdraw(JINCHEN, project, item.evidenceId(), WRONG_YEAR).expectStatus().isOk();
            event = events.the(ProjectEvents.EVIDENCE_WITHDRAWN, project);
        }

        assertThat(event.payload()).isEqualTo(new EvidenceWithdrawn(project, "panlong", "jinchen", item.evidenceId(), WRONG_YEAR));
        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.overseer("panlong"))
                .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(), entries -> entries.size() == 3);
        Map<?, ?> withdrawal = trail.get(2);
        assertThat(withdrawal.get("action")).isEqualTo("withdrawn");
        assertThat(((Map<?, ?>) withdrawal.get("before")).get("number")).isEqualTo(1);
        assertThat(((Map<?, ?>) withdrawal.get("before")).get("withdrawal")).isNull();
        assertThat(((Map<?, ?>) ((Map<?, ?>) withdrawal.get("after")).get("withdrawal")).get("reason")).isEqualTo(WRONG_YEAR);
    }
}
