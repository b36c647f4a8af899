package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.MonitoringReported;
import cn.jixiao.contracts.project.MonitoringReviewed;
import cn.jixiao.contracts.project.MonitoringRoundOpened;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.project.ApiSpecification;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.rectification.ProjectRectifications;
import cn.jixiao.project.rectification.RectificationSource;
import cn.jixiao.project.rectification.RectificationView;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * 绩效运行监控 through the API: Panlong opens its mid-year round as of 30 June 2023; Jinchen's project has a budget of
 * 2,000,000 and has spent 580,000 by then (and 300,000 in July, which the round does not count), aims at ≥10
 * activities and ≥90% satisfaction; the street fills its 绩效监控表, explains its red and yellow lines and submits;
 * the district approves or returns it. Rounds dated 2023 are long past due, so a form not handed in is overdue.
 */
class MonitoringApiTest extends ApiSpecification {

    MonitoringClient api;

    @BeforeEach
    void client() {
        api = new MonitoringClient(web);
    }

    @Test
    void theDistrictOpensARoundAndEachProjectsFormIsPrefilledFromTheLedgerTheBudgetAndTheTargets() {
        String project = api.jinchenProject();
        MonitoringRound round = api.open(PANLONG, "2023年年中绩效监控", "2023-06-30", "2023-07-31", null);

        assertThat(round.marginPoints()).as("the default margin, stated with the round").isEqualByComparingTo("10");
        assertThat(round.year()).isEqualTo(2023);
        assertThat(round.openedBy()).isEqualTo("panlong-overseer");
        EventEnvelope<MonitoringRoundOpened> opened =
                events.await(round.id(), ProjectEvents.MONITORING_ROUND_OPENED, 1).get(0);
        assertThat(opened.tenantId()).as("the district's own event").isEqualTo("panlong");
        assertThat(opened.payload()).isEqualTo(new MonitoringRoundOpened(round.id(), "panlong", 2023,
                "2023年年中绩效监控", LocalDate.parse("2023-06-30"), LocalDate.parse("2023-07-31"), BigDecimal.TEN,
                "panlong-overseer"));

        MonitoringForm form = api.form(JINCHEN, project, round.id());
        assertThat(form.state()).isEqualTo(MonitoringState.NOT_STARTED);
        assertThat(form.stateLabel()).isEqualTo("未填报");
        assertThat(form.version()).isNull();
        assertThat(form.overdue()).isTrue();
        assertThat(form.targetsState()).as("the tree is shown, saying its targets are not approved yet")
                .isEqualTo(TargetsState.DRAFT);
        assertThat(form.targetsStateLabel()).isEqualTo("草稿");
        MonitoringLines.SpendingLine spending = form.lines().spending();
        assertThat(spending.executed()).as("entries dated up to 30 June only").isEqualTo(Yuan.parse("580000.00"));
        assertThat(spending.fullYearBudget()).isEqualTo(Yuan.parse("2000000.00"));
        assertThat(spending.executionRate().toPlainString()).isEqualTo("29.00");
        assertThat(spending.plannedPercent().toPlainString()).isEqualTo("50.00");
        assertThat(spending.planNote()).contains("按全年均衡支出计算");
        assertThat(spending.light()).isEqualTo(MonitoringLight.RED);
        assertThat(form.lines().indicators()).extracting(MonitoringLines.IndicatorLine::indicatorId,
                        MonitoringLines.IndicatorLine::target, MonitoringLines.IndicatorLine::light)
                .containsExactly(tuple("activities", "≥10次", MonitoringLight.YELLOW),
                        tuple("satisfaction", "≥90%", MonitoringLight.YELLOW));
        assertThat(form.missing()).hasSize(6);
        assertThat(form.submittable()).isFalse();
        assertThat(api.form(PANLONG, project, round.id())).isEqualTo(form);
        assertThat(api.form(PANLONG_AUDITOR, project, round.id())).isEqualTo(form);
    }

    @Test
    void aBudgetsMonthlyPlanIsTheCurveTheRoundJudgesSpendingBy() {
        String project = api.jinchenProject();
        List<BigDecimal> backLoaded = List.of(new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("8"),
                new BigDecimal("12"), new BigDecimal("16"), new BigDecimal("20"), new BigDecimal("40"),
                new BigDecimal("60"), new BigDecimal("75"), new BigDecimal("85"), new BigDecimal("95"),
                new BigDecimal("100"));
        List<BigDecimal> falling = new java.util.ArrayList<>(backLoaded);
        falling.set(6, new BigDecimal("10"));
        api.setBudget(project, 0L, falling).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("monthly-plan-invalid")
                .jsonPath("$.month").isEqualTo(7);
        api.setBudget(project, 0L, backLoaded).expectStatus().isOk().expectBody()
                .jsonPath("$.monthlyPlan.length()").isEqualTo(12)
                .jsonPath("$.monthlyPlan[5]").isEqualTo(20);
        MonitoringRound round = api.open(PANLONG, "2023年年中绩效监控", "2023-06-30", "2023-07-31", null);

        MonitoringLines.SpendingLine spending = api.form(JINCHEN, project, round.id()).lines().spending();

        assertThat(spending.plan()).isEqualTo("MONTHLY");
        assertThat(spending.plannedPercent().toPlainString()).isEqualTo("20.00");
        assertThat(spending.light()).as("29 % spent against 20 % planned").isEqualTo(MonitoringLight.GREEN);
    }

    @Test
    void theStreetFillsExplainsEveryRedAndYellowLineAndSubmitsAndTheDistrictApproves() {
        String project = api.jinchenProject();
        MonitoringRound round = api.open(PANLONG, "2023年年中绩效监控", "2023-06-30", "2023-07-31", new BigDecimal("10"));

        MonitoringForm filled = api.fill(JINCHEN, project, round.id(), null, new Explanation(null, null),
                List.of(new IndicatorEntry("activities", "3次", "8次", null, null),
                        new IndicatorEntry("satisfaction", "未开展调查", "95%", null, null)))
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(filled.state()).isEqualTo(MonitoringState.FILLED);
        assertThat(filled.lines().indicators()).extracting(MonitoringLines.IndicatorLine::light)
                .containsExactly(MonitoringLight.RED, MonitoringLight.GREEN);
        assertThat(filled.redLines()).isEqualTo(2);

        api.step(JINCHEN, project, round.id(), "submission", filled.version(), null).expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.code").isEqualTo("monitoring-deviations-unexplained")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("纠偏措施").contains("corrective"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("有 4 处")
                        .contains("4 explanation(s) missing"))
                .jsonPath("$.missing.length()").isEqualTo(4)
                .jsonPath("$.missing[0].line").isEqualTo("spending")
                .jsonPath("$.missing[0].field").isEqualTo("cause")
                .jsonPath("$.missing[2].line").isEqualTo("indicator")
                .jsonPath("$.missing[2].indicatorId").isEqualTo("activities")
                .jsonPath("$.missing[2].message").value(message -> assertThat((String) message).contains("红灯"));

        MonitoringForm explained = api.fill(JINCHEN, project, round.id(), filled.version(),
                new Explanation("设备采购合同7月签订，款项尚未支付", "7月底前完成设备采购付款"),
                List.of(new IndicatorEntry("activities", "3次", "8次", "文化活动中心修缮停用", "借用社区活动室，申请目标调整"),
                        new IndicatorEntry("satisfaction", "未开展调查", "95%", null, null)))
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(explained.submittable()).isTrue();

        MonitoringForm submitted = api.step(JINCHEN_APPROVER, project, round.id(), "submission", explained.version(), null)
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(submitted.state()).isEqualTo(MonitoringState.SUBMITTED);
        assertThat(submitted.overdue()).as("handed in, even if late").isFalse();
        assertThat(submitted.history()).extracting(MonitoringForm.HistoryView::step, MonitoringForm.HistoryView::actor)
                .containsExactly(tuple(MonitoringStep.SUBMIT, "panlong-jinchen-approver"));

        MonitoringReported reported = events.await(project, ProjectEvents.MONITORING_REPORTED, 1).get(0).payload();
        assertThat(reported.roundId()).isEqualTo(round.id());
        assertThat(reported.streetId()).isEqualTo("jinchen");
        assertThat(reported.spending().light()).isEqualTo(MonitoringLight.RED);
        assertThat(reported.spending().executed()).isEqualTo(Yuan.parse("580000.00"));
        assertThat(reported.spending().cause()).isEqualTo("设备采购合同7月签订，款项尚未支付");
        assertThat(reported.indicators()).extracting(MonitoringReported.IndicatorLine::indicatorId,
                        MonitoringReported.IndicatorLine::expected, MonitoringReported.IndicatorLine::light)
                .containsExactly(tuple("activities", "8次", MonitoringLight.RED),
                        tuple("satisfaction", "95%", MonitoringLight.GREEN));

        api.fill(JINCHEN, project, round.id(), submitted.version(), Explanation.NONE, List.of())
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("monitoring-step-not-allowed-now");

        MonitoringForm approved = api.step(PANLONG, project, round.id(), "approval", submitted.version(), "请按纠偏措施落实")
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(approved.state()).isEqualTo(MonitoringState.APPROVED);
        assertThat(approved.stateLabel()).isEqualTo("审核通过");
        assertThat(approved.lines()).as("the lines as submitted").isEqualTo(submitted.lines());
        MonitoringReviewed reviewed = events.await(project, ProjectEvents.MONITORING_REVIEWED, 1).get(0).payload();
        assertThat(reviewed.outcome()).isEqualTo("APPROVED");
        assertThat(reviewed.comment()).isEqualTo("请按纠偏措施落实");
        assertThat(api.form(PANLONG_AUDITOR, project, round.id())).isEqualTo(approved);

        // opened by rectification from the form's outbox, handed over by the relay after the review's write
        ProjectRectifications rectifications = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.rectifications(JINCHEN, project), found -> !found.items().isEmpty());
        assertThat(rectifications.items()).as("a 整改 item for each red line the district reviewed")
                .extracting(RectificationView::source, RectificationView::reference, RectificationView::deadlineDays)
                .containsExactly(tuple(RectificationSource.MONITORING_RED, round.id() + "/spending", 60),
                        tuple(RectificationSource.MONITORING_RED, round.id() + "/activities", 60));
        assertThat(rectifications.items().get(1).finding()).contains("2023年年中绩效监控", "≥10次", "8次",
                "文化活动中心修缮停用", "借用社区活动室");
    }

    @Test
    void theDistrictReturnsWithACommentAndTheStreetChangesAndResubmits() {
        String project = api.jinchenProject();
        MonitoringRound round = api.open(PANLONG, "2023年8月绩效监控", "2023-08-31", "2023-09-15", new BigDecimal("40"));
        // 29.00 % spent against 66.67 % planned: 37.67 points behind, within a margin of 40
        MonitoringForm filled = api.fill(JINCHEN, project, round.id(), null, Explanation.NONE,
                List.of(new IndicatorEntry("activities", "6次", "10次", null, null),
                        new IndicatorEntry("satisfaction", null, "92%", null, null)))
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(filled.lines().spending().light()).isEqualTo(MonitoringLight.GREEN);
        assertThat(filled.submittable()).isTrue();
        MonitoringForm submitted = api.step(JINCHEN, project, round.id(), "submission", filled.version(), null)
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();

        api.step(PANLONG, project, round.id(), "return", submitted.version(), " ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("comment-required");
        MonitoringForm returned = api.step(PANLONG, project, round.id(), "return", submitted.version(), "活动次数请附台账")
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(returned.state()).isEqualTo(MonitoringState.RETURNED);
        assertThat(events.await(project, ProjectEvents.MONITORING_REVIEWED, 1).get(0).payload().outcome())
                .isEqualTo("RETURNED");

        MonitoringForm changed = api.fill(JINCHEN, project, round.id(), returned.version(), Explanation.NONE,
                List.of(new IndicatorEntry("activities", "6次（附台账）", "10次", null, null),
                        new IndicatorEntry("satisfaction", null, "92%", null, null)))
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();
        assertThat(changed.state()).as("returned until submitted again").isEqualTo(MonitoringState.RETURNED);
        assertThat(api.step(JINCHEN, project, round.id(), "submission", changed.version(), null)
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody().history())
                .extracting(MonitoringForm.HistoryView::step)
                .containsExactly(MonitoringStep.SUBMIT, MonitoringStep.RETURN, MonitoringStep.SUBMIT);
    }

    @Test
    void aFormChangedMeanwhileAnswers409AndAnUnreadableExpectedValue400() {
        String project = api.jinchenProject();
        MonitoringRound round = api.open(PANLONG, "2023年年中绩效监控", "2023-06-30", "2023-07-31", null);
        MonitoringForm first = api.fill(JINCHEN, project, round.id(), null, Explanation.NONE, List.of())
                .expectStatus().isOk().expectBody(MonitoringForm.class).returnResult().getResponseBody();

        api.fill(JINCHEN, project, round.id(), null, Explanation.NONE, List.of()).expectStatus().isEqualTo(409);
        api.fill(JINCHEN, project, round.id(), first.version() - 1, Explanation.NONE, List.of()).expectStatus().isEqualTo(409);
        api.fill(JINCHEN, project, round.id(), first.version(), Explanation.NONE,
                List.of(new IndicatorEntry("satisfaction", null, "30天", null, null)))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("monitoring-expected-unreadable")
                .jsonPath("$.indicatorId").isEqualTo("satisfaction");
        api.fill(JINCHEN, project, round.id(), first.version(), Explanation.NONE,
                List.of(new IndicatorEntry("no-such", null, "1", null, null)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("monitoring-indicator-unknown");
    }

    @Test
    void onlyTheStreetWritesItsFormOnlyTheDistrictReviewsAndOthersDoNotFindIt() {
        String project = api.jinchenProject();
        MonitoringRound round = api.open(PANLONG, "2023年年中绩效监控", "2023-06-30", "2023-07-31", null);

        api.fill(PANLONG, project, round.id(), null, Explanation.NONE, List.of()).expectStatus().isForbidden();
        api.fill(PANLONG_AUDITOR, project, round.id(), null, Explanation.NONE, List.of()).expectStatus().isForbidden();
        api.fill(JINCHEN_APPROVER, project, round.id(), null, Explanation.NONE, List.of()).expectStatus().isForbidden();
        api.step(PANLONG, project, round.id(), "submission", null, null).expectStatus().isForbidden();
        api.step(JINCHEN, project, round.id(), "approval", null, null).expectStatus().isForbidden();
        api.step(PANLONG, project, round.id(), "approval", null, null).expectStatus().isEqualTo(409);

        api.get(TUODONG, project, round.id()).expectStatus().isNotFound();
        api.get(WUHUA, project, round.id()).expectStatus().isNotFound();
        api.fill(TUODONG, project, round.id(), null, Explanation.NONE, List.of()).expectStatus().isNotFound();
        api.get(JINCHEN, project, "no-such-round").expectStatus().isNotFound();
        web.mutateWith(WUHUA).get().uri("/api/monitoring/rounds/{id}", round.id()).exchange().expectStatus().isNotFound();
        assertThat(api.rounds(WUHUA)).extracting(MonitoringRound::id).doesNotContain(round.id());
    }

    @Test
    void onlyTheDistrictsOverseerOpensARoundAsOfAMonthsEnd() {
        api.openRequest(JINCHEN, Map.of("name", "x", "asOf", "2023-06-30", "dueDate", "2023-07-31"))
                .expectStatus().isForbidden();
        api.openRequest(PANLONG_AUDITOR, Map.of("name", "x", "asOf", "2023-06-30", "dueDate", "2023-07-31"))
                .expectStatus().isForbidden();
        api.openRequest(PANLONG, Map.of("name", "x", "asOf", "2023-06-15", "dueDate", "2023-07-31"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("as-of-not-month-end");
        api.openRequest(PANLONG, Map.of("name", "x", "asOf", "2023-06-30", "dueDate", "2023-06-01"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("due-before-as-of");
        api.openRequest(PANLONG, Map.of("name", "x", "asOf", "2023-06-30", "dueDate", "2023-07-31", "marginPoints", 0))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("margin-invalid");
        // a district's administrator manages accounts, not its projects
        web.mutateWith(Tokens.user("panlong-admin", "/panlong")).get().uri("/api/monitoring/rounds").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void theRoundsDashboardShowsEveryProjectsStatusWithItsRedAndYellowLinesAndTheStreetSeesItsOwn() {
        String filledProject = api.jinchenProject();
        String untouched = api.jinchenProject();
        MonitoringRound round = api.open(PANLONG, "2023年年中绩效监控", "2023-06-30", "2023-07-31", null);
        api.fill(JINCHEN, filledProject, round.id(), null, Explanation.NONE,
                List.of(new IndicatorEntry("activities", "3次", "8次", null, null)))
                .expectStatus().isOk();

        assertThat(api.rounds(PANLONG)).extracting(MonitoringRound::id).contains(round.id());
        assertThat(api.rounds(JINCHEN)).as("a street sees the rounds covering it").extracting(MonitoringRound::id)
                .contains(round.id());
        assertThat(api.rounds(PANLONG_AUDITOR)).extracting(MonitoringRound::id).contains(round.id());

        RoundDashboard board = api.dashboard(PANLONG, round.id());
        assertThat(board.pastDue()).isTrue();
        assertThat(board.projects()).filteredOn(row -> List.of(filledProject, untouched).contains(row.projectId()))
                .extracting(RoundDashboard.Row::projectId, RoundDashboard.Row::state, RoundDashboard.Row::status,
                        RoundDashboard.Row::statusLabel, RoundDashboard.Row::redLines, RoundDashboard.Row::yellowLines)
                .containsExactlyInAnyOrder(
                        tuple(filledProject, MonitoringState.FILLED, "OVERDUE", "逾期未提交", 2L, 1L),
                        tuple(untouched, MonitoringState.NOT_STARTED, "OVERDUE", "逾期未提交", 0L, 0L));
        assertThat(board.counts().get("OVERDUE")).isGreaterThanOrEqualTo(2L);
        assertThat(api.dashboard(JINCHEN, round.id()).projects()).extracting(RoundDashboard.Row::streetId)
                .containsOnly("jinchen");
        assertThat(api.dashboard(TUODONG, round.id()).projects()).extracting(RoundDashboard.Row::projectId)
                .doesNotContain(filledProject, untouched);
    }

    // --- the calls ---
}
