package cn.jixiao.project.templates;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplateChosen;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.project.indicators.DefineIndicators;
import cn.jixiao.project.indicators.IndicatorInput;
import cn.jixiao.project.indicators.IndicatorTreeView;
import cn.jixiao.project.indicators.demo.JinchenIndicators;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Templates reach project-service only as events. The district here (五华区) is used by no other test, so its
 * template changes nobody else's sums.
 */
@ServiceTest
class TemplateFeedTest {

    static final WebTestClientConfigurer HUGUO = Tokens.streetEditor("wuhua", "huguo");

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Templates templates;

    @Test
    void theTemplateTheDistrictChoseChangesTheSumsItsProjectsMustReach() throws Exception {
        String project = register(HUGUO);
        assertThat(tree(HUGUO, project).currentTemplate().templateId()).isEqualTo("national-default");

        TemplatePublished output60 = new TemplatePublished("wuhua-90", 1, "五华区项目支出绩效自评模板（绩效指标90分）", "wuhua",
                List.of(new TemplatePublished.Part("BUDGET_EXECUTION", new BigDecimal("10")),
                        new TemplatePublished.Part("OUTPUT", new BigDecimal("60")),
                        new TemplatePublished.Part("EFFECT", new BigDecimal("30"))), List.of());
        publish(output60.templateId(), EventEnvelope.of(EvaluationEvents.TEMPLATE_PUBLISHED, "wuhua",
                Instant.parse("2024-01-10T02:00:00Z"), output60));
        publish("wuhua", EventEnvelope.of(EvaluationEvents.TEMPLATE_CHOSEN, "wuhua", Instant.parse("2024-01-10T02:01:00Z"),
                new TemplateChosen("wuhua", "wuhua-90", 1, 2)));
        await().atMost(Duration.ofSeconds(15)).until(() -> tree(HUGUO, project).currentTemplate().templateId(),
                "wuhua-90"::equals);

        define(project, JinchenIndicators.indicators()).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("weights-mismatch")
                .jsonPath("$.template.templateId").isEqualTo("wuhua-90")
                .jsonPath("$.sums[0].expected").isEqualTo(60.00)
                .jsonPath("$.sums[0].actual").isEqualTo(50.00)
                .jsonPath("$.sums[2].category").isEqualTo("SATISFACTION")
                .jsonPath("$.sums[2].expected").isEqualTo(0.00)
                .jsonPath("$.sums[2].actual").isEqualTo(10.00);
        IndicatorTreeView defined = define(project, withSatisfactionAsOutputQuality()).expectStatus().isOk()
                .expectBody(IndicatorTreeView.class).returnResult().getResponseBody();

        assertThat(defined.template().templateId()).isEqualTo("wuhua-90");
        assertThat(defined.categories()).extracting(IndicatorTreeView.CategoryView::category)
                .containsExactly(IndicatorCategory.OUTPUT, IndicatorCategory.EFFECT);
        String panlongProject = register(Tokens.streetEditor("panlong", "jinchen"));
        assertThat(tree(Tokens.streetEditor("panlong", "jinchen"), panlongProject).currentTemplate().templateId())
                .as("another district keeps the national default").isEqualTo("national-default");
    }

    @Test
    void aChoiceArrivingAfterANewerOneIsDropped() {
        templates.store(EvaluationTemplate.of(new TemplatePublished("fumin-copy", 1, "富民县模板", "fumin",
                EvaluationTemplate.NATIONAL_DEFAULT.parts(), List.of()), Instant.parse("2024-01-10T02:00:00Z"))).block();

        templates.choose(new DistrictChoice("fumin", "fumin-copy", 1, 2)).block();
        templates.choose(new DistrictChoice("fumin", "national-default", 1, 1)).block();

        assertThat(templates.applicableTo("fumin").block().templateId()).isEqualTo("fumin-copy");
    }

    /** The Jinchen tree with its satisfaction surveys counted as output quality: 产出 60, 效益 30. */
    private static List<IndicatorInput> withSatisfactionAsOutputQuality() {
        List<IndicatorInput> indicators = new ArrayList<>();
        for (IndicatorInput input : JinchenIndicators.indicators()) {
            indicators.add(input.category() != IndicatorCategory.SATISFACTION ? input
                    : new IndicatorInput(input.id(), IndicatorCategory.OUTPUT, IndicatorDimension.QUALITY, input.name(),
                    input.target(), input.direction(), input.weight(), input.dataSource()));
        }
        return indicators;
    }

    private void publish(String key, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.EVALUATION_EVENTS, key, new EventCodec().write(event)))
                .get(10, TimeUnit.SECONDS);
    }

    private String register(WebTestClientConfigurer editor) {
        return web.mutateWith(editor).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("TPL-" + System.nanoTime(), "老旧小区改造提升专项资金", 2024,
                        "昆明市五华区人民政府护国街道办事处", "昆明市五华区人民政府护国街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
    }

    private IndicatorTreeView tree(WebTestClientConfigurer user, String project) {
        return web.mutateWith(user).get().uri("/api/projects/{id}/indicators", project).exchange()
                .expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec define(String project, List<IndicatorInput> indicators) {
        return web.mutateWith(HUGUO).put().uri("/api/projects/{id}/indicators", project)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new DefineIndicators(null, indicators)).exchange();
    }
}
