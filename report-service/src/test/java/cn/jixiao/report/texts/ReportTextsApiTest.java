package cn.jixiao.report.texts;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The street writes its report's texts; the district and the auditor read them; nobody else sees or changes them. */
@ServiceTest
class ReportTextsApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private final JinchenEvents jinchen = new JinchenEvents();

    @BeforeEach
    void theJinchenProjectIsKnown() throws Exception {
        jinchen.publishProject(kafka);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN))
                .expectStatus().isOk());
    }

    @Test
    void aNewReportStartsWithSectionTwoInStandardWordingAndTheStreetsOwnPartsEmpty() {
        ReportTextsView texts = read(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).expectStatus().isOk()
                .expectBody(ReportTextsView.class).returnResult().getResponseBody();

        assertThat(texts.origin()).isEqualTo(ReportTextsView.Origin.STANDARD);
        assertThat(texts.version()).isNull();
        assertThat(texts.round()).isEqualTo(1);
        assertThat(texts.editable()).isTrue();
        assertThat(texts.texts().purpose()).contains("提高财政资金的使用效益");
        assertThat(texts.texts().planning()).contains("对2023年度创建全省民族团结进步示范街道专项资金绩效目标进行总规划");
        assertThat(texts.texts().principlesAndMethods()).contains("科学规范原则", "成本效益分析法");
        assertThat(texts.texts().implementation()).startsWith("结合我单位2023年度项目支出绩效目标");
        assertThat(texts.texts().mainAchievements()).isNull();
        assertThat(texts.texts().experience()).isNull();
    }

    @Test
    void theEditorSavesOnTopOfTheVersionReadAndAnOutdatedVersionIsAConflict() {
        ReportTextsView first = save(null, JinchenReportTexts.TEXTS).expectStatus().isOk()
                .expectBody(ReportTextsView.class).returnResult().getResponseBody();
        assertThat(first.origin()).isEqualTo(ReportTextsView.Origin.SAVED);
        assertThat(first.texts()).isEqualTo(JinchenReportTexts.TEXTS);
        assertThat(first.updatedBy()).isEqualTo("panlong-jinchen-editor");

        save(null, JinchenReportTexts.TEXTS).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("concurrent-modification");
        ReportTextsView second = save(first.version(), SectionTexts.NONE).expectStatus().isOk()
                .expectBody(ReportTextsView.class).returnResult().getResponseBody();
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.texts()).isEqualTo(SectionTexts.NONE);
        save(first.version(), JinchenReportTexts.TEXTS).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theDistrictAndItsAuditorReadButDoNotWrite() {
        save(null, JinchenReportTexts.TEXTS).expectStatus().isOk();

        read(Tokens.overseer(DemoTenants.PANLONG)).expectStatus().isOk().expectBody()
                .jsonPath("$.texts.problems").isEqualTo(JinchenReportTexts.TEXTS.problems());
        read(Tokens.auditor(DemoTenants.PANLONG)).expectStatus().isOk();
        save(Tokens.overseer(DemoTenants.PANLONG), 0L, SectionTexts.NONE).expectStatus().isForbidden();
        save(Tokens.auditor(DemoTenants.PANLONG), 0L, SectionTexts.NONE).expectStatus().isForbidden();
        save(Tokens.user("jinchen-approver", "/panlong/jinchen", "street-approver"), 0L, SectionTexts.NONE)
                .expectStatus().isForbidden();
    }

    @Test
    void anotherStreetAndAnotherDistrictFindNothing() {
        read(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG)).expectStatus().isNotFound();
        read(Tokens.overseer("wuhua")).expectStatus().isNotFound();
        save(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.TUODONG), null, JinchenReportTexts.TEXTS).expectStatus().isNotFound();
    }

    @Test
    void aRoundThatHasNotBegunHasNoTexts() {
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/{id}/rounds/2/texts", jinchen.projectId()).exchange().expectStatus().isNotFound();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).put()
                .uri("/api/reports/{id}/rounds/2/texts", jinchen.projectId())
                .bodyValue(new UpdateReportTexts(null, JinchenReportTexts.TEXTS)).exchange().expectStatus().isNotFound();
    }

    @Test
    void anOverlongTextIsRefusedAsInvalid() {
        SectionTexts overlong = new SectionTexts("字".repeat(SectionTexts.MAX + 1), null, null, null, null, null, null,
                null, null, null);

        save(null, overlong).expectStatus().isBadRequest();
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).put()
                .uri("/api/reports/{id}/rounds/1/texts", jinchen.projectId()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\":null}").exchange().expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec read(WebTestClientConfigurer user) {
        return web.mutateWith(user).get().uri("/api/reports/{id}/texts", jinchen.projectId()).exchange();
    }

    private WebTestClient.ResponseSpec save(Long version, SectionTexts texts) {
        return save(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN), version, texts);
    }

    private WebTestClient.ResponseSpec save(WebTestClientConfigurer user,
                                            Long version, SectionTexts texts) {
        return web.mutateWith(user).put().uri("/api/reports/{id}/rounds/1/texts", jinchen.projectId())
                .bodyValue(new UpdateReportTexts(version, texts)).exchange();
    }
}
