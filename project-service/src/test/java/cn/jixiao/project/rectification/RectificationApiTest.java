package cn.jixiao.project.rectification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.RectificationConfirmed;
import cn.jixiao.contracts.project.RectificationOpened;
import cn.jixiao.contracts.project.RectificationSentBack;
import cn.jixiao.project.ApiSpecification;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.project.targets.SubmittableTrees;
import cn.jixiao.project.targets.TargetsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * 整改 through the API: Panlong's overseer opens an item on Jinchen's project by hand, the street answers with its
 * measures, the district sends it back with a comment and then confirms; the lists of the district and the street;
 * last year's items of the code shown beside the next year's project; the review's deductions opening items once.
 * Items due in 2023 are long past their deadline, so one not confirmed is overdue.
 */
class RectificationApiTest extends ApiSpecification {

    @Autowired
    KafkaTemplate<String, String> kafka;

    final EventCodec codec = new EventCodec();

    /** A year among the last ones a project may have, so that the lists of the district hold few other items. */
    int year;

    @BeforeEach
    void aYear() {
        year = 2030 + Math.floorMod(UUID.randomUUID().hashCode(), 10);
    }

    @Test
    void theOverseerOpensTheStreetAnswersTheDistrictSendsBackAndConfirms() {
        String project = register(JINCHEN, code(), year);

        RectificationView opened = open(PANLONG, project, "活动台账未按月归档", "2023-09-30");
        assertThat(opened.state()).isEqualTo(RectificationState.OPEN);
        assertThat(opened.stateLabel()).isEqualTo("待整改");
        assertThat(opened.source()).isEqualTo(RectificationSource.MANUAL);
        assertThat(opened.sourceLabel()).isEqualTo("区复核人员录入");
        assertThat(opened.deadlineDays()).isNull();
        assertThat(opened.overdue()).isTrue();
        assertThat(items(JINCHEN, project).items()).containsExactly(opened);
        assertThat(items(PANLONG_AUDITOR, project).items()).containsExactly(opened);

        answer(JINCHEN, project, opened.id(), 7L, "已归档", List.of()).expectStatus().isEqualTo(409);
        answer(JINCHEN, project, opened.id(), 0L, "已归档", List.of("no-such-evidence")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("rectification-evidence-unknown")
                .jsonPath("$.evidenceIds[0]").isEqualTo("no-such-evidence");
        RectificationView answered = answer(JINCHEN_APPROVER, project, opened.id(), 0L, "已按月归档全部活动台账",
                List.of()).expectStatus().isOk().expectBody(RectificationView.class).returnResult().getResponseBody();
        assertThat(answered.state()).isEqualTo(RectificationState.MEASURES_SUBMITTED);
        assertThat(answered.measures()).isEqualTo("已按月归档全部活动台账");
        answer(JINCHEN, project, opened.id(), 1L, "再次提交", List.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("rectification-step-not-allowed-now");

        decide(PANLONG, project, opened.id(), "send-back", 1L, " ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("comment-required");
        decide(JINCHEN, project, opened.id(), "confirmation", 1L, null).expectStatus().isForbidden();
        RectificationView sentBack = decide(PANLONG, project, opened.id(), "send-back", 1L, "缺少7月台账")
                .expectStatus().isOk().expectBody(RectificationView.class).returnResult().getResponseBody();
        assertThat(sentBack.state()).isEqualTo(RectificationState.OPEN);
        assertThat(sentBack.comment()).isEqualTo("缺少7月台账");

        answer(JINCHEN, project, opened.id(), 2L, "已补充7月台账", List.of()).expectStatus().isOk();
        RectificationView confirmed = decide(PANLONG, project, opened.id(), "confirmation", 3L, null)
                .expectStatus().isOk().expectBody(RectificationView.class).returnResult().getResponseBody();
        assertThat(confirmed.state()).isEqualTo(RectificationState.CONFIRMED);
        assertThat(confirmed.overdue()).as("confirmed, whatever the date").isFalse();
        assertThat(items(JINCHEN, project).items()).containsExactly(confirmed);

        assertThat(events.await(project, ProjectEvents.RECTIFICATION_OPENED, 1).get(0).payload()).isEqualTo(
                new RectificationOpened(opened.id(), project, "panlong", "jinchen", opened.projectCode(), year, "MANUAL",
                        null, "活动台账未按月归档", LocalDate.parse("2023-09-30"), null, "panlong-overseer"));
        assertThat(events.await(project, ProjectEvents.RECTIFICATION_ANSWERED, 2))
                .extracting(event -> event.payload().measures(), event -> event.payload().answeredBy())
                .containsExactly(tuple("已按月归档全部活动台账", "panlong-jinchen-approver"),
                        tuple("已补充7月台账", "panlong-jinchen-editor"));
        EventEnvelope<RectificationSentBack> sentBackEvent =
                events.await(project, ProjectEvents.RECTIFICATION_SENT_BACK, 1).get(0);
        assertThat(sentBackEvent.tenantId()).as("the street's event").isEqualTo("jinchen");
        assertThat(sentBackEvent.payload().comment()).isEqualTo("缺少7月台账");
        assertThat(events.await(project, ProjectEvents.RECTIFICATION_CONFIRMED, 1).get(0).payload())
                .isEqualTo(new RectificationConfirmed(opened.id(), project, "panlong", "jinchen", "panlong-overseer",
                        null));
    }

    @Test
    void anAuditorReadsAndWritesNothingAndOtherStreetsAndDistrictsDoNotFindTheItems() {
        String project = register(JINCHEN, code(), year);
        RectificationView opened = open(PANLONG, project, "资金拨付凭证不全", "2023-09-30");

        openRequest(PANLONG_AUDITOR, project, "审计发现", "2023-09-30").expectStatus().isForbidden();
        openRequest(JINCHEN, project, "自行录入", "2023-09-30").expectStatus().isForbidden();
        decide(PANLONG_AUDITOR, project, opened.id(), "send-back", 0L, "x").expectStatus().isForbidden();
        web.mutateWith(TUODONG).get().uri("/api/projects/{p}/rectifications", project).exchange()
                .expectStatus().isNotFound();
        web.mutateWith(WUHUA).get().uri("/api/projects/{p}/rectifications", project).exchange()
                .expectStatus().isNotFound();
        answer(TUODONG, project, opened.id(), 0L, "x", List.of()).expectStatus().isNotFound();
        decide(WUHUA, project, opened.id(), "confirmation", 0L, null).expectStatus().isNotFound();
        answer(JINCHEN, project, "no-such-item", 0L, "x", List.of()).expectStatus().isNotFound();
        openRequest(PANLONG, project, " ", "2023-09-30").expectStatus().isBadRequest();
    }

    @Test
    void theDistrictsListCountsPerStatusAndOverdueAndAStreetSeesItsOwn() {
        year = 2040 + Math.floorMod(UUID.randomUUID().hashCode(), 60); // a year no other test writes
        String jinchen = register(JINCHEN, code(), year);
        String tuodong = register(TUODONG, code(), year);
        RectificationView late = open(PANLONG, jinchen, "绩效自评报告未公开", "2023-09-30");
        RectificationView onTime = open(PANLONG, jinchen, "满意度问卷样本不足", "2999-12-31");
        RectificationView other = open(PANLONG, tuodong, "预算调整未报备", "2999-12-31");
        answer(TUODONG, tuodong, other.id(), 0L, "已补报备", List.of()).expectStatus().isOk();

        RectificationList district = list(PANLONG, "year=" + year);
        assertThat(district.year()).isEqualTo(year);
        assertThat(district.counts()).containsExactly(entry("OPEN", 2L), entry("MEASURES_SUBMITTED", 1L),
                entry("CONFIRMED", 0L), entry("OVERDUE", 1L));
        assertThat(district.items()).extracting(RectificationView::id)
                .containsExactly(late.id(), onTime.id(), other.id());
        assertThat(list(PANLONG_AUDITOR, "year=" + year)).isEqualTo(district);
        assertThat(list(PANLONG, "year=" + year + "&overdue=true").items()).extracting(RectificationView::id)
                .containsExactly(late.id());
        assertThat(list(PANLONG, "year=" + year + "&status=MEASURES_SUBMITTED").items())
                .extracting(RectificationView::id).containsExactly(other.id());
        assertThat(list(PANLONG, "year=" + year + "&streetId=tuodong").items()).extracting(RectificationView::id)
                .containsExactly(other.id());

        RectificationList street = list(JINCHEN, "year=" + year);
        assertThat(street.items()).extracting(RectificationView::id).containsExactly(late.id(), onTime.id());
        assertThat(street.counts()).containsEntry("OPEN", 2L).containsEntry("MEASURES_SUBMITTED", 0L);
        assertThat(list(JINCHEN, "year=" + year + "&streetId=tuodong").items()).isEmpty();
        assertThat(list(WUHUA, "year=" + year).items()).isEmpty();
    }

    @Test
    void lastYearsItemsOfTheCodeAreCarriedOverToTheStreetsProjectOfTheNextYear() {
        String code = code();
        String lastYear = register(JINCHEN, code, year);
        RectificationView open = open(PANLONG, lastYear, "培训签到表缺失", "2023-09-30");
        RectificationView done = open(PANLONG, lastYear, "宣传资料未留存", "2023-09-30");
        answer(JINCHEN, lastYear, done.id(), 0L, "已补存", List.of()).expectStatus().isOk();
        decide(PANLONG, lastYear, done.id(), "confirmation", 1L, "同意").expectStatus().isOk();
        String otherCode = register(JINCHEN, code(), year);
        open(PANLONG, otherCode, "另一项目的问题", "2023-09-30");

        String thisYear = register(JINCHEN, code, year + 1);
        ProjectRectifications next = items(JINCHEN, thisYear);

        assertThat(next.items()).isEmpty();
        assertThat(next.carriedOver()).extracting(RectificationView::id, RectificationView::year,
                        RectificationView::state)
                .containsExactly(tuple(open.id(), year, RectificationState.OPEN),
                        tuple(done.id(), year, RectificationState.CONFIRMED));
        String tuodongSameCode = register(TUODONG, code, year + 1);
        assertThat(items(TUODONG, tuodongSameCode).carriedOver()).as("another street's project of that code")
                .isEmpty();
    }

    @Test
    void aReturnAndAnApprovedReviewsDeductionsOpenItemsOnceDueTheDefaultDays() throws Exception {
        String code = code();
        String project = register(JINCHEN, code, year);
        String evaluation = UUID.randomUUID().toString();
        ScoreBreakdown score = new ScoreBreakdown("tpl", 1, null, List.of(
                line("activities", "开展民族团结进步主题活动次数", "20.00", "14.00", "台账仅记录7次活动"),
                line("satisfaction", "群众满意度", "10.00", null, null)), List.of(), new BigDecimal("90.00"), "优",
                "优秀", new BigDecimal("84.00"), "良", List.of());

        EvaluationSnapshot returned = new EvaluationSnapshot(evaluation, project, "panlong", "jinchen", code,
                "创建全省民族团结进步示范街道专项资金", year, 1, "RETURNED", score, null, List.of(), "请补充满意度调查", "panlong-overseer",
                4);
        publish(project, EvaluationEvents.EVALUATION_RETURNED, returned);
        publish(project, EvaluationEvents.EVALUATION_RETURNED, returned);
        publish(project, EvaluationEvents.EVALUATION_REVIEW_STARTED, snapshot(evaluation, project, code,
                "UNDER_REVIEW", score, 5));
        publish(project, EvaluationEvents.EVALUATION_APPROVED, snapshot(evaluation, project, code, "APPROVED", score, 6));
        publish(project, EvaluationEvents.EVALUATION_FINALIZED, snapshot(evaluation, project, code, "FINALIZED", score, 7));
        await().atMost(Duration.ofSeconds(20)).until(() -> !items(JINCHEN, project).items().isEmpty());
        String marker = register(JINCHEN, code(), year);
        publish(marker, EvaluationEvents.EVALUATION_APPROVED, snapshot(UUID.randomUUID().toString(), marker, null,
                "APPROVED", score, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> !items(JINCHEN, marker).items().isEmpty());

        List<RectificationView> all = items(JINCHEN, project).items();
        assertThat(all).extracting(RectificationView::source, RectificationView::finding)
                .as("the return delivered twice, one item").contains(tuple(RectificationSource.EVALUATION_RETURN,
                        "自评退回意见：请补充满意度调查"));
        List<RectificationView> items = all.stream()
                .filter(found -> found.source() == RectificationSource.REVIEW_DEDUCTION).toList();
        assertThat(all).hasSize(2);
        assertThat(items).as("the finalized snapshot names the same deduction").hasSize(1);
        RectificationView item = items.get(0);
        assertThat(item.source()).isEqualTo(RectificationSource.REVIEW_DEDUCTION);
        assertThat(item.reference()).isEqualTo(evaluation + "/activities");
        assertThat(item.finding()).contains("开展民族团结进步主题活动次数", "20.00", "14.00", "台账仅记录7次活动");
        assertThat(item.deadlineDays()).isEqualTo(60);
        assertThat(item.deadline()).isEqualTo(LocalDate.ofInstant(item.openedAt(), Rectification.BEIJING)
                .plusDays(60));
        RectificationOpened openedEvent = events.await(project, ProjectEvents.RECTIFICATION_OPENED, 2).stream()
                .map(EventEnvelope::payload).filter(event -> event.source().equals("REVIEW_DEDUCTION")).findFirst()
                .orElseThrow();
        assertThat(openedEvent.reference()).isEqualTo(evaluation + "/activities");
        assertThat(openedEvent.deadlineDays()).isEqualTo(60);
        assertThat(openedEvent.openedBy()).as("opened from a finding").isNull();
    }

    @Test
    void theDistrictsReturnOfTheTargetsOpensAnItemWithItsComment() {
        TargetsClient targets = new TargetsClient(web);
        String project = targets.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        targets.submitted(JINCHEN, project);

        targets.returnToStreet(PANLONG, project, targets.targets(PANLONG, project).version(), "满意度指标请写明调查方式")
                .expectStatus().isOk();

        List<RectificationView> items = await().atMost(Duration.ofSeconds(20))
                .until(() -> items(JINCHEN, project).items(), found -> !found.isEmpty());
        assertThat(items).hasSize(1);
        assertThat(items.get(0).source()).isEqualTo(RectificationSource.TARGETS_RETURN);
        assertThat(items.get(0).sourceLabel()).isEqualTo("绩效目标退回意见");
        assertThat(items.get(0).finding()).isEqualTo("绩效目标退回意见：满意度指标请写明调查方式");
        assertThat(items.get(0).deadlineDays()).isEqualTo(60);
        assertThat(events.await(project, ProjectEvents.RECTIFICATION_OPENED, 1).get(0).payload().source())
                .isEqualTo("TARGETS_RETURN");
    }

    private static ScoreBreakdown.IndicatorLine line(String id, String name, String self, String review, String reason) {
        return new ScoreBreakdown.IndicatorLine(id, null, name, null, "≥10次", "7次", null, new BigDecimal(self),
                new BigDecimal(self), false, null, review == null ? null : new BigDecimal(review), reason, "");
    }

    private EvaluationSnapshot snapshot(String evaluation, String project, String code, String status,
                                        ScoreBreakdown score, long revision) {
        return new EvaluationSnapshot(evaluation, project, "panlong", "jinchen", code, "创建全省民族团结进步示范街道专项资金",
                year, 1, status, score, null, List.of(), null, "panlong-overseer", revision);
    }

    private void publish(String key, EventType<EvaluationSnapshot> type, EvaluationSnapshot snapshot)
            throws Exception {
        kafka.send(new ProducerRecord<>(Topics.EVALUATION_EVENTS, key, codec.write(EventEnvelope.of(type, "jinchen",
                Instant.now(), snapshot)))).get(10, TimeUnit.SECONDS);
    }

    private static String code() {
        return "JK-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String register(WebTestClientConfigurer street, String code, int inYear) {
        String unit = street == TUODONG ? "昆明市盘龙区人民政府拓东街道办事处" : "昆明市盘龙区人民政府金辰街道办事处";
        return web.mutateWith(street).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "创建全省民族团结进步示范街道专项资金", inYear, unit, unit))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody()
                .id();
    }

    private WebTestClient.ResponseSpec openRequest(WebTestClientConfigurer user, String project, String finding,
                                                   String deadline) {
        return web.mutateWith(user).post().uri("/api/projects/{p}/rectifications", project)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("finding", finding, "deadline", deadline))
                .exchange();
    }

    private RectificationView open(WebTestClientConfigurer user, String project, String finding, String deadline) {
        return openRequest(user, project, finding, deadline).expectStatus().isCreated()
                .expectBody(RectificationView.class).returnResult().getResponseBody();
    }

    private ProjectRectifications items(WebTestClientConfigurer user, String project) {
        return web.mutateWith(user).get().uri("/api/projects/{p}/rectifications", project).exchange()
                .expectStatus().isOk().expectBody(ProjectRectifications.class).returnResult().getResponseBody();
    }

    private RectificationList list(WebTestClientConfigurer user, String query) {
        return web.mutateWith(user).get().uri("/api/rectifications?" + query).exchange().expectStatus().isOk()
                .expectBody(RectificationList.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec answer(WebTestClientConfigurer user, String project, String item, Long version,
                                              String measures, List<String> evidence) {
        return web.mutateWith(user).post().uri("/api/projects/{p}/rectifications/{i}/answer", project, item)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new AnswerRectification(version, measures, evidence))
                .exchange();
    }

    private WebTestClient.ResponseSpec decide(WebTestClientConfigurer user, String project, String item, String step,
                                              Long version, String comment) {
        return web.mutateWith(user).post().uri("/api/projects/{p}/rectifications/{i}/" + step, project, item)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new DecideRectification(version, comment))
                .exchange();
    }
}
