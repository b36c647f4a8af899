package cn.jixiao.evaluation.template;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft is scored with the template version its district had chosen when the draft was opened; choosing
 * another template later changes only the drafts opened after it. A total of 85.00 tells the two apart: 良
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
        after.feed(35);

        FedProject.Score national = before.awaitTotal(openedBefore.id(), "85.00");
        FedProject.Score chosen = after.awaitTotal(openedAfter.id(), "85.00");
        assertThat(national.template()).isEqualTo(ShippedTemplates.national().ref());
        assertThat(national.grade()).isEqualTo(Grade.良);
        assertThat(chosen.template()).isEqualTo(ShippedTemplates.excellentFromEighty().ref());
        assertThat(chosen.grade()).isEqualTo(Grade.优);
    }
}
