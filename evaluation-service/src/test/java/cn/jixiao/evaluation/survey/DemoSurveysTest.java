package cn.jixiao.evaluation.survey;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.evaluation.questionnaire.Questionnaire;
import cn.jixiao.evaluation.questionnaire.Question;
import cn.jixiao.evaluation.questionnaire.Tallying;
import cn.jixiao.contracts.project.ActualsReported.Actual;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluations;
import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.evaluation.testing.FedProject.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's surveys give the satisfaction actuals the seed report states, 96% of residents and 94% of businesses,
 * so the seed project keeps its 98.00 (one activity short: 18 of 20).
 */
@ServiceTest
class DemoSurveysTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    SelfEvaluations evaluations;

    @Autowired
    SurveyEntry surveys;

    @Test
    void theCountsGiveTheRatesTheStreetReported() {
        List<BigDecimal> rates = JinchenSurveys.all().stream().map(entry -> Tallying.ofCounts(
                        new Questionnaire(entry.title(), entry.indicatorId(), IntStream.range(0, entry.questions().size())
                                .mapToObj(i -> new Question(i + 1, entry.questions().get(i), null, null)).toList(), 1),
                        IntStream.range(0, entry.counts().size()).boxed()
                                .collect(java.util.stream.Collectors.toMap(i -> i + 1, entry.counts()::get)),
                        entry.invalidRespondents()).rate().percent())
                .toList();

        assertThat(rates).containsExactly(new BigDecimal("96.00"), new BigDecimal("94.00"));
    }

    @Test
    void theSeedProjectStillScores98AfterItsSurveysAreEnteredAndARestartChangesNothing() throws Exception {
        FedProject seed = new FedProject(web, kafka, DemoTenants.PANLONG, DemoTenants.JINCHEN).register(JinchenSurveys.PROJECT_CODE)
                .feed(List.of(
                        indicator(IndicatorDimension.QUANTITY, "jc-activities", "开展民族团结进步主题活动次数", "10", "次", "20"),
                        indicator(IndicatorDimension.QUANTITY, "jc-homes", "建成睦邻家园数量", "2", "个", "20"),
                        indicator(IndicatorDimension.QUALITY, "jc-acceptance", "验收合格率", "100", "%", "10"),
                        indicator(IndicatorDimension.SOCIAL_BENEFIT, "jc-participation", "参与人次", "3000", "人次", "30"),
                        indicator(IndicatorDimension.BENEFICIARY_SATISFACTION, "jc-residents", "辖区居民满意度", "90", "%", "5"),
                        indicator(IndicatorDimension.BENEFICIARY_SATISFACTION, "jc-merchants", "商圈经营主体满意度", "90", "%", "5")),
                        List.of(new Actual("jc-activities", "9次", new BigDecimal("9"), "一场活动顺延至次年一月"),
                                new Actual("jc-homes", "2个", new BigDecimal("2"), null),
                                new Actual("jc-acceptance", "100%", new BigDecimal("100"), null),
                                new Actual("jc-participation", "3260人次", new BigDecimal("3260"), null),
                                new Actual("jc-residents", "96%", new BigDecimal("96"), null),
                                new Actual("jc-merchants", "94%", new BigDecimal("94"), null)));
        String evaluationId = seed.awaitEvaluation().id();
        seed.awaitTotal(evaluationId, "98.00");

        new DemoSurveys(evaluations, surveys).run(null);
        List<SurveyView> entered = await().atMost(Duration.ofSeconds(20)).until(() -> surveysOf(evaluationId),
                views -> views.size() == 2 && views.stream().allMatch(SurveyView::counted));
        new DemoSurveys(evaluations, surveys).run(null);

        assertThat(entered).extracting(SurveyView::rateExplanation).containsExactly(
                "满意度 = 满意人数 192 ÷ 有效问卷 200 = 96.00%", "满意度 = 满意人数 47 ÷ 有效问卷 50 = 94.00%");
        assertThat(seed.score(evaluationId).total()).isEqualByComparingTo("98.00");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> surveysOf(evaluationId), views -> views.equals(entered));
    }

    private List<SurveyView> surveysOf(String evaluationId) {
        return web.mutateWith(Tokens.overseer(DemoTenants.PANLONG)).get().uri("/api/evaluations/{e}/surveys", evaluationId)
                .exchange().expectStatus().isOk().expectBodyList(SurveyView.class).returnResult().getResponseBody();
    }

}
