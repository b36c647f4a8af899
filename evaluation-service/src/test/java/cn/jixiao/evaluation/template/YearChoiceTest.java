package cn.jixiao.evaluation.template;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.evaluation.testing.FedProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district chooses its template per budget year: a year's own choice scores the new drafts of that year's
 * projects, every other year follows the district's default. A total of 85.00 tells the templates apart: 良 under
 * the national bands, 优 under the bands that start 优 at 80. Each test works in a district of its own.
 */
@ServiceTest
class YearChoiceTest {

    private static final TemplateRef EIGHTY = ShippedTemplates.excellentFromEighty().ref();
    private static final TemplateRef NATIONAL = ShippedTemplates.national().ref();

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aYearsChoiceScoresThatYearsNewDrafts() throws Exception {
        choose("chenggong", EIGHTY.id(), 2023).expectStatus().isOk()
                .expectBody(ChoiceView.class).value(view -> {
                    assertThat(view.chosen()).isEqualTo(EIGHTY);
                    assertThat(view.year()).isEqualTo(2023);
                });

        FedProject project = new FedProject(web, kafka, "chenggong", "longcheng").register("YEAR-2023", 2023);
        FedProject.Evaluation opened = project.awaitEvaluation();
        assertThat(opened.template()).isEqualTo(EIGHTY);
        project.feed(35);

        FedProject.Score score = project.awaitTotal(opened.id(), "85.00");
        assertThat(score.template()).isEqualTo(EIGHTY);
        assertThat(score.grade()).isEqualTo(Grade.优);
    }

    @Test
    void theDefaultStillScoresOtherYears() throws Exception {
        choose("jiaozi", EIGHTY.id(), 2023).expectStatus().isOk();

        FedProject project = new FedProject(web, kafka, "jiaozi", "wuding").register("YEAR-2024", 2024);
        FedProject.Evaluation opened = project.awaitEvaluation();
        assertThat(opened.template()).as("2024 has no choice of its own: the default, here the national one")
                .isEqualTo(NATIONAL);
        project.feed(35);

        FedProject.Score score = project.awaitTotal(opened.id(), "85.00");
        assertThat(score.template()).isEqualTo(NATIONAL);
        assertThat(score.grade()).isEqualTo(Grade.良);
    }

    @Test
    void aYearWithoutItsOwnChoiceFollowsTheDefault() {
        choose("haikou", ShippedTemplates.PERFORMANCE_NINETY_ID, null).expectStatus().isOk();
        choose("haikou", EIGHTY.id(), 2025).expectStatus().isOk();

        ChoiceView ownYear = choice(Tokens.auditor("haikou"), "?year=2025");
        ChoiceView otherYear = choice(Tokens.streetEditor("haikou", "haikou-street"), "?year=2026");
        ChoiceView asBefore = choice(Tokens.overseer("haikou"), "");

        assertThat(ownYear.chosen()).isEqualTo(EIGHTY);
        assertThat(ownYear.year()).isEqualTo(2025);
        assertThat(otherYear.chosen()).isEqualTo(ShippedTemplates.performanceNinety().ref());
        assertThat(otherYear.year()).as("the default answers, so no year").isNull();
        assertThat(asBefore.chosen()).isEqualTo(ShippedTemplates.performanceNinety().ref());
        assertThat(asBefore.year()).isNull();
        assertThat(asBefore.nationalDefault()).isFalse();
        assertThat(asBefore.revision()).isEqualTo(2);
        assertThat(asBefore.years()).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(2025);
            assertThat(year.chosen()).isEqualTo(EIGHTY);
            assertThat(year.chosenBy()).isNotBlank();
        });
    }

    @Test
    void aDistrictThatChoseOnlyForAYearKeepsTheNationalDefaultForTheOthers() {
        choose("dianchi", EIGHTY.id(), 2024).expectStatus().isOk();

        ChoiceView other = choice(Tokens.overseer("dianchi"), "?year=2023");

        assertThat(other.chosen()).isEqualTo(NATIONAL);
        assertThat(other.nationalDefault()).isTrue();
        assertThat(other.years()).extracting(YearChoice::year).containsExactly(2024);
    }

    @Test
    void aChoiceStoredBeforeChoicesByYearReadsAsBefore() {
        // as stored before choices by year: Spring Data keeps a TemplateRef's id as _id
        mongo.insert(new Document("_id", "songhuaba")
                .append("chosen", new Document("_id", EIGHTY.id()).append("version", EIGHTY.version()))
                .append("revision", 1L)
                .append("chosenAt", Date.from(Instant.parse("2024-01-11T03:00:00Z")))
                .append("chosenBy", "overseer")
                .append("outbox", List.of())
                .append("version", 0L), TemplateChoice.COLLECTION).block();

        ChoiceView stored = choice(Tokens.overseer("songhuaba"), "");
        ChoiceView forAYear = choice(Tokens.overseer("songhuaba"), "?year=2024");

        assertThat(stored.chosen()).isEqualTo(EIGHTY);
        assertThat(stored.years()).isEmpty();
        assertThat(forAYear.chosen()).isEqualTo(EIGHTY);
        assertThat(forAYear.year()).isNull();
        choose("songhuaba", NATIONAL.id(), 2024).expectStatus().isOk();
        assertThat(choice(Tokens.overseer("songhuaba"), "").chosen()).as("the default kept").isEqualTo(EIGHTY);
    }

    @Test
    void aDraftOpenedBeforeItsRegistrationFollowsTheYearsChoiceOnceTheYearIsKnown() throws Exception {
        choose("dongchuan", EIGHTY.id(), 2023).expectStatus().isOk();
        FedProject project = new FedProject(web, kafka, "dongchuan", "tongdu").announced("YEAR-LATE", 2023).feed(35);
        FedProject.Evaluation opened = project.awaitEvaluation();
        FedProject.Score beforeTheYear = project.awaitTotal(opened.id(), "85.00");
        assertThat(beforeTheYear.template()).as("year 0: the default").isEqualTo(NATIONAL);

        project.registerNow();

        FedProject.Score once = project.awaitScore(opened.id(), score -> EIGHTY.equals(score.template()));
        assertThat(once.grade()).isEqualTo(Grade.优);
        assertThat(project.awaitEvaluation().template()).isEqualTo(EIGHTY);
    }

    @Test
    void archivingAYearsChoiceIsRefused() {
        choose("fumin", ShippedTemplates.PERFORMANCE_NINETY_ID, 2024).expectStatus().isOk();

        archive("fumin", ShippedTemplates.PERFORMANCE_NINETY_ID).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("template-currently-chosen")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("预算年度")
                        .contains("budget year"));

        choose("fumin", EIGHTY.id(), 2024).expectStatus().isOk();
        archive("fumin", ShippedTemplates.PERFORMANCE_NINETY_ID).expectStatus().isOk();
        choose("fumin", ShippedTemplates.PERFORMANCE_NINETY_ID, 2025).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("template-archived");
    }

    @Test
    void aYearOutsideTwoThousandToTwentyOneHundredIsAProblemInChineseAndEnglish() {
        for (int bad : List.of(1999, 2101)) {
            choose("shilin", EIGHTY.id(), bad).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            web.mutateWith(Tokens.overseer("shilin")).get().uri("/api/templates/choice?year=" + bad).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        choose("shilin", EIGHTY.id(), 1999).expectBody().jsonPath("$.title").value(title ->
                assertThat((String) title).matches(".*\\p{IsHan}.*").matches(".*[A-Za-z].*"));
    }

    @Test
    void onlyTheOverseerChoosesForAYear() {
        for (WebTestClientConfigurer other : List.of(Tokens.auditor("luliang"), Tokens.streetEditor("luliang", "zhongshu"))) {
            web.mutateWith(other).put().uri("/api/templates/choice").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("templateId", EIGHTY.id(), "year", 2024)).exchange()
                    .expectStatus().isForbidden();
        }
    }

    private WebTestClient.ResponseSpec choose(String district, String templateId, Integer year) {
        return web.mutateWith(Tokens.overseer(district)).put().uri("/api/templates/choice")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ChooseTemplate(templateId, null, year)).exchange();
    }

    private ChoiceView choice(WebTestClientConfigurer reader, String query) {
        return web.mutateWith(reader).get().uri("/api/templates/choice" + query).exchange()
                .expectStatus().isOk().expectBody(ChoiceView.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec archive(String district, String templateId) {
        return web.mutateWith(Tokens.overseer(district)).post().uri("/api/templates/{id}/archive", templateId).exchange();
    }
}
