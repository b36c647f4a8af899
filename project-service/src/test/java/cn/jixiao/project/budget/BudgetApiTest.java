package cn.jixiao.project.budget;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.project.budget.BudgetClient.JINCHEN_EDITOR;
import static cn.jixiao.project.budget.BudgetClient.adjustment;
import static cn.jixiao.project.budget.BudgetClient.seed;
import static cn.jixiao.project.budget.BudgetClient.view;
import static cn.jixiao.project.budget.Money.decimal;
import static cn.jixiao.project.budget.Money.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ServiceTest
class BudgetApiTest {

    @Autowired
    WebTestClient web;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    Budgets store;

    BudgetClient budgets;

    @BeforeEach
    void setUp() {
        budgets = new BudgetClient(web);
    }

    @Test
    void theSeedBudgetIsSetOnceAndShownInYuanAndInWan() {
        String project = budgets.register("BG-001");

        BudgetView set = view(budgets.set(project, seed(null)));

        assertThat(set.projectId()).isEqualTo(project);
        assertThat(set.year()).isEqualTo(2023);
        assertThat(set.initialBudget()).isEqualTo(new BudgetView.Amount(yuan("2000000.00"), decimal("200.00")));
        assertThat(set.fullYearBudget()).isEqualTo(new BudgetView.Amount(yuan("2000000.00"), decimal("200.00")));
        assertThat(set.adjustments()).isEmpty();
        assertThat(set.bySource()).extracting(BudgetView.SourceView::name).containsExactly("本年财政拨款", "上年结转资金", "其他资金");
        assertThat(set.bySource().get(0).fullYear().wan()).isEqualTo(decimal("200.00"));
        assertThat(set.bySource().get(1).initial()).isEqualTo(new BudgetView.Amount(yuan("0"), decimal("0.00")));
        assertThat(set.byClassification()).containsExactly(new BudgetView.ClassificationView("30227", "委托业务费",
                new BudgetView.Amount(yuan("2000000.00"), decimal("200.00"))));
        assertThat(set.updatedBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(set.version()).isZero();

        String json = new String(budgets.get(JINCHEN_EDITOR, project).expectStatus().isOk()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"fullYearBudget\":{\"yuan\":2000000.00,\"wan\":200.00}");
    }

    @Test
    void anIncreaseAndAReductionGiveTheFullYearBudgetAndKeepTheInitialOne() {
        String project = budgets.register("BG-002");
        budgets.set(project, seed(null)).expectStatus().isOk();

        view(budgets.adjust(project, adjustment(0, "2023-07-15", "150000.00", "追加民族团结进步宣传月活动经费", "2150000.00")));
        BudgetView adjusted = view(budgets.adjust(project,
                adjustment(1, "2023-03-10", "-50050.00", "调减：部分培训改为线上开展", "2099950.00")));

        assertThat(adjusted.initialBudget().yuan()).isEqualTo(yuan("2000000.00"));
        assertThat(adjusted.adjustmentTotal().yuan()).isEqualTo(yuan("99950.00"));
        // 万元 are rounded half-up, away from zero: 209.995 → 210.00, −5.005 → −5.01
        assertThat(adjusted.fullYearBudget()).isEqualTo(new BudgetView.Amount(yuan("2099950.00"), decimal("210.00")));
        assertThat(adjusted.adjustments()).containsExactly(
                new BudgetView.AdjustmentView(LocalDate.of(2023, 3, 10), "调减",
                        new BudgetView.Amount(yuan("-50050.00"), decimal("-5.01")), "调减：部分培训改为线上开展"),
                new BudgetView.AdjustmentView(LocalDate.of(2023, 7, 15), "追加",
                        new BudgetView.Amount(yuan("150000.00"), decimal("15.00")), "追加民族团结进步宣传月活动经费"));
        assertThat(adjusted.bySource().get(0).initial().yuan()).isEqualTo(yuan("2000000.00"));
        assertThat(adjusted.bySource().get(0).fullYear().yuan()).isEqualTo(yuan("2099950.00"));
        assertThat(adjusted.version()).isEqualTo(2);
        assertThat(view(budgets.get(Tokens.overseer("panlong"), project))).isEqualTo(adjusted);
    }

    @Test
    void aNewInitialBudgetKeepsTheAdjustmentsAndItsBreakdownMustIncludeThem() {
        String project = budgets.register("BG-003");
        budgets.set(project, seed(null)).expectStatus().isOk();
        budgets.adjust(project, adjustment(0, "2023-07-15", "100000.00", "追加", "2100000.00")).expectStatus().isOk();

        SetBudget lower = new SetBudget(1L, decimal("1800000.00"),
                List.of(new SourceRow(FundingSource.CURRENT_YEAR_APPROPRIATION, decimal("1500000.00"), decimal("1600000.00")),
                        new SourceRow(FundingSource.PRIOR_YEAR_CARRYOVER, decimal("300000.00"), decimal("300000.00"))),
                List.of(new ClassificationRow("30227", decimal("1700000.00")), new ClassificationRow("30201", decimal("200000.00"))));
        BudgetView changed = view(budgets.set(project, lower));

        assertThat(changed.adjustments()).hasSize(1);
        assertThat(changed.fullYearBudget().yuan()).isEqualTo(yuan("1900000.00"));
        assertThat(changed.byClassification()).extracting(BudgetView.ClassificationView::name).containsExactly("办公费", "委托业务费");
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void theSecondOfTwoConcurrentChangesIsRefusedWith409AndChangesNothing() {
        String project = budgets.register("BG-004");
        budgets.set(project, seed(null)).expectStatus().isOk();
        budgets.adjust(project, adjustment(0, "2023-07-15", "100000.00", "第一位填报人追加", "2100000.00")).expectStatus().isOk();

        budgets.adjust(project, adjustment(0, "2023-08-01", "200000.00", "第二位填报人追加", "2200000.00"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("concurrent-modification");
        budgets.set(project, seed(0L)).expectStatus().isEqualTo(409);
        budgets.set(project, seed(null)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("concurrent-modification");

        BudgetView stored = view(budgets.get(JINCHEN_EDITOR, project));
        assertThat(stored.fullYearBudget().yuan()).isEqualTo(yuan("2100000.00"));
        assertThat(stored.adjustments()).extracting(BudgetView.AdjustmentView::reason).containsExactly("第一位填报人追加");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aBudgetBasedOnAVersionThatNeverExistedIsAConflict() {
        String project = budgets.register("BG-005");

        budgets.set(project, seed(3L)).expectStatus().isEqualTo(409);
        budgets.get(JINCHEN_EDITOR, project).expectStatus().isNotFound();
    }

    @Test
    void anotherStreetIsToldTheBudgetDoesNotExistAndTheDistrictReadsButDoesNotWrite() {
        String project = budgets.register("BG-006");
        budgets.set(project, seed(null)).expectStatus().isOk();
        var tuodong = Tokens.streetEditor("panlong", "tuodong");

        budgets.get(tuodong, project).expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
        budgets.set(tuodong, project, seed(0L)).expectStatus().isNotFound();
        budgets.adjust(tuodong, project, adjustment(0, "2023-07-15", "1.00", "追加", "2000001.00")).expectStatus().isNotFound();
        budgets.get(Tokens.overseer("xishan"), project).expectStatus().isNotFound();

        assertThat(view(budgets.get(Tokens.overseer("panlong"), project)).fullYearBudget().wan()).isEqualTo(decimal("200.00"));
        assertThat(view(budgets.get(Tokens.auditor("panlong"), project)).fullYearBudget().wan()).isEqualTo(decimal("200.00"));
        budgets.set(Tokens.overseer("panlong"), project, seed(0L)).expectStatus().isForbidden();
        budgets.adjust(Tokens.auditor("panlong"), project, adjustment(0, "2023-07-15", "1.00", "追加", "2000001.00"))
                .expectStatus().isForbidden();
        assertThat(view(budgets.get(JINCHEN_EDITOR, project)).version()).isZero();
    }

    @Test
    void aProjectWithoutABudgetYetAnswers404AndCannotBeAdjusted() {
        String project = budgets.register("BG-007");

        budgets.get(JINCHEN_EDITOR, project).expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("未找到项目预算"));
        budgets.adjust(project, adjustment(0, "2023-07-15", "1.00", "追加", "1.00")).expectStatus().isNotFound();
    }

    @Test
    void theStoreItselfRefusesAChangeBasedOnAnOlderVersionOrASecondFirstBudget() {
        String project = budgets.register("BG-010");
        budgets.set(project, seed(null)).expectStatus().isOk();
        TenantAccess jinchen = new TenantAccess("editor-id", "panlong-jinchen-editor", "panlong", "jinchen",
                Set.of(Role.STREET_EDITOR));
        ProjectBudget read = store.findVisible(jinchen, project).block();
        budgets.adjust(project, adjustment(0, "2023-07-15", "1.00", "追加", "2000001.00")).expectStatus().isOk();

        assertThatThrownBy(() -> store.store(read).block()).isInstanceOf(OptimisticLockingFailureException.class);
        ProjectBudget anotherFirst = new ProjectBudget(read.id(), read.districtId(), read.tenantId(), read.year(),
                read.budget(), read.updatedBy(), read.updatedAt(), null, List.of());
        assertThatThrownBy(() -> store.store(anotherFirst).block()).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(view(budgets.get(JINCHEN_EDITOR, project)).fullYearBudget().yuan()).isEqualTo(yuan("2000001.00"));
    }

    @Test
    void everyChangePublishesTheWholeBudgetAsBudgetChangedWithItsRevision() {
        String project = budgets.register("BG-008");
        List<EventEnvelope<BudgetChanged>> published;
        try (Consumer<String, String> events = listenToProjectEvents()) {
            budgets.set(project, seed(null)).expectStatus().isOk();
            budgets.adjust(project, adjustment(0, "2023-10-08", "-50000.00", "调减培训经费", "1950000.00")).expectStatus().isOk();
            published = budgetChanges(events, project, 2);
        }

        assertThat(published).allSatisfy(event -> assertThat(event.tenantId()).isEqualTo("jinchen"));
        assertThat(published.get(0).payload()).isEqualTo(new BudgetChanged(project, "panlong", "jinchen",
                yuan("2000000.00"), List.of(), yuan("2000000.00"),
                List.of(new BudgetChanged.SourceLine("CURRENT_YEAR_APPROPRIATION", yuan("2000000.00"), yuan("2000000.00")),
                        new BudgetChanged.SourceLine("PRIOR_YEAR_CARRYOVER", yuan("0"), yuan("0")),
                        new BudgetChanged.SourceLine("OTHER", yuan("0"), yuan("0"))),
                List.of(new BudgetChanged.ClassificationLine("30227", "委托业务费", yuan("2000000.00"))),
                0));
        assertThat(published.get(1).payload()).isEqualTo(new BudgetChanged(project, "panlong", "jinchen",
                yuan("2000000.00"),
                List.of(new BudgetChanged.Adjustment(LocalDate.of(2023, 10, 8), yuan("-50000.00"), "调减培训经费")),
                yuan("1950000.00"),
                List.of(new BudgetChanged.SourceLine("CURRENT_YEAR_APPROPRIATION", yuan("2000000.00"), yuan("1950000.00")),
                        new BudgetChanged.SourceLine("PRIOR_YEAR_CARRYOVER", yuan("0"), yuan("0")),
                        new BudgetChanged.SourceLine("OTHER", yuan("0"), yuan("0"))),
                List.of(new BudgetChanged.ClassificationLine("30227", "委托业务费", yuan("1950000.00"))),
                1));
    }

    @Test
    void auditorsSeeWhoSetAndWhoAdjustedTheBudgetBeforeAndAfter() {
        String project = budgets.register("BG-009");
        budgets.set(project, seed(null)).expectStatus().isOk();
        budgets.adjust(project, adjustment(0, "2023-07-15", "150000.00", "追加宣传月经费", "2150000.00")).expectStatus().isOk();

        List<Map> trail = await().atMost(Duration.ofSeconds(15))
                .until(() -> budgets.auditTrail(project), entries -> entries.size() == 3);

        List<Map> budgetEntries = trail.stream().filter(entry -> "budget".equals(entry.get("subject"))).toList();
        assertThat(budgetEntries).extracting(entry -> entry.get("action")).containsExactly("set", "adjusted");
        Map<?, ?> set = budgetEntries.get(0);
        assertThat(set.get("actor")).isEqualTo("panlong-jinchen-editor");
        assertThat(set.get("tenantId")).isEqualTo("jinchen");
        assertThat(set.get("before")).isNull();
        Map<?, ?> adjusted = budgetEntries.get(1);
        assertThat(new BigDecimal(((Map<?, ?>) adjusted.get("before")).get("fullYearBudget").toString())).isEqualByComparingTo("2000000.00");
        assertThat(new BigDecimal(((Map<?, ?>) adjusted.get("after")).get("fullYearBudget").toString())).isEqualByComparingTo("2150000.00");
        assertThat(((Map<?, ?>) adjusted.get("after")).get("adjustments").toString()).contains("追加宣传月经费");
    }

    @Test
    void theBudgetEndpointsAreDocumentedWithChineseFieldDescriptions() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/projects/{projectId}/budget'].get.summary").value(summary ->
                        assertThat((String) summary).contains("项目预算"))
                .jsonPath("$.paths['/api/projects/{projectId}/budget'].put").exists()
                .jsonPath("$.paths['/api/projects/{projectId}/budget/adjustments'].post").exists()
                .jsonPath("$.components.schemas.SetBudget.properties.initialBudget.description").value(description ->
                        assertThat((String) description).contains("年初预算数"))
                .jsonPath("$.components.schemas.AdjustmentRow.properties.reason.description").value(description ->
                        assertThat((String) description).contains("调整原因"));
    }

    /**
     * The {@code BudgetChanged} events about the given project, in order, each once: delivery is at least once, so
     * an event can arrive twice and consumers drop the repeat by its id, as this does. Other tests' events pass by.
     */
    private List<EventEnvelope<BudgetChanged>> budgetChanges(Consumer<String, String> events, String projectId, int expected) {
        EventCodec codec = new EventCodec();
        Map<UUID, EventEnvelope<BudgetChanged>> found = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (found.size() < expected && System.nanoTime() < deadline) {
            events.poll(Duration.ofMillis(200)).forEach(record -> {
                EventEnvelope<JsonNode> raw = codec.read(record.value());
                if (projectId.equals(record.key()) && raw.is(ProjectEvents.BUDGET_CHANGED)) {
                    found.putIfAbsent(raw.eventId(), codec.payloadAs(raw, ProjectEvents.BUDGET_CHANGED));
                }
            });
        }
        assertThat(found).as("BudgetChanged events about project %s", projectId).hasSize(expected);
        return List.copyOf(found.values());
    }

    private Consumer<String, String> listenToProjectEvents() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "budget-test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        props.put("key.deserializer", StringDeserializer.class);
        Consumer<String, String> events = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
        broker.consumeFromAnEmbeddedTopic(events, Topics.PROJECT_EVENTS);
        return events;
    }
}
