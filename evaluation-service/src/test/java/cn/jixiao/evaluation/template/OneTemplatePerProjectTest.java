package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.project.ActualsReported.Actual;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.evaluation.testing.FedProject.indicator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17, item 6: the template a project is scored under is chosen for that project (the district's choice
 * when its draft opens, or another the district's overseer sets while it is a draft), recorded once on the
 * evaluation, and never moved by the district's later choices; templates the district no longer uses are archived.
 */
@ServiceTest
class OneTemplatePerProjectTest {

    private static final TemplateRef NATIONAL = ShippedTemplates.national().ref();
    private static final TemplateRef TEN_PLUS_NINETY = ShippedTemplates.performanceNinety().ref();

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void twoProjectsOfOneDistrictUnderTheNationalSplitAndUnderTenPlusNinetyAreEachScoredByTheirOwn() throws Exception {
        FedProject national = new FedProject(web, kafka, "xundian", "rende").register("ONE-NATIONAL");
        FedProject tenPlusNinety = new FedProject(web, kafka, "xundian", "rende").register("ONE-TEN-NINETY");
        FedProject.Evaluation nationalDraft = national.awaitEvaluation();
        FedProject.Evaluation otherDraft = tenPlusNinety.awaitEvaluation();

        choose(Tokens.overseer("xundian"), "xundian", otherDraft.id(), TEN_PLUS_NINETY.id(), 1).expectStatus().isOk()
                .expectBody().jsonPath("$.template.id").isEqualTo(TEN_PLUS_NINETY.id());

        national.feed(35);
        // 产出 60 + 效益 30: the 绩效指标 90 of the 10 + 90 template
        tenPlusNinety.feed(
                List.of(indicator(IndicatorDimension.QUANTITY, "pf-activities", "开展主题活动次数", "50", "次", "60"),
                        indicator(IndicatorDimension.SOCIAL_BENEFIT, "pf-participation", "群众参与人次", "3000", "人次", "30")),
                List.of(new Actual("pf-activities", "50次", new BigDecimal("50"), null),
                        new Actual("pf-participation", "3200人次", new BigDecimal("3200"), null)));

        assertThat(national.awaitTotal(nationalDraft.id(), "85.00").template()).isEqualTo(NATIONAL);
        assertThat(tenPlusNinety.awaitTotal(otherDraft.id(), "100.00").template()).isEqualTo(TEN_PLUS_NINETY);
        web.mutateWith(Tokens.streetEditor("xundian", "rende")).get().uri("/api/evaluations/{id}/score", otherDraft.id())
                .exchange().expectStatus().isOk().expectBody()
                // the weights fit the project's own template
                .jsonPath("$.blockingItems[?(@.kind == 'WEIGHTS_DO_NOT_MATCH_TEMPLATE')]").doesNotExist();
    }

    @Test
    void aProjectKeepsItsTemplateWhenTheDistrictChangesItsChoiceAndTheHistorySaysWhoChoseIt() throws Exception {
        FedProject project = new FedProject(web, kafka, "yiliang", "kuangyuan").register("ONE-KEEPS");
        FedProject.Evaluation draft = project.awaitEvaluation();
        choose(Tokens.overseer("yiliang"), "yiliang", draft.id(), ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, null).expectStatus().isOk();

        chooseForDistrict("yiliang", TEN_PLUS_NINETY.id()).expectStatus().isOk();
        project.feed(35);

        FedProject.Score score = project.awaitTotal(draft.id(), "85.00");
        assertThat(score.template()).isEqualTo(ShippedTemplates.excellentFromEighty().ref());
        assertThat(score.grade()).isEqualTo(Grade.优);
        web.mutateWith(Tokens.auditor("yiliang")).get().uri("/api/evaluations/{id}/history", draft.id())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.rounds[0].steps[0].step").isEqualTo("CHOOSE_TEMPLATE")
                .jsonPath("$.rounds[0].steps[0].actor").isEqualTo("yiliang-overseer")
                .jsonPath("$.rounds[0].steps[0].comment").value(comment -> assertThat((String) comment)
                        .contains(NATIONAL.id()).contains(ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID));
    }

    @Test
    void onlyTheDistrictsOverseerChoosesAProjectsTemplateAndAnotherDistrictsTemplateIsNotFound() throws Exception {
        FedProject project = new FedProject(web, kafka, "shilin", "lufu").register("ONE-WHO");
        FedProject.Evaluation draft = project.awaitEvaluation();
        String othersCopy = web.mutateWith(Tokens.overseer("malong")).post()
                .uri("/api/templates/{id}/copies", ShippedTemplates.NATIONAL_ID)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "马龙区模板")).exchange()
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody().id();

        choose(Tokens.streetEditor("shilin", "lufu"), "shilin", draft.id(), TEN_PLUS_NINETY.id(), 1).expectStatus().isForbidden();
        choose(Tokens.overseer("malong"), "shilin", draft.id(), TEN_PLUS_NINETY.id(), 1).expectStatus().isNotFound();
        choose(Tokens.overseer("shilin"), "shilin", draft.id(), othersCopy, 1).expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(othersCopy));
        chooseForDistrict("shilin", othersCopy).expectStatus().isNotFound();
        assertThat(project.awaitEvaluation().template()).isEqualTo(NATIONAL);
    }

    @Test
    void aChoiceOnAnOutdatedVersionOfTheEvaluationIsAConflict() throws Exception {
        FedProject project = new FedProject(web, kafka, "fumin", "yongding").register("ONE-STALE");
        FedProject.Evaluation draft = project.awaitEvaluation();
        long read = versionOf(Tokens.overseer("fumin"), draft.id());

        chooseOn(Tokens.overseer("fumin"), draft.id(), TEN_PLUS_NINETY.id(), 1, read + 1).expectStatus().isEqualTo(409);
    }

    @Test
    void anArchivedTemplateLeavesThePickersCannotBeChosenAndKeepsScoringTheProjectsRecordedUnderIt() throws Exception {
        FedProject project = new FedProject(web, kafka, "anning", "lianran").register("ONE-ARCHIVED");
        FedProject.Evaluation draft = project.awaitEvaluation();
        choose(Tokens.overseer("anning"), "anning", draft.id(), ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, 1).expectStatus().isOk();

        archive(Tokens.overseer("anning"), ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID).expectStatus().isOk()
                .expectBody().jsonPath("$.archived").isEqualTo(true);

        assertThat(listed("anning", false)).doesNotContain(ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID);
        web.mutateWith(Tokens.overseer("anning")).get().uri("/api/templates?includeArchived=true").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID + "')].archived").isEqualTo(List.of(true))
                .jsonPath("$[?(@.id == '" + ShippedTemplates.NATIONAL_ID + "')].archived").isEqualTo(List.of(false));
        assertThat(listed("kunyang", false)).as("archiving is the district's own view of the library")
                .contains(ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID);
        chooseForDistrict("anning", ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("template-archived")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已由本区归档"));

        project.feed(35);
        assertThat(project.awaitTotal(draft.id(), "85.00").template())
                .isEqualTo(ShippedTemplates.excellentFromEighty().ref());

        FedProject another = new FedProject(web, kafka, "anning", "lianran").register("ONE-ARCHIVED-2");
        choose(Tokens.overseer("anning"), "anning", another.awaitEvaluation().id(), ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, 1)
                .expectStatus().isEqualTo(409);

        archive(Tokens.overseer("anning"), ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, true).expectStatus().isOk();
        assertThat(listed("anning", false)).contains(ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID);
    }

    @Test
    void theDistrictsCurrentChoiceCannotBeArchivedAndOnlyItsOverseersArchive() {
        archive(Tokens.overseer("jinning"), ShippedTemplates.NATIONAL_ID).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("template-currently-chosen")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("本区正在使用该模板"));
        chooseForDistrict("jinning", TEN_PLUS_NINETY.id()).expectStatus().isOk();
        archive(Tokens.overseer("jinning"), TEN_PLUS_NINETY.id()).expectStatus().isEqualTo(409);
        archive(Tokens.overseer("jinning"), ShippedTemplates.NATIONAL_ID).expectStatus().isOk();

        archive(Tokens.streetEditor("jinning", "kunyang"), TEN_PLUS_NINETY.id()).expectStatus().isForbidden();
        archive(Tokens.auditor("jinning"), TEN_PLUS_NINETY.id()).expectStatus().isForbidden();
        archive(Tokens.overseer("jinning"), "no-such-template").expectStatus().isNotFound();
    }

    /** The choice on the evaluation's current version, read by the overseer of the project's district. */
    private WebTestClient.ResponseSpec choose(WebTestClientConfigurer user, String district, String evaluationId,
                                              String templateId, Integer version) {
        return chooseOn(user, evaluationId, templateId, version, versionOf(Tokens.overseer(district), evaluationId));
    }

    private WebTestClient.ResponseSpec chooseOn(WebTestClientConfigurer user, String evaluationId, String templateId,
                                                Integer version, long evaluationVersion) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateId", templateId);
        body.put("templateVersion", version);
        body.put("version", evaluationVersion);
        return web.mutateWith(user).put().uri("/api/evaluations/{id}/template", evaluationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec chooseForDistrict(String district, String templateId) {
        return web.mutateWith(Tokens.overseer(district)).put().uri("/api/templates/choice")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("templateId", templateId)).exchange();
    }

    private WebTestClient.ResponseSpec archive(WebTestClientConfigurer user, String templateId) {
        return archive(user, templateId, false);
    }

    private WebTestClient.ResponseSpec archive(WebTestClientConfigurer user, String templateId, boolean restore) {
        return (restore ? web.mutateWith(user).delete() : web.mutateWith(user).post())
                .uri("/api/templates/{id}/archive", templateId).exchange();
    }

    private List<String> listed(String district, boolean includeArchived) {
        return web.mutateWith(Tokens.overseer(district)).get()
                .uri("/api/templates?includeArchived={all}", includeArchived).exchange().expectStatus().isOk()
                .expectBodyList(EvaluationTemplate.class).returnResult().getResponseBody().stream()
                .map(EvaluationTemplate::id).toList();
    }

    private long versionOf(WebTestClientConfigurer user, String evaluationId) {
        return ((Number) web.mutateWith(user).get().uri("/api/evaluations/{id}", evaluationId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("version")).longValue();
    }
}
