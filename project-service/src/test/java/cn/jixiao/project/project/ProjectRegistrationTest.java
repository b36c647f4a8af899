package cn.jixiao.project.project;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.tenancy.TenantHeaders;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ProjectRegistrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    EmbeddedKafkaBroker broker;

    Consumer<String, String> events;

    @BeforeEach
    void listenToProjectEvents() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        props.put("key.deserializer", StringDeserializer.class);
        events = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(events, Topics.PROJECT_EVENTS);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aStreetEditorRegistersAProjectAndItsEventIsPublished() {
        ProjectView created = register(Tokens.streetEditor("panlong", "jinchen"), "MZTJ-2023-001")
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/projects/[0-9a-f-]{36}")
                .expectBody(ProjectView.class).returnResult().getResponseBody();

        assertThat(created.streetId()).isEqualTo("jinchen");
        assertThat(created.districtId()).isEqualTo("panlong");
        assertThat(created.name()).isEqualTo("创建全省民族团结进步示范街道专项资金");
        assertThat(created.registeredBy()).isEqualTo("panlong-jinchen-editor");

        ConsumerRecord<String, String> record = recordKeyed(created.id());
        assertThat(new String(record.headers().lastHeader(TenantHeaders.TENANT).value())).isEqualTo("jinchen");
        EventCodec codec = new EventCodec();
        EventEnvelope<ProjectRegistered> event = codec.payloadAs(codec.read(record.value()), ProjectEvents.PROJECT_REGISTERED);
        assertThat(event.tenantId()).isEqualTo("jinchen");
        assertThat(event.payload()).isEqualTo(new ProjectRegistered(created.id(), "panlong", "jinchen", "MZTJ-2023-001",
                "创建全省民族团结进步示范街道专项资金", 2023, "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"));
    }

    @Test
    void anotherStreetCannotSeeTheProjectAndIsToldItDoesNotExist() {
        ProjectView created = register(Tokens.streetEditor("panlong", "jinchen"), "ISO-001")
                .expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody();

        web.mutateWith(Tokens.streetEditor("panlong", "tuodong")).get().uri("/api/projects/{id}", created.id())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not-found")
                // the path only: behind the gateway the service's own host name is no business of the caller's
                .jsonPath("$.instance").isEqualTo("/api/projects/" + created.id());
        ProjectPage tuodongList = web.mutateWith(Tokens.streetEditor("panlong", "tuodong")).get().uri("/api/projects")
                .exchange().expectStatus().isOk().expectBody(ProjectPage.class).returnResult().getResponseBody();
        assertThat(tuodongList.items()).extracting(ProjectView::id).doesNotContain(created.id());
        web.mutateWith(Tokens.overseer("xishan")).get().uri("/api/projects/{id}", created.id())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void theDistrictOverseerAndTheAuditorSeeEveryStreetOfTheirDistrictButCannotRegister() {
        ProjectView created = register(Tokens.streetEditor("panlong", "tuodong"), "TD-001")
                .expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody();

        web.mutateWith(Tokens.overseer("panlong")).get().uri("/api/projects/{id}", created.id())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.streetId").isEqualTo("tuodong");
        web.mutateWith(Tokens.auditor("panlong")).get().uri("/api/projects/{id}", created.id())
                .exchange().expectStatus().isOk();
        register(Tokens.overseer("panlong"), "OV-001").expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        register(Tokens.auditor("panlong"), "AU-001").expectStatus().isForbidden();
    }

    @Test
    void anEditorWhoIsAlsoAnAuditorReadsTheStreetButWritesNothing() {
        WebTestClientConfigurer editorAndAuditor = Tokens.user("tuodong-editor-auditor", "/panlong/tuodong",
                "street-editor", "auditor");
        ProjectView created = register(Tokens.streetEditor("panlong", "tuodong"), "TD-EA-001")
                .expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody();

        web.mutateWith(editorAndAuditor).get().uri("/api/projects/{id}", created.id()).exchange().expectStatus().isOk();
        register(editorAndAuditor, "EA-001").expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        web.get().uri("/api/projects").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unauthorized")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("未登录").contains("Unauthorized"));
    }

    @Test
    void aFailedValidationNamesEachFieldInChineseAndEnglish() {
        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "X-1", "name", "", "year", 1999,
                        "competentDepartment", "金辰街道办事处", "implementingUnit", "金辰街道办事处"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.traceId").isNotEmpty()
                .jsonPath("$.errors[?(@.field == 'name')].message").value(messages ->
                        assertThat(messages.toString()).contains("不能为空").contains("must not be blank"))
                .jsonPath("$.errors[?(@.field == 'year')].rejectedValue").isEqualTo(List.of(1999));
    }

    @Test
    void malformedJsonIsRefusedNamingTheField() {
        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"A-1\",\"name\":\"n\",\"year\":\"二〇二三\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("malformed-request")
                .jsonPath("$.errors[0].field").isEqualTo("year");
    }

    @Test
    void theSameCodeTwiceInOneYearIsAConflict() {
        register(Tokens.streetEditor("panlong", "jinchen"), "DUP-001").expectStatus().isCreated();
        register(Tokens.streetEditor("panlong", "jinchen"), "DUP-001").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("duplicate");
        register(Tokens.streetEditor("panlong", "tuodong"), "DUP-001").expectStatus().isCreated();
    }

    /** The one event about the given project; events of other tests' projects pass by. */
    private ConsumerRecord<String, String> recordKeyed(String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            events.poll(Duration.ofMillis(200)).forEach(record -> {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            });
        }
        assertThat(found).as("events about project %s", key).hasSize(1);
        return found.get(0);
    }

    private WebTestClient.ResponseSpec register(org.springframework.test.web.reactive.server.WebTestClientConfigurer user, String code) {
        return web.mutateWith(user).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "创建全省民族团结进步示范街道专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange();
    }
}
