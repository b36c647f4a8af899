package cn.jixiao.project.targets;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.TargetsAdjusted;
import cn.jixiao.contracts.project.TargetsAdjustmentRequested;
import cn.jixiao.contracts.project.TargetsAdjustmentReturned;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.IndicatorTreeView;
import cn.jixiao.project.indicators.ReportActual;
import cn.jixiao.project.indicators.TargetsAdjustment;
import cn.jixiao.project.indicators.TargetsChange;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * 目标调整 through the API: Jinchen's approved targets call for 10 activities; the street asks for 8 because its
 * activity centre is closed for repairs, Panlong district returns or approves the request, and the approved
 * adjustment is the tree in force, published again for the self-evaluation to score against.
 */
class TargetsAdjustmentApiTest extends TargetsApiSpecification {

    static final String REASON = "街道文化活动中心下半年修缮停用，主题活动改为8次";

    /** The approved tree with the activities' target lowered from ≥10次 to ≥8次. */
    static List<IndicatorInput> eightActivities() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        lines.set(0, SubmittableTrees.rewritten(lines.get(0), "≥8次", IndicatorDirection.POSITIVE));
        return lines;
    }

    @Test
    void theStreetRequestsAnAdjustmentOfApprovedTargetsWhichStayInForceUntilTheDistrictDecides() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        TargetsView approved = api.targets(JINCHEN, project);
        assertThat(approved.adjustable()).isTrue();
        assertThat(approved.adjustment()).isNull();

        TargetsView requested = api.requestAdjustment(JINCHEN, project, approved.version(), REASON, eightActivities())
                .expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();

        assertThat(requested.state()).as("the approved targets stay approved").isEqualTo(TargetsState.APPROVED);
        assertThat(requested.revision()).as("and in force").isEqualTo(approved.revision());
        assertThat(requested.version()).isEqualTo(approved.version() + 1);
        assertThat(requested.adjustable()).isFalse();
        TargetsView.AdjustmentView open = requested.adjustment();
        assertThat(open.number()).isEqualTo(1);
        assertThat(open.status()).isEqualTo(TargetsAdjustment.Status.OPEN);
        assertThat(open.statusLabel()).isEqualTo("待审核");
        assertThat(open.reason()).isEqualTo(REASON);
        assertThat(open.requestedBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(open.revision()).isEqualTo(approved.revision());
        assertThat(open.changes()).extracting(TargetsView.ChangeView::kind, TargetsView.ChangeView::kindLabel,
                        TargetsView.ChangeView::indicatorId, TargetsView.ChangeView::fields,
                        TargetsView.ChangeView::targetBefore, TargetsView.ChangeView::targetAfter)
                .containsExactly(tuple(TargetsChange.Kind.CHANGED, "修改", "jc-activities", List.of("target"), "≥10次", "≥8次"));
        assertThat(open.proposed()).hasSize(11).first()
                .satisfies(line -> assertThat(line.target().text()).isEqualTo("≥8次"));
        assertThat(requested.adjustments()).containsExactly(open);
        assertThat(api.tree(JINCHEN, project).categories().get(0).dimensions().get(0).indicators().get(0).target().text())
                .as("the tree in force").isEqualTo("≥10次");
        assertThat(api.targets(PANLONG, project)).isEqualTo(requested);
        assertThat(api.targets(Tokens.auditor("panlong"), project)).isEqualTo(requested);
    }

    @Test
    void theDistrictApprovesAndTheProposedTreeIsInForceUnderANewRevisionKeepingTheActuals() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        IndicatorTreeView before = api.tree(JINCHEN, project);
        web.mutateWith(JINCHEN).put().uri("/api/projects/{id}/indicators/{indicator}/actual", project, "jc-activities")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new ReportActual(before.version(), "9次", null))
                .exchange().expectStatus().isOk();
        TargetsView read = api.targets(JINCHEN, project);
        api.requestAdjustment(JINCHEN_APPROVER, project, read.version(), REASON, eightActivities()).expectStatus().isOk();

        TargetsView adjusted = api.approveAdjustment(PANLONG, project, api.targets(PANLONG, project).version(), "同意调整")
                .expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();

        assertThat(adjusted.state()).isEqualTo(TargetsState.APPROVED);
        assertThat(adjusted.revision()).isEqualTo(read.revision() + 1);
        assertThat(adjusted.adjustable()).as("another request may follow").isTrue();
        assertThat(adjusted.adjustment()).isNull();
        assertThat(adjusted.adjustments()).extracting(TargetsView.AdjustmentView::status,
                        TargetsView.AdjustmentView::statusLabel, TargetsView.AdjustmentView::requestedBy,
                        TargetsView.AdjustmentView::decidedBy, TargetsView.AdjustmentView::comment,
                        TargetsView.AdjustmentView::revisionBefore, TargetsView.AdjustmentView::revisionAfter)
                .containsExactly(tuple(TargetsAdjustment.Status.APPROVED, "已批准", "panlong-jinchen-approver",
                        "panlong-overseer", "同意调整", read.revision(), read.revision() + 1));
        assertThat(adjusted.adjustments().get(0).decidedAt()).isNotNull();
        IndicatorTreeView.IndicatorView activities =
                api.tree(JINCHEN, project).categories().get(0).dimensions().get(0).indicators().get(0);
        assertThat(activities.target().text()).isEqualTo("≥8次");
        assertThat(activities.actual().text()).as("the line's actual stays with it").isEqualTo("9次");
        assertThat(activities.reached()).isTrue();
        api.define(JINCHEN, project, new DefineIndicators(adjusted.version(), SubmittableTrees.jinchen()))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("targets-locked");
    }

    @Test
    void theDistrictReturnsARequestWithACommentAndTheTargetsInForceStay() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        TargetsView read = api.targets(JINCHEN, project);
        TargetsView requested = api.requestAdjustment(JINCHEN, project, read.version(), REASON, eightActivities())
                .expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();

        api.returnAdjustment(PANLONG, project, requested.version(), " ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("comment-required");
        TargetsView returned = api.returnAdjustment(PANLONG, project, requested.version(), "请附文化活动中心停用通知")
                .expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();

        assertThat(returned.revision()).isEqualTo(read.revision());
        assertThat(returned.adjustment()).isNull();
        assertThat(returned.adjustable()).isTrue();
        assertThat(returned.adjustments()).extracting(TargetsView.AdjustmentView::status,
                        TargetsView.AdjustmentView::comment, TargetsView.AdjustmentView::revisionAfter)
                .containsExactly(tuple(TargetsAdjustment.Status.RETURNED, "请附文化活动中心停用通知", null));
        assertThat(api.tree(JINCHEN, project).categories().get(0).dimensions().get(0).indicators().get(0).target().text())
                .isEqualTo("≥10次");

        TargetsView again = api.requestAdjustment(JINCHEN, project, returned.version(), REASON + "（附停用通知）",
                eightActivities()).expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();
        assertThat(again.adjustment().number()).isEqualTo(2);
        assertThat(again.adjustments()).extracting(TargetsView.AdjustmentView::status)
                .containsExactly(TargetsAdjustment.Status.RETURNED, TargetsAdjustment.Status.OPEN);
    }

    @Test
    void aRequestNeedsApprovedTargetsNoOtherOpenRequestAReasonAndAChange() {
        String draft = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        api.requestAdjustment(JINCHEN, draft, api.targets(JINCHEN, draft).version(), REASON, eightActivities())
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("targets-step-not-allowed-now")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("只有已批复的绩效目标"));

        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        long version = api.targets(JINCHEN, project).version();
        api.requestAdjustment(JINCHEN, project, version, "  ", eightActivities()).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("reason-required")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("调整原因"));
        api.requestAdjustment(JINCHEN, project, version, REASON, SubmittableTrees.jinchen())
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("adjustment-without-change")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("现行目标"));
        api.requestAdjustment(JINCHEN, project, version, REASON, eightActivities()).expectStatus().isOk();
        api.requestAdjustment(JINCHEN, project, version + 1, REASON, eightActivities())
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.adjustmentOpen").isEqualTo(true)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已有一项目标调整申请"));
    }

    @Test
    void aProposedTreeIsCheckedLikeASubmissionWithEveryFinding() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        List<IndicatorInput> vague = new ArrayList<>(SubmittableTrees.jinchen());
        IndicatorInput activities = vague.get(0);
        vague.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                "活动次数进一步提高", IndicatorDirection.QUALITATIVE, activities.weight(), activities.dataSource()));
        long version = api.targets(JINCHEN, project).version();

        api.requestAdjustment(JINCHEN, project, version, REASON, vague).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("targets-incomplete")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("调整后的绩效目标"))
                .jsonPath("$.findings[0].code").isEqualTo("vague-target")
                .jsonPath("$.findings[0].indicatorId").isEqualTo("jc-activities");

        List<IndicatorInput> malformed = new ArrayList<>(SubmittableTrees.jinchen());
        malformed.set(0, new IndicatorInput(activities.id(), IndicatorCategory.EFFECT, IndicatorDimension.QUANTITY,
                activities.name(), activities.target(), activities.direction(), activities.weight(), activities.dataSource()));
        api.requestAdjustment(JINCHEN, project, version, REASON, malformed).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("indicators-invalid");
        assertThat(api.targets(JINCHEN, project).adjustment()).isNull();
        assertThat(api.targets(JINCHEN, project).version()).isEqualTo(version);
    }

    @Test
    void aLineKeyedInAgainWithoutItsIdIsTheSameLine() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        List<IndicatorInput> withoutIds = eightActivities().stream().map(line -> line.withId(null)).toList();

        TargetsView requested = api.requestAdjustment(JINCHEN, project, api.targets(JINCHEN, project).version(), REASON,
                withoutIds).expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();

        assertThat(requested.adjustment().changes()).extracting(TargetsView.ChangeView::kind,
                TargetsView.ChangeView::indicatorId).containsExactly(tuple(TargetsChange.Kind.CHANGED, "jc-activities"));
    }

    @Test
    void aStepOnAVersionThatMovedIsRefused() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        long version = api.targets(JINCHEN, project).version();
        api.requestAdjustment(JINCHEN, project, version - 1, REASON, eightActivities()).expectStatus().isEqualTo(409);
        api.requestAdjustment(JINCHEN, project, version, REASON, eightActivities()).expectStatus().isOk();

        api.approveAdjustment(PANLONG, project, version, null).expectStatus().isEqualTo(409);
        api.returnAdjustment(PANLONG, project, version, "意见").expectStatus().isEqualTo(409);
        assertThat(api.targets(PANLONG, project).adjustment().status()).isEqualTo(TargetsAdjustment.Status.OPEN);
    }

    @Test
    void anotherStreetAndAnotherDistrictDoNotFindTheRequestAndAnAuditorOnlyReadsIt() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        long version = api.targets(JINCHEN, project).version();
        WebTestClientConfigurer tuodong = Tokens.streetEditor("panlong", "tuodong");
        WebTestClientConfigurer wuhua = Tokens.overseer("wuhua");
        WebTestClientConfigurer auditor = Tokens.auditor("panlong");

        api.requestAdjustment(tuodong, project, version, REASON, eightActivities()).expectStatus().isNotFound();
        api.requestAdjustment(wuhua, project, version, REASON, eightActivities()).expectStatus().isNotFound();
        api.requestAdjustment(auditor, project, version, REASON, eightActivities()).expectStatus().isForbidden();
        api.requestAdjustment(PANLONG, project, version, REASON, eightActivities()).expectStatus().isForbidden();
        api.requestAdjustment(JINCHEN, project, version, REASON, eightActivities()).expectStatus().isOk();
        api.approveAdjustment(wuhua, project, version + 1, null).expectStatus().isNotFound();
        api.returnAdjustment(wuhua, project, version + 1, "意见").expectStatus().isNotFound();
        api.approveAdjustment(tuodong, project, version + 1, null).expectStatus().isNotFound();
        api.approveAdjustment(auditor, project, version + 1, null).expectStatus().isForbidden();
        api.returnAdjustment(auditor, project, version + 1, "意见").expectStatus().isForbidden();
        api.approveAdjustment(JINCHEN, project, version + 1, null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("区复核人员"));
        assertThat(api.targets(auditor, project).adjustment().status()).isEqualTo(TargetsAdjustment.Status.OPEN);
        api.get(wuhua, project).expectStatus().isNotFound();
    }

    @Test
    void eachStepIsPublishedFromTheOutboxAndTheApprovalDefinesTheTreeAgainForTheScore() {
        String project = api.approvedProject(JINCHEN, PANLONG, SubmittableTrees.jinchenFirstDefinition());
        TargetsView read = api.targets(JINCHEN, project);
        long revision = read.revision();
        api.requestAdjustment(JINCHEN, project, read.version(), REASON, eightActivities()).expectStatus().isOk();
        api.returnAdjustment(PANLONG, project, read.version() + 1, "请附停用通知").expectStatus().isOk();
        api.requestAdjustment(JINCHEN, project, read.version() + 2, REASON, eightActivities()).expectStatus().isOk();
        api.approveAdjustment(PANLONG, project, read.version() + 3, null).expectStatus().isOk();

        List<EventEnvelope<TargetsAdjustmentRequested>> requests =
                events.await(project, ProjectEvents.TARGETS_ADJUSTMENT_REQUESTED, 2);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).tenantId()).isEqualTo("jinchen");
        assertThat(requests.get(0).payload().revision()).isEqualTo(revision);
        assertThat(requests.get(0).payload().reason()).isEqualTo(REASON);
        assertThat(requests.get(0).payload().indicators()).hasSize(11).first()
                .satisfies(line -> assertThat(line.target().text()).isEqualTo("≥8次"));
        assertThat(events.await(project, ProjectEvents.TARGETS_ADJUSTMENT_RETURNED, 1).get(0).payload())
                .isEqualTo(new TargetsAdjustmentReturned(project, "panlong", "jinchen", revision, REASON,
                        "panlong-jinchen-editor", "panlong-overseer", "请附停用通知"));
        TargetsAdjusted adjusted = events.await(project, ProjectEvents.TARGETS_ADJUSTED, 1).get(0).payload();
        assertThat(adjusted.revisionBefore()).isEqualTo(revision);
        assertThat(adjusted.revision()).isEqualTo(revision + 1);
        assertThat(adjusted.reason()).isEqualTo(REASON);
        assertThat(adjusted.requestedBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(adjusted.approvedBy()).isEqualTo("panlong-overseer");
        assertThat(adjusted.comment()).isNull();
        assertThat(adjusted.indicators()).first().satisfies(line -> assertThat(line.target().text()).isEqualTo("≥8次"));
        IndicatorsDefined defined = events.await(project, ProjectEvents.INDICATORS_DEFINED, 2).get(1).payload();
        assertThat(defined.revision()).as("the tree in force, defined again for evaluation-service").isEqualTo(revision + 1);
        assertThat(defined.indicators()).isEqualTo(adjusted.indicators());

        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.auditor("panlong"))
                        .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                        .expectBodyList(Map.class).returnResult().getResponseBody(),
                entries -> entries.stream().filter(entry -> String.valueOf(entry.get("action")).startsWith("adjustment-"))
                        .count() == 4);
        assertThat(trail.stream().map(entry -> String.valueOf(entry.get("action")))
                .filter(action -> action.startsWith("adjustment-")))
                .containsExactly("adjustment-request", "adjustment-return", "adjustment-request", "adjustment-approve");
    }

    @Test
    void theAdjustmentEndpointsAreDocumentedInChineseAndEnglish() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/projects/{projectId}/targets/adjustments'].post.summary").value(summary ->
                        assertThat((String) summary).contains("申请目标调整").contains("request an adjustment"))
                .jsonPath("$.paths['/api/projects/{projectId}/targets/adjustments/approval'].post").exists()
                .jsonPath("$.paths['/api/projects/{projectId}/targets/adjustments/return'].post").exists();
    }

    static BigDecimal weight(String value) {
        return new BigDecimal(value);
    }
}
