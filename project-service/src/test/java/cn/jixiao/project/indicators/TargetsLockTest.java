package cn.jixiao.project.indicators;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.targets.SubmittableTrees;
import cn.jixiao.project.targets.TargetsClient;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write of the indicators package against targets that were submitted or approved (#15): a new definition of
 * the tree (its structure, 年度指标值, weights, units, directions) is refused with a bilingual 409, whatever it
 * changes; actuals (one, many in one save, the workbook) still go in, since actuals are not targets.
 */
class TargetsLockTest extends IndicatorApiSpecification {

    @Test
    void submittedTargetsRefuseAnyNewDefinitionOfTheTree() {
        TargetsClient targets = new TargetsClient(web);
        String project = targets.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        targets.submitted(JINCHEN, project);
        IndicatorTreeView before = api.tree(JINCHEN, project);

        List<IndicatorInput> lines = new java.util.ArrayList<>(SubmittableTrees.jinchen());
        lines.set(0, SubmittableTrees.rewritten(lines.get(0), "≥8次", IndicatorDirection.POSITIVE));
        refusedAsLocked(api.define(JINCHEN, project, new DefineIndicators(before.version(), lines)), "提交审核");
        refusedAsLocked(api.define(JINCHEN, project, new DefineIndicators(before.version(), SubmittableTrees.jinchen().subList(0, 10))), "提交审核");
        refusedAsLocked(api.define(JINCHEN, project, new DefineIndicators(before.version(), SubmittableTrees.jinchen())), "提交审核");

        assertThat(api.tree(JINCHEN, project)).isEqualTo(before);
    }

    @Test
    void approvedTargetsRefuseChangesToTargetsWeightsUnitsAndDirections() {
        TargetsClient targets = new TargetsClient(web);
        String project = approvedProject(targets);
        IndicatorTreeView before = api.tree(JINCHEN, project);
        List<IndicatorInput> approved = SubmittableTrees.jinchen();
        IndicatorInput activities = approved.get(0);

        for (IndicatorInput changed : List.of(
                SubmittableTrees.rewritten(activities, "≥8次", IndicatorDirection.POSITIVE),
                SubmittableTrees.rewritten(activities, "≥10场", IndicatorDirection.POSITIVE),
                SubmittableTrees.rewritten(activities, "≤10次", IndicatorDirection.NEGATIVE),
                new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                        activities.target(), activities.direction(), new java.math.BigDecimal("25"), activities.dataSource()))) {
            List<IndicatorInput> lines = new java.util.ArrayList<>(approved);
            lines.set(0, changed);
            refusedAsLocked(api.define(JINCHEN, project, new DefineIndicators(before.version(), lines)), "已批复");
        }

        assertThat(api.tree(JINCHEN, project)).isEqualTo(before);
    }

    @Test
    void actualsStillGoInOneByOneInOneSaveAndByWorkbookWhileTheTargetsAreApproved() {
        TargetsClient targets = new TargetsClient(web);
        String project = approvedProject(targets);

        IndicatorTreeView one = api.report(JINCHEN, project, "jc-activities",
                        new ReportActual(api.tree(JINCHEN, project).version(), "9次", "一场活动顺延至次年1月"))
                .expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody();
        IndicatorTreeView many = api.reportAll(JINCHEN, project, new ReportActuals(one.version(), List.of(
                        new ReportActuals.Line("jc-residents", "96%", null),
                        new ReportActuals.Line("jc-merchants", "94%", null))))
                .expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody();
        byte[] workbook = Workbooks.filled(template(project), Map.of("jc-participation", new String[]{"3260人次"}));
        IndicatorTreeView imported = upload(project, workbook).expectStatus().isOk()
                .expectBody(IndicatorTreeView.class).returnResult().getResponseBody();

        assertThat(many.revision()).isEqualTo(one.revision() + 1);
        assertThat(imported.completeness().missingActuals()).extracting(IndicatorTreeView.MissingLine::id)
                .doesNotContain("jc-activities", "jc-residents", "jc-merchants", "jc-participation");
        assertThat(targets.targets(JINCHEN, project).stateLabel()).as("reporting actuals keeps the approval")
                .isEqualTo("已批复");
        assertThat(targets.targets(JINCHEN, project).history()).hasSize(2);
    }

    @Test
    void actualsGoInWhileTheTargetsAreWithTheDistrictToo() {
        TargetsClient targets = new TargetsClient(web);
        String project = targets.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        targets.submitted(JINCHEN, project);

        api.report(JINCHEN, project, "jc-residents", new ReportActual(api.tree(JINCHEN, project).version(), "96%", null))
                .expectStatus().isOk();
        assertThat(targets.targets(Tokens.overseer("panlong"), project).stateLabel()).isEqualTo("已提交");
    }

    private String approvedProject(TargetsClient targets) {
        String project = targets.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        targets.submitted(JINCHEN, project);
        targets.approved(Tokens.overseer("panlong"), project, "同意");
        return project;
    }

    private static void refusedAsLocked(WebTestClient.ResponseSpec response, String state) {
        response.expectStatus().isEqualTo(409)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.code").isEqualTo("targets-locked")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains(state).contains("cannot be changed"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("绩效目标已提交审核/已批复，不能修改").contains("目标调整申请").contains("实际完成值仍可填报")
                        .contains("Actual values can still be reported"));
    }

    private byte[] template(String project) {
        return web.mutateWith(JINCHEN).get().uri("/api/projects/{id}/indicators/actuals-template.xlsx", project).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec upload(String project, byte[] workbook) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", workbook).filename("实际完成值.xlsx").contentType(ActualsApiTest.XLSX);
        return web.mutateWith(JINCHEN).post().uri("/api/projects/{id}/indicators/actuals", project)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }
}
