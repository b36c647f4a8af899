package cn.jixiao.project.execution;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A street that keeps no ledger in Jixiao enters 全年执行数 as a summary figure, with where it was taken from. */
@ServiceTest
class ExecutionSummaryApiTest {

    static final WebTestClientConfigurer JINCHEN_EDITOR = Tokens.streetEditor("panlong", "jinchen");

    @Autowired
    WebTestClient web;

    @Autowired
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void setUp() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aStreetWithoutALedgerEntersTheFigureFromTheFinalAccountsAndSeesItMarkedAsSuch() {
        String project = register("ES-001");

        ExecutionSummaryView entered = view(put(JINCHEN_EDITOR, project, new ReportExecutionSummary(null,
                new BigDecimal("1856300.00"), ExecutionSource.FINAL_ACCOUNTS, null, "据部门决算表项目支出数填列")));

        assertThat(entered.executed()).isEqualTo(Yuan.parse("1856300.00"));
        assertThat(entered.executedWan()).isEqualByComparingTo("185.63");
        assertThat(entered.sourceLabel()).isEqualTo("部门决算");
        assertThat(entered.marking()).isEqualTo("全年执行数为汇总数，来源：部门决算");
        assertThat(entered.updatedBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(entered.version()).isZero();
        assertThat(view(get(Tokens.auditor("panlong"), project))).isEqualTo(entered);
    }

    @Test
    void aChangeIsBasedOnTheVersionReadAndOtherIsNamedInWords() {
        String project = register("ES-002");
        put(JINCHEN_EDITOR, project, new ReportExecutionSummary(null, new BigDecimal("100.00"),
                ExecutionSource.FINAL_ACCOUNTS, null, null)).expectStatus().isOk();

        ExecutionSummaryView changed = view(put(JINCHEN_EDITOR, project, new ReportExecutionSummary(0L,
                new BigDecimal("120.50"), ExecutionSource.OTHER, "街道资金台账", null)));

        assertThat(changed.sourceLabel()).isEqualTo("街道资金台账");
        assertThat(changed.version()).isEqualTo(1);
        put(JINCHEN_EDITOR, project, new ReportExecutionSummary(0L, new BigDecimal("1.00"),
                ExecutionSource.FINANCIAL_ACCOUNTS, null, null))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("concurrent-modification");
    }

    @Test
    void badAmountsAndAnUnnamedOtherSourceAreRefusedInBothLanguagesAndNothingIsEntered() {
        String project = register("ES-003");

        put(JINCHEN_EDITOR, project, new ReportExecutionSummary(null, new BigDecimal("-1.00"),
                ExecutionSource.FINAL_ACCOUNTS, null, null)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("amount-negative")
                .jsonPath("$.field").isEqualTo("executed")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("金额不能为负数", "Amount is negative"));
        put(JINCHEN_EDITOR, project, new ReportExecutionSummary(null, new BigDecimal("1.001"),
                ExecutionSource.FINAL_ACCOUNTS, null, null)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("amount-too-precise");
        put(JINCHEN_EDITOR, project, new ReportExecutionSummary(null, new BigDecimal("1.00"),
                ExecutionSource.OTHER, " ", null)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("execution-source-unnamed")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("写明来源", "name it"));
        assertThat(view(get(JINCHEN_EDITOR, project))).isEqualTo(ExecutionSummaryView.notEntered(project));
    }

    @Test
    void anotherStreetIsToldTheProjectDoesNotExistAndTheDistrictReadsButDoesNotWrite() {
        String project = register("ES-004");
        ReportExecutionSummary summary = new ReportExecutionSummary(null, new BigDecimal("1.00"),
                ExecutionSource.FINAL_ACCOUNTS, null, null);

        put(Tokens.streetEditor("panlong", "tuodong"), project, summary).expectStatus().isNotFound();
        put(Tokens.overseer("panlong"), project, summary).expectStatus().isForbidden();
        put(Tokens.auditor("panlong"), project, summary).expectStatus().isForbidden();
        assertThat(view(get(JINCHEN_EDITOR, project))).isEqualTo(ExecutionSummaryView.notEntered(project));

        put(JINCHEN_EDITOR, project, summary).expectStatus().isOk();
        get(Tokens.streetEditor("panlong", "tuodong"), project).expectStatus().isNotFound();
        get(Tokens.overseer("xishan"), project).expectStatus().isNotFound();
        get(Tokens.overseer("panlong"), project).expectStatus().isOk();
    }

    @Test
    void everyEntryIsPublishedWithItsRevisionAndAudited() {
        String project = register("ES-005");
        List<EventEnvelope<ExecutionSummaryReported>> published;
        try (Consumer<String, String> events = listenToProjectEvents()) {
            put(JINCHEN_EDITOR, project, new ReportExecutionSummary(null, new BigDecimal("1856300.00"),
                    ExecutionSource.FINAL_ACCOUNTS, "ignored unless OTHER", "据部门决算")).expectStatus().isOk();
            published = reported(events, project, 1);
        }

        assertThat(published.get(0).tenantId()).isEqualTo("jinchen");
        assertThat(published.get(0).payload()).isEqualTo(new ExecutionSummaryReported(project, "panlong", "jinchen",
                Yuan.parse("1856300.00"), ExecutionSource.FINAL_ACCOUNTS, null, "据部门决算", 0));
        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.auditor("panlong"))
                        .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                        .expectBodyList(Map.class).returnResult().getResponseBody(),
                entries -> entries.stream().anyMatch(entry -> "execution-summary".equals(entry.get("subject"))));
        Map<?, ?> entry = trail.stream().filter(e -> "execution-summary".equals(e.get("subject"))).findFirst().orElseThrow();
        assertThat(entry.get("action")).isEqualTo("set");
        assertThat(entry.get("before")).isNull();
        assertThat(((Map<?, ?>) entry.get("after")).get("source")).isEqualTo("FINAL_ACCOUNTS");
    }

    private String register(String code) {
        return web.mutateWith(JINCHEN_EDITOR).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code + "-" + System.nanoTime(), "街道专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult()
                .getResponseBody().id();
    }

    private WebTestClient.ResponseSpec put(WebTestClientConfigurer caller, String project, ReportExecutionSummary body) {
        return web.mutateWith(caller).put().uri("/api/projects/{id}/execution-summary", project)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(WebTestClientConfigurer caller, String project) {
        return web.mutateWith(caller).get().uri("/api/projects/{id}/execution-summary", project).exchange();
    }

    private static ExecutionSummaryView view(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(ExecutionSummaryView.class).returnResult().getResponseBody();
    }

    private List<EventEnvelope<ExecutionSummaryReported>> reported(Consumer<String, String> events, String projectId,
                                                                   int expected) {
        EventCodec codec = new EventCodec();
        Map<UUID, EventEnvelope<ExecutionSummaryReported>> found = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (found.size() < expected && System.nanoTime() < deadline) {
            events.poll(Duration.ofMillis(200)).forEach(record -> {
                EventEnvelope<JsonNode> raw = codec.read(record.value());
                if (projectId.equals(record.key()) && raw.is(ProjectEvents.EXECUTION_SUMMARY_REPORTED)) {
                    found.putIfAbsent(raw.eventId(), codec.payloadAs(raw, ProjectEvents.EXECUTION_SUMMARY_REPORTED));
                }
            });
        }
        assertThat(found).as("ExecutionSummaryReported events about project %s", projectId).hasSize(expected);
        return List.copyOf(found.values());
    }

    private Consumer<String, String> listenToProjectEvents() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "execution-test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        props.put("key.deserializer", StringDeserializer.class);
        Consumer<String, String> events = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(events, Topics.PROJECT_EVENTS);
        return events;
    }
}
