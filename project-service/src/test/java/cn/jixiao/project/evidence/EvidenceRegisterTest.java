package cn.jixiao.project.evidence;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import cn.jixiao.messaging.outbox.PendingEvent;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceRegisterTest {

    static final Instant MORNING = Instant.parse("2024-02-20T01:00:00Z");

    @Test
    void itemsAreNumberedInTheOrderAttachedWhateverTheOrderStored() {
        EvidenceRegister register = register(item("c", 3), item("a", 1), item("b", 2));

        assertThat(register.inOrder()).extracting(EvidenceItem::evidenceId).containsExactly("a", "b", "c");
        assertThat(register.inOrder()).extracting(item -> register.numberOf(item).orElseThrow()).containsExactly(1, 2, 3);
    }

    @Test
    void aWithdrawnItemHasNoNumberAndTheItemsAfterItMoveUp() {
        EvidenceRegister register = register(item("a", 1), item("b", 2).withdrawn(new Withdrawal("传错了", "editor", MORNING)),
                item("c", 3));

        assertThat(register.numberOf(register.item("b").orElseThrow())).isEmpty();
        assertThat(register.numberOf(register.item("c").orElseThrow())).contains(2);
    }

    @Test
    void aNewItemTakesThePositionAfterTheLastEvenAWithdrawnOneAndTheNumberAfterTheListedOnes() {
        EvidenceRegister register = register(item("a", 1), item("b", 2).withdrawn(new Withdrawal("传错了", "editor", MORNING)));
        EvidenceItem next = item("c", register.nextPosition());

        assertThat(next.position()).isEqualTo(3);
        assertThat(register.numberOf(next)).contains(2);
        assertThat(register.adding(next, List.of()).numberOf(next)).contains(2);
    }

    @Test
    void onlyAListedItemCountsAsHoldingTheSameBytes() {
        EvidenceItem withdrawn = item("a", 1).withdrawn(new Withdrawal("类别选错", "editor", MORNING));

        assertThat(register(withdrawn).listing("sha-a")).isEmpty();
        assertThat(register(item("a", 1)).listing("sha-a")).isPresent();
    }

    @Test
    void replacingAnItemKeepsTheOthersAndAddsTheEventsToTheOutbox() {
        EvidenceRegister register = register(item("a", 1), item("b", 2));
        EvidenceItem withdrawn = item("a", 1).withdrawn(new Withdrawal("重复", "editor", MORNING));

        PendingEvent event = new PendingEvent("event-1", "jixiao.project-events", "project", "EvidenceWithdrawn",
                "jinchen", "{}", MORNING, null);

        EvidenceRegister changed = register.replacing(withdrawn, List.of(event));

        assertThat(changed.items()).containsExactly(withdrawn, item("b", 2));
        assertThat(changed.outbox()).containsExactly(event);
        assertThat(changed.version()).as("saved on top of the version read").isEqualTo(register.version());
    }

    private static EvidenceRegister register(EvidenceItem... items) {
        return new EvidenceRegister("project", "panlong", "jinchen", List.of(items), 4L, List.of());
    }

    private static EvidenceItem item(String id, int position) {
        return new EvidenceItem(id, position, EvidenceType.OTHER, "材料 " + id, id + ".pdf", EvidenceFormat.PDF, 100,
                "sha-" + id, new ObjectId("65d3f0a1b2c3d4e5f6a7b8c9"), "editor", MORNING, null);
    }
}
