package cn.jixiao.report.summary;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The district's summary across its streets, from the read model, for its overseers and auditors only. */
@ServiceTest
class DistrictSummaryTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void theDistrictSeesEachProjectWithItsFiguresScoreGradeAndStatus() throws Exception {
        jinchen.publishProject(kafka);
        jinchen.publishFinalized(kafka);

        DistrictSummary summary = await().atMost(Duration.ofSeconds(20)).until(() -> summary(Tokens.overseer(DemoTenants.PANLONG)),
                found -> found.rows().stream().anyMatch(row -> row.projectCode().equals(JinchenEvents.CODE)
                        && "已定稿".equals(row.status()) && !row.executed().isZero()));

        // the row waited for: other tests of this context register the seed's code too, without a finalized evaluation
        DistrictSummary.Row row = summary.rows().stream().filter(each -> each.projectCode().equals(JinchenEvents.CODE)
                && "已定稿".equals(each.status())).findFirst().orElseThrow();
        assertThat(summary.districtName()).isEqualTo("盘龙区");
        assertThat(row.streetName()).isEqualTo("金辰街道");
        assertThat(row.budget()).isEqualTo(Yuan.parse("2000000.00"));
        assertThat(row.executed()).isEqualTo(Yuan.parse("2000000.00"));
        assertThat(row.ratePercent()).isEqualByComparingTo("100.00");
        assertThat(row.score()).isEqualByComparingTo("98.00");
        assertThat(row.gradeLabel()).isEqualTo("优秀");
        assertThat(summary.gradeDistribution().get("优秀")).isPositive();
    }

    @Test
    void theSummaryDownloadsAsAWorkbook() throws Exception {
        jinchen.publishProject(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> summary(Tokens.auditor(DemoTenants.PANLONG)).rows().stream()
                .anyMatch(row -> row.projectCode().equals(JinchenEvents.CODE)));

        byte[] xlsx = web.mutateWith(Tokens.auditor(DemoTenants.PANLONG)).get()
                .uri("/api/reports/districts/" + DemoTenants.PANLONG + "/summary/xlsx?year=2023").exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", ".*filename\\*=UTF-8''.*\\.xlsx.*")
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }
    }

    @Test
    void streetsSeeNoSummaryAndAnotherDistrictIsNotFound() {
        web.mutateWith(Tokens.streetEditor(DemoTenants.PANLONG, DemoTenants.JINCHEN)).get()
                .uri("/api/reports/districts/" + DemoTenants.PANLONG + "/summary?year=2023").exchange().expectStatus().isForbidden();
        web.mutateWith(Tokens.overseer("wuhua")).get()
                .uri("/api/reports/districts/" + DemoTenants.PANLONG + "/summary?year=2023").exchange().expectStatus().isNotFound();
    }

    private DistrictSummary summary(WebTestClientConfigurer who) {
        return web.mutateWith(who).get().uri("/api/reports/districts/" + DemoTenants.PANLONG + "/summary?year=2023").exchange()
                .expectStatus().isOk().expectBody(DistrictSummary.class).returnResult().getResponseBody();
    }
}
