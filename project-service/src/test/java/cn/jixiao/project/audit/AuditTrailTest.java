package cn.jixiao.project.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail is written with the change and kept inside project-service: an entry waits in the outbox of the
 * changed document and is appended from there, never through a topic anyone else could write to. It is append-only:
 * an entry handed over again is kept once, and an entry already in the trail is never replaced. Only the project's
 * district's auditors and overseers read it.
 */
@ServiceTest
class AuditTrailTest {

    private static final TenantAccess JINCHEN_EDITOR = new TenantAccess("editor-id", "panlong-jinchen-editor",
            "panlong", "jinchen", Set.of(Role.STREET_EDITOR));

    @Autowired
    WebTestClient web;

    @Autowired
    AuditTrail trail;

    private String projectId;

    @BeforeEach
    void jinchenRegistersAProject() {
        projectId = web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject("AUDIT-" + System.nanoTime(), "社区睦邻家园建设专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
    }

    @Test
    void anEntryIsAddressedToTheTrailItselfNotToATopic() {
        PendingEvent entry = trail.entry(JINCHEN_EDITOR, projectId, "panlong", "jinchen", "budget", "set", null,
                Map.of("fullYearBudget", "100.00"), Instant.now());

        assertThat(entry.topic()).isNull();
        assertThat(entry.recipient()).isEqualTo(trail.name());
    }

    @Test
    void theRegistrationsEntryReachesTheTrailFromTheProjectsOutbox() {
        List<AuditEntry> entries = await().atMost(Duration.ofSeconds(30))
                .until(this::entries, found -> found.size() == 1);

        assertThat(entries.get(0).action()).isEqualTo("registered");
        assertThat(entries.get(0).actor()).isEqualTo("panlong-jinchen-editor");
        assertThat(entries.get(0).tenantId()).isEqualTo("jinchen");
    }

    @Test
    void anEntryHandedOverAgainIsKeptOnce() {
        PendingEvent entry = trail.entry(JINCHEN_EDITOR, projectId, "panlong", "jinchen", "budget", "set", null,
                Map.of("fullYearBudget", "100.00"), Instant.now());

        trail.receive(entry).block();
        trail.receive(entry).block();

        assertThat(entries()).filteredOn(found -> found.id().equals(entry.eventId())).hasSize(1);
    }

    @Test
    void anEntryAlreadyInTheTrailIsNeverReplaced() {
        PendingEvent entry = trail.entry(JINCHEN_EDITOR, projectId, "panlong", "jinchen", "budget", "set", null,
                Map.of("fullYearBudget", "100.00"), Instant.now());
        PendingEvent rewritten = new PendingEvent(entry.eventId(), null, entry.key(), entry.type(), entry.tenantId(),
                entry.json().replace("100.00", "999999.00"), entry.occurredAt(), entry.recipient());

        trail.receive(entry).block();
        trail.receive(rewritten).block();

        assertThat(entries()).filteredOn(found -> found.id().equals(entry.eventId())).singleElement()
                .extracting(found -> found.after().get("fullYearBudget")).isEqualTo("100.00");
    }

    @Test
    void anEntryWrittenForTheFormerAuditTopicIsStillAppended() {
        PendingEvent written = trail.entry(JINCHEN_EDITOR, projectId, "panlong", "jinchen", "budget", "set", null,
                Map.of("fullYearBudget", "100.00"), Instant.now());
        PendingEvent beforeTheChange = PendingEvent.of(AuditTrail.FORMER_TOPIC, projectId, written.envelope());

        assertThat(trail.formerTopics()).as("the relay hands it here instead of sending it")
                .contains(beforeTheChange.topic());
        trail.receive(beforeTheChange).block();

        assertThat(entries()).extracting(AuditEntry::id).contains(written.eventId());
    }

    @Test
    void onlyTheProjectsDistrictsOverseersReadTheTrail() {
        web.mutateWith(Tokens.auditor("panlong")).get().uri("/api/projects/{id}/audit", projectId).exchange()
                .expectStatus().isOk();
        web.mutateWith(Tokens.overseer("panlong")).get().uri("/api/projects/{id}/audit", projectId).exchange()
                .expectStatus().isOk();
        web.mutateWith(Tokens.auditor("wuhua")).get().uri("/api/projects/{id}/audit", projectId).exchange()
                .expectStatus().isNotFound();
        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get().uri("/api/projects/{id}/audit", projectId)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void anOverseerReadsWhoWhenWhichPartWhatHappenedAndThePartBeforeAndAfterWithExactAmounts() {
        record Budget(Yuan fullYearBudget, String note) {
        }
        trail.receive(trail.entry(JINCHEN_EDITOR, projectId, "panlong", "jinchen", "budget", "adjusted",
                new Budget(Yuan.parse("2000000.00"), "年初预算"), new Budget(Yuan.parse("2150000.10"), "追加"),
                Instant.parse("2026-12-07T05:40:00Z"))).block();

        String json = web.mutateWith(Tokens.overseer("panlong")).get().uri("/api/projects/{id}/audit", projectId).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(json).contains("\"subject\":\"budget\"", "\"action\":\"adjusted\"",
                "\"actor\":\"panlong-jinchen-editor\"", "\"actorId\":\"editor-id\"", "\"at\":\"2026-12-07T05:40:00Z\"",
                "\"before\":{\"fullYearBudget\":2000000.00,\"note\":\"年初预算\"}",
                "\"after\":{\"fullYearBudget\":2150000.10,\"note\":\"追加\"}");
    }

    private List<AuditEntry> entries() {
        return trail.of("panlong", projectId).collectList().block();
    }
}
