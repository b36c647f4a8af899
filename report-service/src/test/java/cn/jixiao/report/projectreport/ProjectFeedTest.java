package cn.jixiao.report.projectreport;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class ProjectFeedTest {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aRegisteredProjectOpensItsReportFileWithTheFactsTheReportNeeds() throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "RP-001");
        ProjectEventsFixture events = new ProjectEventsFixture(kafka);
        events.publish(registered);
        events.publish(registered);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get()
                        .uri("/api/reports/{id}", registered.payload().projectId())
                        .exchange().expectStatus().isOk());
        ProjectReport report = web.mutateWith(Tokens.auditor("panlong")).get()
                .uri("/api/reports/{id}", registered.payload().projectId())
                .exchange().expectStatus().isOk().expectBody(ProjectReport.class).returnResult().getResponseBody();
        assertThat(report.projectCode()).isEqualTo("RP-001");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.registeredAt()).isEqualTo(registered.occurredAt());

        web.mutateWith(Tokens.streetEditor("panlong", "tuodong")).get()
                .uri("/api/reports/{id}", registered.payload().projectId())
                .exchange().expectStatus().isNotFound();
    }
}
