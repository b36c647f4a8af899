package cn.jixiao.project.targets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.TargetsApproved;
import cn.jixiao.contracts.project.TargetsReturned;
import cn.jixiao.contracts.project.TargetsSubmitted;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.indicators.demo.JinchenIndicators;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * 绩效目标申报与审核 through the API: Jinchen street submits its project's targets, Panlong district returns them
 * with a comment or approves them, and the approved targets stay as they are.
 */
class TargetsApiTest extends TargetsApiSpecification {

    @Test
    void aStreetSubmitsACompleteTreeAndTheDistrictSeesItSubmitted() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());

        TargetsView draft = api.targets(JINCHEN, project);
        assertThat(draft.state()).isEqualTo(TargetsState.DRAFT);
        assertThat(draft.stateLabel()).isEqualTo("草稿");
        assertThat(draft.findings()).isEmpty();
        assertThat(draft.submittable()).isTrue();
        assertThat(draft.locked()).isFalse();

        TargetsView submitted = api.submit(JINCHEN, project, draft.version()).expectStatus().isOk()
                .expectBody(TargetsView.class).returnResult().getResponseBody();

        assertThat(submitted.state()).isEqualTo(TargetsState.SUBMITTED);
        assertThat(submitted.stateLabel()).isEqualTo("已提交");
        assertThat(submitted.locked()).isTrue();
        assertThat(submitted.submittable()).isFalse();
        assertThat(submitted.version()).isEqualTo(draft.version() + 1);
        assertThat(submitted.revision()).as("the tree itself did not change").isEqualTo(draft.revision());
        assertThat(submitted.history()).extracting(TargetsView.HistoryView::step, TargetsView.HistoryView::stepLabel,
                        TargetsView.HistoryView::from, TargetsView.HistoryView::to, TargetsView.HistoryView::actor)
                .containsExactly(tuple(TargetsStep.SUBMIT, "提交", TargetsState.DRAFT, TargetsState.SUBMITTED,
                        "panlong-jinchen-editor"));
        assertThat(api.targets(PANLONG, project)).isEqualTo(submitted);
        assertThat(api.targets(Tokens.auditor("panlong"), project)).isEqualTo(submitted);
    }

    @Test
    void theStreetsApproverMaySubmitToo() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());

        assertThat(api.submitted(JINCHEN_APPROVER, project).history().get(0).actor()).isEqualTo("panlong-jinchen-approver");
    }

    @Test
    void anIncompleteOrVagueTreeIsRefusedWithEveryFindingAndCanBeReadWithoutSubmitting() {
        List<IndicatorInput> lines = new ArrayList<>(JinchenIndicators.indicators());
        IndicatorInput activities = lines.get(0);
        lines.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                null, null, null, activities.dataSource()));
        String project = api.projectWith(JINCHEN, new DefineIndicators(null, lines));

        TargetsView read = api.targets(JINCHEN, project);
        assertThat(read.submittable()).isFalse();
        assertThat(read.findings()).extracting(TargetsFinding::code, TargetsFinding::indicatorId, TargetsFinding::field)
                .containsExactly(
                        tuple("target-missing", "jc-activities", "target"),
                        tuple("weight-missing", "jc-activities", "weight"),
                        tuple("vague-target", "jc-atmosphere", "target"),
                        tuple("output-without-quantitative", "jc-on-time", "target"));

        api.submit(JINCHEN, project, read.version()).expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.code").isEqualTo("targets-incomplete")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("不能提交").contains("cannot be submitted"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("有 4 处").contains("有效提升")
                        .contains("4 finding(s)"))
                .jsonPath("$.findings.length()").isEqualTo(4)
                .jsonPath("$.findings[2].code").isEqualTo("vague-target")
                .jsonPath("$.findings[2].indicatorId").isEqualTo("jc-atmosphere")
                .jsonPath("$.findings[2].field").isEqualTo("target")
                .jsonPath("$.findings[2].message").value(message -> assertThat((String) message).contains("表述模糊"))
                .jsonPath("$.findings[2].messageEn").value(message -> assertThat((String) message).contains("vague"));
        assertThat(api.targets(JINCHEN, project).state()).isEqualTo(TargetsState.DRAFT);
        assertThat(api.targets(JINCHEN, project).version()).isEqualTo(read.version());
    }

    @Test
    void theDistrictReturnsWithACommentAndTheStreetChangesAndResubmits() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        TargetsView submitted = api.submitted(JINCHEN, project);

        api.returnToStreet(PANLONG, project, submitted.version(), " ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("comment-required");
        TargetsView returned = api.returnToStreet(PANLONG, project, submitted.version(), "文化主题公园数量请与实施方案核对")
                .expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();
        assertThat(returned.state()).isEqualTo(TargetsState.RETURNED);
        assertThat(returned.stateLabel()).isEqualTo("已退回");
        assertThat(returned.locked()).isFalse();

        List<IndicatorInput> changed = new ArrayList<>(SubmittableTrees.jinchen());
        changed.set(1, SubmittableTrees.rewritten(changed.get(1), "=2个", IndicatorDirection.EQUAL));
        api.define(JINCHEN, project, new DefineIndicators(returned.version(), changed)).expectStatus().isOk();
        TargetsView resubmitted = api.submitted(JINCHEN, project);

        assertThat(resubmitted.state()).isEqualTo(TargetsState.SUBMITTED);
        assertThat(resubmitted.revision()).isEqualTo(returned.revision() + 1);
        assertThat(resubmitted.history()).extracting(TargetsView.HistoryView::step, TargetsView.HistoryView::actor,
                        TargetsView.HistoryView::comment, TargetsView.HistoryView::revision)
                .containsExactly(
                        tuple(TargetsStep.SUBMIT, "panlong-jinchen-editor", null, returned.revision()),
                        tuple(TargetsStep.RETURN, "panlong-overseer", "文化主题公园数量请与实施方案核对", returned.revision()),
                        tuple(TargetsStep.SUBMIT, "panlong-jinchen-editor", null, returned.revision() + 1));
        assertThat(resubmitted.history()).allSatisfy(step -> assertThat(step.at()).isNotNull());
    }

    @Test
    void theDistrictApprovesWithAnOptionalCommentAndTheTargetsAreLocked() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        api.submitted(JINCHEN, project);

        TargetsView approved = api.approved(PANLONG, project, "同意");

        assertThat(approved.state()).isEqualTo(TargetsState.APPROVED);
        assertThat(approved.stateLabel()).isEqualTo("已批复");
        assertThat(approved.locked()).isTrue();
        assertThat(approved.history()).extracting(TargetsView.HistoryView::stepLabel, TargetsView.HistoryView::comment)
                .containsExactly(tuple("提交", null), tuple("批复", "同意"));
        api.define(JINCHEN, project, new DefineIndicators(approved.version(), SubmittableTrees.jinchen()))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("targets-locked")
                .jsonPath("$.targetsState").isEqualTo("APPROVED")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("目标调整申请")
                        .contains("target adjustment request"));
        api.submit(JINCHEN, project, approved.version()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("targets-step-not-allowed-now")
                .jsonPath("$.targetsStateLabel").isEqualTo("已批复");
        api.returnToStreet(PANLONG, project, approved.version(), "再看看").expectStatus().isEqualTo(409);
    }

    @Test
    void aStepOnAVersionThatMovedIsRefused() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        TargetsView read = api.targets(JINCHEN, project);
        api.define(JINCHEN, project, new DefineIndicators(read.version(), SubmittableTrees.jinchen())).expectStatus().isOk();

        api.submit(JINCHEN, project, read.version()).expectStatus().isEqualTo(409);
        assertThat(api.targets(JINCHEN, project).state()).isEqualTo(TargetsState.DRAFT);
    }

    @Test
    void anotherStreetAndAnotherDistrictDoNotFindTheTargets() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        long version = api.targets(JINCHEN, project).version();
        WebTestClientConfigurer tuodong = Tokens.streetEditor("panlong", "tuodong");
        WebTestClientConfigurer wuhua = Tokens.overseer("wuhua");

        api.get(tuodong, project).expectStatus().isNotFound();
        api.get(wuhua, project).expectStatus().isNotFound();
        api.get(Tokens.auditor("wuhua"), project).expectStatus().isNotFound();
        api.submit(tuodong, project, version).expectStatus().isNotFound();
        api.submit(JINCHEN, project, version).expectStatus().isOk();
        api.approve(wuhua, project, version + 1, null).expectStatus().isNotFound();
        api.returnToStreet(wuhua, project, version + 1, "意见").expectStatus().isNotFound();
        assertThat(api.targets(JINCHEN, project).state()).isEqualTo(TargetsState.SUBMITTED);
    }

    @Test
    void anAuditorReadsButTakesNoStepAndEachSideOnlyItsOwn() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        WebTestClientConfigurer auditor = Tokens.auditor("panlong");
        long version = api.targets(auditor, project).version();

        api.submit(auditor, project, version).expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json");
        api.submit(PANLONG, project, version).expectStatus().isForbidden();
        api.submit(JINCHEN, project, version).expectStatus().isOk();
        api.approve(auditor, project, version + 1, null).expectStatus().isForbidden();
        api.returnToStreet(auditor, project, version + 1, "意见").expectStatus().isForbidden();
        api.approve(JINCHEN, project, version + 1, null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("区复核人员"));
        assertThat(api.targets(auditor, project).state()).isEqualTo(TargetsState.SUBMITTED);
    }

    @Test
    void eachStepIsPublishedFromTheOutboxAndAudited() {
        String project = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        long revision = api.submitted(JINCHEN, project).revision();
        TargetsView returned = api.returnToStreet(PANLONG, project, api.targets(PANLONG, project).version(), "请核对")
                .expectStatus().isOk().expectBody(TargetsView.class).returnResult().getResponseBody();
        api.submit(JINCHEN, project, returned.version()).expectStatus().isOk();
        api.approved(PANLONG, project, null);

        List<EventEnvelope<TargetsSubmitted>> submissions = events.await(project, ProjectEvents.TARGETS_SUBMITTED, 2);
        assertThat(submissions).hasSize(2);
        assertThat(submissions.get(0).tenantId()).isEqualTo("jinchen");
        assertThat(submissions.get(0).payload()).isEqualTo(new TargetsSubmitted(project, "panlong", "jinchen", revision,
                "panlong-jinchen-editor", null));
        TargetsReturned returnedEvent = events.await(project, ProjectEvents.TARGETS_RETURNED, 1).get(0).payload();
        assertThat(returnedEvent).isEqualTo(new TargetsReturned(project, "panlong", "jinchen", revision, "panlong-overseer", "请核对"));
        TargetsApproved approval = events.await(project, ProjectEvents.TARGETS_APPROVED, 1).get(0).payload();
        assertThat(approval.approvedBy()).isEqualTo("panlong-overseer");
        assertThat(approval.revision()).isEqualTo(revision);
        assertThat(approval.indicators()).hasSize(11).first()
                .satisfies(line -> assertThat(line.target().text()).isEqualTo("≥10次"));

        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.auditor("panlong"))
                .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(),
                entries -> entries.stream().filter(entry -> "targets".equals(entry.get("subject"))).count() == 4);
        assertThat(trail.stream().filter(entry -> "targets".equals(entry.get("subject"))).map(entry -> entry.get("action")))
                .containsExactly("submit", "return", "submit", "approve");
    }

    @Test
    void theTargetsEndpointsAreDocumentedInChineseAndEnglish() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/projects/{projectId}/targets'].get.summary").value(summary ->
                        assertThat((String) summary).contains("审核状态").contains("findings"))
                .jsonPath("$.paths['/api/projects/{projectId}/targets/submission'].post").exists()
                .jsonPath("$.paths['/api/projects/{projectId}/targets/return'].post").exists()
                .jsonPath("$.paths['/api/projects/{projectId}/targets/approval'].post").exists();
    }
}
