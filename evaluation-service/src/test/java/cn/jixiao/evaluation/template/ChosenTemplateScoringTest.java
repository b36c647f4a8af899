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
 * A draft is scored with the template version its district had chosen when the draft was opened; choosing
 * another template later changes only the drafts opened after it, and a draft whose indicators the street
 * redefines, which follows the template project-service checked them against. A total of 85.00 tells the two apart: 良
 * under the national bands, 优 under the bands that start 优 at 80.
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
                .bodyValue(new ChooseTemplate(ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, 1))
                .exchange().expectStatus().isOk();
        FedProject after = new FedProject(web, kafka, "songming", "songyang").register("TPL-AFTER");
        FedProject.Evaluation openedAfter = after.awaitEvaluation();
        assertThat(openedAfter.template()).isEqualTo(ShippedTemplates.excellentFromEighty().ref());

        before.feed(35);
        after.checkedAgainst(ShippedTemplates.excellentFromEighty().ref()).feed(35);

        FedProject.Score national = before.awaitTotal(openedBefore.id(), "85.00");
        FedProject.Score chosen = after.awaitTotal(openedAfter.id(), "85.00");
        assertThat(national.template()).isEqualTo(ShippedTemplates.national().ref());
        assertThat(national.grade()).isEqualTo(Grade.良);
        assertThat(chosen.template()).isEqualTo(ShippedTemplates.excellentFromEighty().ref());
        assertThat(chosen.grade()).isEqualTo(Grade.优);
    }

    @Test
    void aDraftIsScoredWithTheTemplateItsIndicatorsWereCheckedAgainst() throws Exception {
        FedProject project = new FedProject(web, kafka, "luquan", "pingshan").register("TPL-CHECKED");
        FedProject.Evaluation opened = project.awaitEvaluation();
        assertThat(opened.template()).isEqualTo(ShippedTemplates.national().ref());
        web.mutateWith(Tokens.overseer("luquan")).put().uri("/api/templates/choice")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ChooseTemplate(ShippedTemplates.PERFORMANCE_NINETY_ID, 1))
                .exchange().expectStatus().isOk();

        // project-service, having heard of the choice, accepted 产出 60 + 效益 30, which the national weights refuse
        project.checkedAgainst(ShippedTemplates.performanceNinety().ref()).feed(
                List.of(indicator(IndicatorDimension.QUANTITY, "pf-activities", "开展主题活动次数", "50", "次", "60"),
                        indicator(IndicatorDimension.SOCIAL_BENEFIT, "pf-participation", "群众参与人次", "3000", "人次", "30")),
                List.of(new Actual("pf-activities", "50次", new BigDecimal("50"), null),
                        new Actual("pf-participation", "3200人次", new BigDecimal("3200"), null)));

        FedProject.Score score = project.awaitTotal(opened.id(), "100.00");
        assertThat(score.template()).isEqualTo(ShippedTemplates.performanceNinety().ref());
        assertThat(project.awaitEvaluation().template()).isEqualTo(ShippedTemplates.performanceNinety().ref());
    }
}
