package cn.jixiao.report.assembly;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.demo.JinchenReportTexts;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.readmodel.ProjectEventMapping;
import cn.jixiao.report.readmodel.ProjectFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street that keeps no ledger in Jixiao: the form and the report state its 全年执行数 from the summary figure it
 * entered, and say so with the source under the funds block and after the execution sentence. A ledger wins.
 */
class SummaryExecutionTest {

    private final JinchenEvents jinchen = new JinchenEvents();

    private static ExecutionSummaryReported fromFinalAccounts(String executed) {
        return new ExecutionSummaryReported("p", "panlong", "jinchen", Yuan.parse(executed),
                ExecutionSource.FINAL_ACCOUNTS, null, "据部门决算", 0);
    }

    /** Jinchen's facts as if its street kept no ledger in Jixiao. */
    private ProjectFacts withoutALedger() {
        ProjectFacts seed = jinchen.facts();
        return new ProjectFacts(seed.projectId(), seed.districtId(), seed.tenantId(), seed.registration(),
                seed.registeredAt(), seed.details(), seed.budget(), null, null, seed.indicators(), seed.actuals(),
                seed.evidence(), null, seed.targets(), seed.version());
    }

    private static ReportDocument draft(ProjectFacts facts) {
        return ReportAssembler.assemble(new ReportInputs(facts, null, JinchenReportTexts.TEXTS, ReportOutline.standard()));
    }

    @Test
    void aSummaryFigureIsStatedAndMarkedWithItsSource() {
        ProjectFacts facts = withoutALedger().with(ProjectEventMapping.executionSummary(fromFinalAccounts("1856300.00")));

        ReportDocument report = draft(facts);

        assertThat(report.form().fundsNote()).isEqualTo("全年执行数为汇总数，来源：部门决算");
        assertThat(report.form().funds().get(0).executed()).isEqualTo(Yuan.parse("1856300.00"));
        assertThat(ReportAssemblerTest.paragraphs(report)).containsSubsequence(
                "全年预算数200.00万元，全年执行数185.63万元，预算执行率92.82%。", "注：全年执行数为汇总数，来源：部门决算。");
    }

    @Test
    void aLedgerWinsAndTheFormCarriesNoFootnote() {
        ProjectFacts facts = jinchen.facts().with(ProjectEventMapping.executionSummary(fromFinalAccounts("1.00")));

        ReportDocument report = draft(facts);

        assertThat(report.form().fundsNote()).isNull();
        assertThat(report.form().funds().get(0).executed()).isEqualTo(facts.ledger().executed());
        assertThat(ReportAssemblerTest.paragraphs(report)).noneMatch(paragraph -> paragraph.contains("汇总数"));
    }

    @Test
    void anOlderSummaryArrivingLateChangesNothing() {
        ProjectFacts facts = withoutALedger().with(ProjectEventMapping.executionSummary(
                new ExecutionSummaryReported("p", "panlong", "jinchen", Yuan.parse("2.00"), ExecutionSource.OTHER,
                        "街道资金台账", null, 3)));

        assertThat(facts.with(ProjectEventMapping.executionSummary(fromFinalAccounts("1.00")))).isSameAs(facts);
        assertThat(facts.executedMarking()).isEqualTo("全年执行数为汇总数，来源：街道资金台账");
        assertThat(List.of(facts.executed())).containsExactly(Yuan.parse("2.00"));
    }
}
