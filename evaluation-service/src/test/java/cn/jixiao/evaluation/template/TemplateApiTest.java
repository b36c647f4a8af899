package cn.jixiao.evaluation.template;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.bson.Document;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import reactor.core.publisher.Mono;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.TemplateChosen;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district's overseers copy a platform template, publish new versions of their copy and choose the version
 * their district scores with; the streets and auditors of the district read; other districts see nothing of it.
 * Each test works in a district of its own, since choices are per district and the service is shared.
 */
@ServiceTest
class TemplateApiTest {

    private static final EventCodec CODEC = new EventCodec();

    @Autowired
    WebTestClient web;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ReactiveMongoTemplate mongo;

    private Consumer<String, String> events;

    @BeforeEach
    void listenToEvaluationEvents() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "earliest");
        props.put("key.deserializer", StringDeserializer.class);
        events = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(events, Topics.EVALUATION_EVENTS);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void everyoneOfTheDistrictReadsThePlatformTemplatesAndTheShippedOnesAreStoredOnce() {
        for (WebTestClientConfigurer reader : List.of(Tokens.overseer("guandu"), Tokens.auditor("guandu"),
                Tokens.streetEditor("guandu", "guanshang"))) {
            assertThat(list(reader)).extracting(EvaluationTemplate::ref).containsExactlyInAnyOrder(
                    ShippedTemplates.national().ref(), ShippedTemplates.performanceNinety().ref(),
                    ShippedTemplates.excellentFromEighty().ref());
        }
        assertThat(version(Tokens.auditor("guandu"), ShippedTemplates.NATIONAL_ID, 1)).isEqualTo(ShippedTemplates.national());
        EventEnvelope<TemplatePublished> national = CODEC.payloadAs(CODEC.read(
                recordsKeyed(ShippedTemplates.NATIONAL_ID, 1).get(0)), EvaluationEvents.TEMPLATE_PUBLISHED);
        assertThat(national.payload()).isEqualTo(ShippedTemplates.national().toPublishedEvent());
    }

    @Test
    void anOverseerCopiesATemplateAndTheCopyIsPublishedForTheDistrictOnly() {
        EvaluationTemplate copy = copy(Tokens.overseer("xishan"), ShippedTemplates.PERFORMANCE_NINETY_ID, "西山区模板")
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody();

        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.ownerDistrictId()).isEqualTo("xishan");
        assertThat(copy.basedOn()).isEqualTo(ShippedTemplates.performanceNinety().ref());
        assertThat(copy.parts()).isEqualTo(ShippedTemplates.performanceNinety().parts());
        assertThat(list(Tokens.streetEditor("xishan", "biji"))).extracting(EvaluationTemplate::id).contains(copy.id());
        assertThat(list(Tokens.overseer("wuhua"))).extracting(EvaluationTemplate::id).doesNotContain(copy.id());
        web.mutateWith(Tokens.overseer("wuhua")).get().uri("/api/templates/{id}/versions", copy.id())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        TemplatePublished published = CODEC.payloadAs(CODEC.read(recordsKeyed(copy.id(), 1).get(0)),
                EvaluationEvents.TEMPLATE_PUBLISHED).payload();
        assertThat(published).isEqualTo(new TemplatePublished(copy.id(), 1, "西山区模板", "xishan",
                ShippedTemplates.performanceNinety().toPublishedEvent().parts(), ShippedTemplates.SEED_REPORT_SECTIONS));
    }

    @Test
    void streetsAuditorsAndOtherDistrictsCannotWriteTemplates() {
        copy(Tokens.streetEditor("dianchi", "haigeng"), ShippedTemplates.NATIONAL_ID, "街道模板").expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        copy(Tokens.auditor("dianchi"), ShippedTemplates.NATIONAL_ID, "审计模板").expectStatus().isForbidden();
        choose(Tokens.auditor("dianchi"), ShippedTemplates.NATIONAL_ID, 1).expectStatus().isForbidden();
        // an auditor never writes, even when the same account also holds the overseer's role
        copy(Tokens.user("dianchi-overseer-auditor", "/dianchi", "district-overseer", "auditor"), ShippedTemplates.NATIONAL_ID,
                "兼任模板").expectStatus().isForbidden();
        String copyId = copy(Tokens.overseer("dianchi"), ShippedTemplates.NATIONAL_ID, "滇池模板")
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody().id();

        publish(Tokens.overseer("wuhua"), copyId, Map.of("basedOnVersion", 1, "name", "偷改")).expectStatus().isNotFound();
        choose(Tokens.overseer("wuhua"), copyId, 1).expectStatus().isNotFound();
        publish(Tokens.overseer("dianchi"), ShippedTemplates.NATIONAL_ID, Map.of("basedOnVersion", 1, "name", "改平台模板"))
                .expectStatus().isForbidden();
    }

    @Test
    void aNewVersionChangesTheCopyWhileEarlierVersionsStayAsTheyWere() {
        String copyId = copy(Tokens.overseer("chenggong"), ShippedTemplates.NATIONAL_ID, "呈贡区模板")
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody().id();

        EvaluationTemplate second = publish(Tokens.overseer("chenggong"), copyId, Map.of("basedOnVersion", 1,
                "parts", List.of(part("BUDGET_EXECUTION", 10), part("OUTPUT", 60), part("EFFECT", 30)),
                "gradeBands", List.of(band("优", 85, "优秀"), band("良", 75, "良好"), band("中", 60, "中等"), band("差", 0, "差")),
                "scoreExecutionFromPrintedRate", true))
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody();

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.weightOf(Part.OUTPUT)).isEqualByComparingTo("60");
        assertThat(second.scores(Part.SATISFACTION)).isFalse();
        assertThat(second.gradeBands().bands().get(0).minimumTotal()).isEqualByComparingTo("85");
        assertThat(second.name()).as("a setting left out stays").isEqualTo("呈贡区模板");
        assertThat(second.executionRate()).isEqualTo(ExecutionRateRule.printedRate());
        EvaluationTemplate first = version(Tokens.overseer("chenggong"), copyId, 1);
        assertThat(first.executionRate()).as("the exact rate by default").isEqualTo(ExecutionRateRule.nationalDefault());
        assertThat(first.weightOf(Part.OUTPUT)).isEqualByComparingTo("50");
        assertThat(first.gradeBands()).isEqualTo(GradeBands.nationalDefault());
        assertThat(recordsKeyed(copyId, 2)).extracting(json -> CODEC.payloadAs(CODEC.read(json),
                EvaluationEvents.TEMPLATE_PUBLISHED).payload().version()).containsExactly(1, 2);

        publish(Tokens.overseer("chenggong"), copyId, Map.of("basedOnVersion", 1, "name", "过时的修改"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("template-version-outdated")
                .jsonPath("$.latestVersion").isEqualTo(2);
    }

    @Test
    void theScaleTheEqualRuleTheDefaultDirectionAndTheCountUnitsAreTemplateSettings() {
        String copyId = copy(Tokens.overseer("yiliang"), ShippedTemplates.NATIONAL_ID, "宜良县模板")
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody().id();
        EvaluationTemplate first = version(Tokens.overseer("yiliang"), copyId, 1);
        assertThat(first.equalRule()).isEqualTo(EqualRule.LIKE_POSITIVE);
        assertThat(first.defaultDirection()).isEqualTo(IndicatorDirection.POSITIVE);
        assertThat(first.sameCountUnits()).containsExactly("个", "项", "件");
        assertThat(first.qualitativeBands()).isEqualTo(QualitativeBands.nationalDefault());

        EvaluationTemplate second = publish(Tokens.overseer("yiliang"), copyId, Map.of("basedOnVersion", 1,
                "equalRule", "DEVIATION_EITHER_WAY", "defaultDirection", "NEGATIVE",
                "sameCountUnits", List.of("个", "项", "件", "次"),
                "qualitativeBands", List.of(grade("优", 90, 100), grade("良", 80, 90), grade("中", 70, 80),
                        grade("低", 60, 70), grade("差", 0, 60))))
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody();

        assertThat(second.equalRule()).isEqualTo(EqualRule.DEVIATION_EITHER_WAY);
        assertThat(second.defaultDirection()).isEqualTo(IndicatorDirection.NEGATIVE);
        assertThat(second.sameCountUnits()).containsExactly("个", "项", "件", "次");
        assertThat(second.qualitativeBands().gradesListed()).isEqualTo("优、良、中、低、差");

        publish(Tokens.overseer("yiliang"), copyId, Map.of("basedOnVersion", 2,
                "qualitativeBands", List.of(grade("好", 90, 100), grade("较好", 70, 85), grade("差", 0, 70))))
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-template")
                .jsonPath("$.problems[0]").value(problem -> assertThat((String) problem)
                        .contains("定性等级「较好」的上限应为 90%").contains("contiguous up to 100%, without overlap"));
    }

    @Test
    void aTemplateStoredBeforeTheSettingsExistedReadsWithTheDefaults() {
        Document national = mongo.getCollection(StoredTemplate.COLLECTION)
                .flatMap(collection -> Mono.from(collection.find(new Document("_id", "national-default@v1")).first()))
                .block(Duration.ofSeconds(10));
        Document template = national.get("template", Document.class);
        template.remove("equalRule");
        template.remove("defaultDirection");
        template.remove("sameCountUnits");
        Document qualitative = template.get("qualitativeBands", Document.class);
        if (qualitative != null) {
            qualitative.getList("bands", Document.class).forEach(band -> band.remove("label"));
        }
        template.put(template.containsKey("_id") ? "_id" : "id", "stored-before-17");
        national.put("_id", "stored-before-17@v1");
        national.put("templateId", "stored-before-17");
        national.put("outbox", List.of());
        national.put("ownerDistrictId", "fumin"); // a district's, so the platform's list stays as shipped
        template.put("ownerDistrictId", "fumin");
        mongo.getCollection(StoredTemplate.COLLECTION)
                .flatMap(collection -> Mono.from(collection.insertOne(national)))
                .block(Duration.ofSeconds(10));

        EvaluationTemplate read = version(Tokens.overseer("fumin"), "stored-before-17", 1);

        assertThat(read.equalRule()).isEqualTo(EqualRule.LIKE_POSITIVE);
        assertThat(read.defaultDirection()).isEqualTo(IndicatorDirection.POSITIVE);
        assertThat(read.sameCountUnits()).containsExactly("个", "项", "件");
        assertThat(read.qualitativeBands()).isEqualTo(QualitativeBands.nationalDefault());
    }

    @Test
    void settingsThatCannotScoreAreRefusedWithEveryProblemListed() {
        String copyId = copy(Tokens.overseer("jinning"), ShippedTemplates.NATIONAL_ID, "晋宁区模板")
                .expectStatus().isCreated().expectBody(EvaluationTemplate.class).returnResult().getResponseBody().id();

        publish(Tokens.overseer("jinning"), copyId, Map.of("basedOnVersion", 1,
                "parts", List.of(part("BUDGET_EXECUTION", 10), part("OUTPUT", 50), part("EFFECT", 30)),
                "reportSections", List.of("项目基本情况", "项目基本情况")))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-template")
                .jsonPath("$.problems.length()").isEqualTo(2)
                .jsonPath("$.problems[0]").value(problem -> assertThat((String) problem)
                        .contains("合计应为 100").contains("must add up to 100"))
                .jsonPath("$.problems[1]").value(problem -> assertThat((String) problem).contains("重复"));
        assertThat(web.mutateWith(Tokens.overseer("jinning")).get().uri("/api/templates/{id}/versions", copyId)
                .exchange().expectStatus().isOk().expectBodyList(EvaluationTemplate.class).returnResult()
                .getResponseBody()).as("nothing was stored").hasSize(1);
    }

    @Test
    void theDistrictChoosesItsTemplateVersionAndTheChoiceIsPublished() {
        web.mutateWith(Tokens.streetEditor("anning", "lianran")).get().uri("/api/templates/choice").exchange()
                .expectStatus().isOk().expectBody(ChoiceView.class)
                .isEqualTo(ChoiceView.nationalDefault("anning"));

        ChoiceView first = choose(Tokens.overseer("anning"), ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, null)
                .expectStatus().isOk().expectBody(ChoiceView.class).returnResult().getResponseBody();
        ChoiceView second = choose(Tokens.overseer("anning"), ShippedTemplates.PERFORMANCE_NINETY_ID, 1)
                .expectStatus().isOk().expectBody(ChoiceView.class).returnResult().getResponseBody();

        assertThat(first.chosen()).isEqualTo(ShippedTemplates.excellentFromEighty().ref());
        assertThat(second.chosen()).isEqualTo(ShippedTemplates.performanceNinety().ref());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.nationalDefault()).isFalse();
        assertThat(web.mutateWith(Tokens.auditor("anning")).get().uri("/api/templates/choice").exchange()
                .expectStatus().isOk().expectBody(ChoiceView.class).returnResult().getResponseBody().chosen())
                .isEqualTo(ShippedTemplates.performanceNinety().ref());
        assertThat(recordsKeyed("anning", 2)).extracting(json -> CODEC.payloadAs(CODEC.read(json),
                EvaluationEvents.TEMPLATE_CHOSEN).payload()).containsExactly(
                new TemplateChosen("anning", ShippedTemplates.EXCELLENT_FROM_EIGHTY_ID, 1, 1),
                new TemplateChosen("anning", ShippedTemplates.PERFORMANCE_NINETY_ID, 1, 2));
        choose(Tokens.overseer("anning"), ShippedTemplates.NATIONAL_ID, 7).expectStatus().isNotFound();
    }

    @Test
    void everyTemplateEndpointIsDocumentedInChineseAndEnglish() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/templates'].get.summary").value(summary ->
                        assertThat((String) summary).contains("可用模板").contains("the templates the district may use"))
                .jsonPath("$.paths['/api/templates/{templateId}/copies'].post").exists()
                .jsonPath("$.paths['/api/templates/{templateId}/versions'].post.description").value(description ->
                        assertThat((String) description).contains("422").contains("409"))
                .jsonPath("$.paths['/api/templates/choice'].put").exists()
                .jsonPath("$.components.schemas.ChangeTemplate.properties.basedOnVersion.description").value(description ->
                        assertThat((String) description).contains("所依据的版本").contains("based on"));
    }

    private List<EvaluationTemplate> list(WebTestClientConfigurer user) {
        return web.mutateWith(user).get().uri("/api/templates").exchange().expectStatus().isOk()
                .expectBodyList(EvaluationTemplate.class).returnResult().getResponseBody();
    }

    private EvaluationTemplate version(WebTestClientConfigurer user, String id, int version) {
        return web.mutateWith(user).get().uri("/api/templates/{id}/versions/{v}", id, version).exchange()
                .expectStatus().isOk().expectBody(EvaluationTemplate.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec copy(WebTestClientConfigurer user, String id, String name) {
        return web.mutateWith(user).post().uri("/api/templates/{id}/copies", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", name)).exchange();
    }

    private WebTestClient.ResponseSpec publish(WebTestClientConfigurer user, String id, Map<String, Object> change) {
        return web.mutateWith(user).post().uri("/api/templates/{id}/versions", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange();
    }

    private WebTestClient.ResponseSpec choose(WebTestClientConfigurer user, String id, Integer version) {
        return web.mutateWith(user).put().uri("/api/templates/choice").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ChooseTemplate(id, version, null)).exchange();
    }

    private static Map<String, Object> grade(String grade, int fromPercent, int toPercent) {
        return Map.of("grade", grade, "fromPercent", fromPercent, "toPercent", toPercent);
    }

    private static Map<String, Object> part(String part, int weight) {
        return Map.of("part", part, "weight", weight);
    }

    private static Map<String, Object> band(String grade, int from, String label) {
        return Map.of("grade", grade, "minimumTotal", from, "label", label);
    }

    /** The values of the records with this key, waiting until {@code expected} of them have arrived. */
    private List<String> recordsKeyed(String key, int expected) {
        List<String> found = new ArrayList<>();
        Predicate<String> keyed = key::equals;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (found.size() < expected && System.nanoTime() < deadline) {
            events.poll(Duration.ofMillis(200)).forEach(record -> {
                if (keyed.test(record.key())) {
                    found.add(record.value());
                }
            });
        }
        assertThat(found).as("events keyed %s", key).hasSize(expected);
        return found;
    }
}
