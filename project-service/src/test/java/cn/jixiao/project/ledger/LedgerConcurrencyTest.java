package cn.jixiao.project.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports at the same time, and a writer that died mid-way: what counts stays exactly what was committed. */
@ServiceTest
class LedgerConcurrencyTest {

    @Autowired
    WebTestClient web;

    @Autowired
    Ledgers ledgers;

    @Autowired
    Expenditures expenditures;

    @Autowired
    AbandonedBatchSweep sweep;

    @Autowired
    Clock clock;

    LedgerApi api;

    @BeforeEach
    void api() {
        api = new LedgerApi(web);
    }

    @Test
    void ofTwoSimultaneousImportsOfTheSameVouchersExactlyOneCounts() {
        String project = api.register("CC-001");
        byte[] ledger = LedgerFiles.xlsx(LedgerFiles.jinchen2023());

        List<Integer> statuses = both(() -> status(api.upload(project, "a.xlsx", ledger)), () -> status(api.upload(project, "b.xlsx", ledger)));

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(statuses).containsAnyOf(400, 409);
        summary(project).jsonPath("$.executed").isEqualTo(2000000.00).jsonPath("$.entryCount").isEqualTo(30);
        api.jinchen().get().uri("/api/projects/{id}/expenditures?size=500", project).exchange()
                .expectBody().jsonPath("$.totalElements").isEqualTo(30);
    }

    @Test
    void twoSimultaneousImportsOfDifferentVouchersBothCount() {
        String project = api.register("CC-002");
        List<LedgerFiles.Entry> other = LedgerFiles.jinchen2023().stream().map(entry -> new LedgerFiles.Entry(entry.date(),
                entry.amount(), entry.code(), entry.name(), entry.payee(), entry.voucher() + "-B", entry.summary())).toList();

        List<Integer> statuses = both(
                () -> status(api.upload(project, "a.xlsx", LedgerFiles.xlsx(LedgerFiles.jinchen2023()))),
                () -> status(api.upload(project, "b.xlsx", LedgerFiles.xlsx(other))));

        assertThat(statuses).containsExactly(201, 201);
        summary(project).jsonPath("$.executed").isEqualTo(4000000.00).jsonPath("$.entryCount").isEqualTo(60);
    }

    @Test
    void theEntriesOfAWriterThatDiedNeverCountAndAreSweptAway() {
        String project = api.register("CC-003");
        api.record(project, LedgerApi.entry("2023-01-10", new BigDecimal("10.00"), "30227", "记-LIVE-1")).expectStatus().isCreated();
        Ledger ledger = ledgers.find(project).block();
        // a writer noted its batch and wrote an entry an hour ago, then died before committing
        String dead = "batch-of-a-dead-writer";
        var startedAt = clock.instant().minus(Duration.ofHours(1));
        ledgers.startBatch(project, new Ledger.PendingBatch(dead, startedAt)).block();
        LedgerLine line = new LedgerLine(LocalDate.of(2023, 2, 1), new Yuan(new BigDecimal("999.00")), "30227", "委托业务费",
                "某公司", "记-DEAD-1", "未提交", 2);
        expenditures.insert(List.of(Expenditure.of(line, ledger, dead, "panlong-jinchen-editor", startedAt))).block();

        summary(project).jsonPath("$.executed").isEqualTo(10.00).jsonPath("$.entryCount").isEqualTo(1);
        api.jinchen().get().uri("/api/projects/{id}/expenditures", project).exchange().expectBody().jsonPath("$.totalElements").isEqualTo(1);
        api.record(project, LedgerApi.entry("2023-02-01", new BigDecimal("999.00"), "30227", "记-DEAD-1"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("voucher-in-use");

        sweep.sweep().block();

        assertThat(ledgers.find(project).block().pendingBatches()).isEmpty();
        api.record(project, LedgerApi.entry("2023-02-01", new BigDecimal("999.00"), "30227", "记-DEAD-1")).expectStatus().isCreated();
        summary(project).jsonPath("$.executed").isEqualTo(1009.00).jsonPath("$.entryCount").isEqualTo(2);
    }

    private WebTestClient.BodyContentSpec summary(String project) {
        return api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectStatus().isOk().expectBody();
    }

    private static int status(WebTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        return result.getStatus().value();
    }

    private static List<Integer> both(java.util.function.Supplier<Integer> first, java.util.function.Supplier<Integer> second) {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(first);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(second);
        List<Integer> statuses = new ArrayList<>();
        statuses.add(a.join());
        statuses.add(b.join());
        return statuses;
    }
}
