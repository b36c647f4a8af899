package cn.jixiao.evaluation.template;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.project.ActualsReported.Actual;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.evaluation.testing.FedProject.indicator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft is scored with the template version its district had chosen when the draft was opened, recorded once;
 * choosing another template later changes only the drafts opened after it, whatever indicators come. A total of
 * 85.00 tells the two apart: 良 under the national bands, 优 under the bands that start 优 at 80.
 */
@ServiceTest
class ChosenTemplateScoringTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void draftsOpenedAfterAChoiceUseTheChosenVersionAndEarlierOnesKeepTheirs() throws Exception {
        FedProject before = new FedProject(web, kafka, "songming", "songyang").register("TPL-BEFORE");
        FedProject.Evaluation openedBefore = before.awaitEvaluation();
        assertThat(openedBefore.template()).isEqualTo(ShippedTemplates.national().ref());

        web.mutateWith(Tokens.overseer("songming")).put().uri("/api/templates/choice")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ChooseTemplate(ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, 1, null))
                .exchange().expectStatus().isOk();
        FedProject after = new FedProject(web, kafka, "songming", "songyang").register("TPL-AFTER");
        FedProject.Evaluation openedAfter = after.awaitEvaluation();
        assertThat(openedAfter.template()).isEqualTo(ShippedTemplates.excellentFromEighty().ref());

        before.feed(35);
        after.feed(35);

        FedProject.Score national = before.awaitTotal(openedBefore.id(), "85.00");
        FedProject.Score chosen = after.awaitTotal(openedAfter.id(), "85.00");
        assertThat(national.template()).isEqualTo(ShippedTemplates.national().ref());
        assertThat(national.grade()).isEqualTo(Grade.良);
        assertThat(chosen.template()).isEqualTo(ShippedTemplates.excellentFromEighty().ref());
        assertThat(chosen.grade()).isEqualTo(Grade.优);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftKeepsItsTemplateWhenTheDistrictChoosesAnotherAndWeightsThatFitOnlyTheOtherBlockSubmission() throws Exception {
        FedProject project = new FedProject(web, kafka, "luquan", "pingshan").register("TPL-CHECKED");
        FedProject.Evaluation opened = project.awaitEvaluation();
        assertThat(opened.template()).isEqualTo(ShippedTemplates.national().ref());
        web.mutateWith(Tokens.overseer("luquan")).put().uri("/api/templates/choice")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ChooseTemplate(ShippedTemplates.PERFORMANCE_NINETY_ID, 1, null))
                .exchange().expectStatus().isOk();

        // 产出 60 + 效益 30 fits the newly chosen template, not the national one this draft was opened under
        project.feed(
                List.of(indicator(IndicatorDimension.QUANTITY, "pf-activities", "开展主题活动次数", "50", "次", "60"),
                        indicator(IndicatorDimension.SOCIAL_BENEFIT, "pf-participation", "群众参与人次", "3000", "人次", "30")),
                List.of(new Actual("pf-activities", "50次", new BigDecimal("50"), null),
                        new Actual("pf-participation", "3200人次", new BigDecimal("3200"), null)));

        FedProject.Score score = project.awaitTotal(opened.id(), "100.00");
        assertThat(score.template()).as("what can be scored is scored, under the recorded template")
                .isEqualTo(ShippedTemplates.national().ref());
        assertThat(project.awaitEvaluation().template()).isEqualTo(ShippedTemplates.national().ref());
        web.mutateWith(Tokens.streetEditor("luquan", "pingshan")).get().uri("/api/evaluations/{id}/score", opened.id())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.blockingItems[?(@.kind == 'WEIGHTS_DO_NOT_MATCH_TEMPLATE')].message").value(messages ->
                        assertThat((List<Object>) messages).containsExactly("产出指标各三级指标分值合计 60，应为模板规定的 50",
                                "满意度指标各三级指标分值合计 0，应为模板规定的 10"));
    }
}
