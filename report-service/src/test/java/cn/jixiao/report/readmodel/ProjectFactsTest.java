package cn.jixiao.report.readmodel;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.EvidenceWithdrawn;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.report.JinchenEvents;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFactsTest {

    private final JinchenEvents jinchen = new JinchenEvents();
    private final ProjectFacts facts = jinchen.facts();

    @Test
    void anOlderBudgetArrivingLateChangesNothing() {
        BudgetChanged older = new BudgetChanged(jinchen.projectId(), "panlong", "jinchen", Yuan.parse("1"), List.of(),
                Yuan.parse("1"), List.of(), List.of(), 0);

        assertThat(facts.with(older)).isSameAs(facts);
        assertThat(facts.with(jinchen.budget())).as("a redelivery").isSameAs(facts);
    }

    @Test
    void aNewerRevisionReplacesTheWholePart() {
        BudgetChanged raised = new BudgetChanged(jinchen.projectId(), "panlong", "jinchen", JinchenEvents.TOTAL,
                List.of(), Yuan.parse("2500000"), List.of(), List.of(), 2);

        assertThat(facts.with(raised).budget()).isEqualTo(raised);
    }

    @Test
    void theLedgerRecordedLastWinsWhateverTheOrderOfArrival() {
        ExpenditureRecorded earlier = new ExpenditureRecorded(jinchen.projectId(), "panlong", "jinchen", "b-1", 1,
                Yuan.parse("10"), new ExpenditureRecorded.LedgerTotals(Yuan.parse("10"), List.of(), List.of()));

        assertThat(facts.with(earlier, Instant.parse("2023-01-01T00:00:00Z")).ledger().executed())
                .isEqualTo(JinchenEvents.TOTAL);
    }

    @Test
    void aFileWithdrawnBeforeItsAttachmentArrivedStaysOffTheList() {
        ProjectFacts opened = ProjectFacts.opened(jinchen.projectId(), "panlong", "jinchen");
        EvidenceAttached file = jinchen.evidence().get(0);
        ProjectFacts withdrawnFirst = opened
                .with(new EvidenceWithdrawn(jinchen.projectId(), "panlong", "jinchen", file.evidenceId(), "重复"))
                .with(file);

        assertThat(withdrawnFirst.listedEvidence()).isEmpty();
        assertThat(withdrawnFirst.evidence()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo(file.title());
            assertThat(item.withdrawn()).isTrue();
        });
    }

    @Test
    void aRedeliveredAttachmentChangesNothing() {
        assertThat(facts.with(jinchen.evidence().get(3))).isSameAs(facts);
    }

    @Test
    void theNameAndUnitComeFromTheLatestDetailsElseTheRegistration() {
        ProjectFacts registered = ProjectFacts.opened(jinchen.projectId(), "panlong", "jinchen").with(jinchen.registered(), Instant.parse("2023-01-05T02:00:00Z"));

        assertThat(registered.projectName()).isEqualTo(JinchenEvents.NAME);
        assertThat(registered.year()).isEqualTo(2023);
        assertThat(ProjectFacts.opened("p", "d", "s").projectName()).isNull();
    }
}
