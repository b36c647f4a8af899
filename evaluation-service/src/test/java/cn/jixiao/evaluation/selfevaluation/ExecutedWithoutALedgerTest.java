package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.evaluation.scoring.BudgetExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street that keeps no ledger in Jixiao scores its execution line from the 全年执行数 it entered as a summary
 * figure; a ledger booked later wins, and a difference between the two is said in the line, not blocked.
 */
class ExecutedWithoutALedgerTest {

    private static final Instant DECEMBER = Instant.parse("2023-12-20T02:00:00Z");

    private static ScoringInputs budgeted() {
        return ScoringInputs.NONE.withBudget(Yuan.parse("2000000.00"), 0);
    }

    private static ExecutionSummaryReported fromFinalAccounts(String executed, long revision) {
        return new ExecutionSummaryReported("p", "panlong", "tuodong", Yuan.parse(executed),
                ExecutionSource.FINAL_ACCOUNTS, null, null, revision);
    }

    private static BudgetExecution scored(ScoringInputs inputs) {
        return DraftScoring.scoringInput(inputs, SelfAssessment.NONE).budget();
    }

    @Test
    void withoutALedgerTheSummaryFigureIsScoredAndItsSourceSaid() {
        ScoringInputs inputs = ProjectEventMapping.apply(budgeted(), fromFinalAccounts("1856300.00", 0));

        BudgetExecution execution = scored(inputs);

        assertThat(execution.executed()).isEqualTo(Yuan.parse("1856300.00"));
        assertThat(execution.provenance()).isEqualTo("全年执行数取自部门决算（汇总数）");
        assertThat(inputs.spentByMonth()).as("a summary figure has no months; none are invented").isEmpty();
    }

    @Test
    void aLedgerBookedLaterWinsAndTheDifferenceIsFlagged() {
        ScoringInputs inputs = ProjectEventMapping.apply(budgeted(), fromFinalAccounts("1856300.00", 0))
                .withLedger(Yuan.parse("1850000.00"), List.of(new MonthlySpending(12, Yuan.parse("1850000.00"))), 1L,
                        DECEMBER);

        BudgetExecution execution = scored(inputs);

        assertThat(execution.executed()).isEqualTo(Yuan.parse("1850000.00"));
        assertThat(execution.provenance()).isEqualTo(
                "全年执行数取自账表 1850000.00 元，与部门决算汇总数 1856300.00 元相差 -6300.00 元，请说明差异；按账表计分");
    }

    @Test
    void aLedgerThatAgreesIsSaidToAgreeAndALedgerAloneReadsAsBefore() {
        ScoringInputs ledgerOnly = budgeted().withLedger(Yuan.parse("1856300.00"), List.of(), 1L, DECEMBER);

        assertThat(scored(ledgerOnly).provenance()).isNull();
        assertThat(scored(ProjectEventMapping.apply(ledgerOnly, fromFinalAccounts("1856300.00", 0))).provenance())
                .isEqualTo("全年执行数取自账表，与部门决算汇总数一致");
    }

    @Test
    void anOlderSummaryArrivingLateChangesNothing() {
        ScoringInputs inputs = ProjectEventMapping.apply(budgeted(), fromFinalAccounts("1900000.00", 2));

        assertThat(ProjectEventMapping.apply(inputs, fromFinalAccounts("1800000.00", 1))).isSameAs(inputs);
        assertThat(ProjectEventMapping.apply(inputs, fromFinalAccounts("1900000.00", 2))).isSameAs(inputs);
        assertThat(scored(inputs).executed()).isEqualTo(Yuan.parse("1900000.00"));
    }
}
