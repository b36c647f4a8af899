package cn.jixiao.report.readmodel;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.report.JinchenEvents;

import static cn.jixiao.report.readmodel.ProjectEventMapping.budget;
import static cn.jixiao.report.readmodel.ProjectEventMapping.evidence;
import static cn.jixiao.report.readmodel.ProjectEventMapping.ledger;
import static cn.jixiao.report.readmodel.ProjectEventMapping.registration;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectFactsTest {

    private static final Instant RECORDED = Instant.parse("2023-01-05T03:00:00Z");

    private final JinchenEvents jinchen = new JinchenEvents();
    private final ProjectFacts facts = jinchen.facts();

    @Test
    void anOlderBudgetArrivingLateChangesNothing() {
        BudgetChanged older = new BudgetChanged(jinchen.projectId(), "panlong", "jinchen", Yuan.parse("1"), List.of(),
                Yuan.parse("1"), List.of(), List.of(), 0);

        assertThat(facts.with(budget(older))).isSameAs(facts);
        assertThat(facts.with(budget(jinchen.budget()))).as("a redelivery").isSameAs(facts);
    }

    @Test
    void aNewerRevisionReplacesTheWholePart() {
        BudgetChanged raised = new BudgetChanged(jinchen.projectId(), "panlong", "jinchen", JinchenEvents.TOTAL,
                List.of(), Yuan.parse("2500000"), List.of(), List.of(), 2);

        assertThat(facts.with(budget(raised)).budget()).isEqualTo(budget(raised));
        assertThat(facts.with(budget(raised)).budget().fullYearBudget()).isEqualTo(Yuan.parse("2500000"));
    }

    @Test
    void theLedgerRecordedLastWinsWhateverTheOrderOfArrival() {
        ExpenditureRecorded earlier = spending(Yuan.parse("10"), null);

        assertThat(facts.with(ledger(earlier), Instant.parse("2023-01-01T00:00:00Z")).ledger().executed())
                .isEqualTo(JinchenEvents.TOTAL);
    }

    @Test
    void ledgerTotalsWithARevisionAreOrderedByItNotByTheClock() {
        ProjectFacts atThree = facts.with(ledger(spending(Yuan.parse("300"), 3L)), RECORDED);

        ProjectFacts lateTwo = atThree.with(ledger(spending(Yuan.parse("200"), 2L)), RECORDED.plusSeconds(60));
        ProjectFacts four = atThree.with(ledger(spending(Yuan.parse("400"), 4L)), RECORDED.minusSeconds(60));

        assertThat(lateTwo).as("revision 2 recorded on a later clock is still older").isSameAs(atThree);
        assertThat(four.ledger().executed()).as("revision 4 on an earlier clock is newer").isEqualTo(Yuan.parse("400"));
        assertThat(atThree.with(ledger(spending(Yuan.parse("300"), 3L)), RECORDED)).as("a redelivery")
                .isSameAs(atThree);
    }

    @Test
    void totalsWithARevisionReplaceTotalsWithoutAndAnUnnumberedTotalArrivingAfterThemChangesNothing() {
        ProjectFacts numbered = facts.with(ledger(spending(Yuan.parse("300"), 1L)), RECORDED.minusSeconds(86_400));

        assertThat(numbered.ledger().executed()).isEqualTo(Yuan.parse("300"));
        assertThat(numbered.with(ledger(spending(Yuan.parse("10"), null)), RECORDED.plusSeconds(86_400)))
                .as("a v1 event still on the topic").isSameAs(numbered);
    }

    @Test
    void aFileWithdrawnBeforeItsAttachmentArrivedStaysOffTheList() {
        ProjectFacts opened = ProjectFacts.opened(jinchen.projectId(), "panlong", "jinchen");
        EvidenceAttached file = jinchen.evidence().get(0);
        ProjectFacts withdrawnFirst = opened.withWithdrawn(file.evidenceId()).with(evidence(file));

        assertThat(withdrawnFirst.listedEvidence()).isEmpty();
        assertThat(withdrawnFirst.evidence()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo(file.title());
            assertThat(item.withdrawn()).isTrue();
        });
    }

    @Test
    void aRedeliveredAttachmentChangesNothing() {
        assertThat(facts.with(evidence(jinchen.evidence().get(3)))).isSameAs(facts);
    }

    @Test
    void theNameAndUnitComeFromTheLatestDetailsElseTheRegistration() {
        ProjectFacts registered = ProjectFacts.opened(jinchen.projectId(), "panlong", "jinchen")
                .with(registration(jinchen.registered()), Instant.parse("2023-01-05T02:00:00Z"));

        assertThat(registered.projectName()).isEqualTo(JinchenEvents.NAME);
        assertThat(registered.year()).isEqualTo(2023);
        assertThat(ProjectFacts.opened("p", "d", "s").projectName()).isNull();
    }

    private ExpenditureRecorded spending(Yuan executed, Long revision) {
        return new ExpenditureRecorded(jinchen.projectId(), "panlong", "jinchen", "b-" + revision, 1, executed,
                new ExpenditureRecorded.LedgerTotals(executed, List.of(), List.of()), revision);
    }
}
