package cn.jixiao.evaluation.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.Target;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectEventMappingTest {

    private static final Instant DECEMBER = Instant.parse("2023-12-20T02:00:00Z");

    @Test
    void anOlderOrRepeatedSnapshotChangesNothing() {
        ScoringInputs inputs = ProjectEventMapping.apply(ScoringInputs.NONE, budget("2000000.00", 2));

        assertThat(ProjectEventMapping.apply(inputs, budget("1500000.00", 1))).isSameAs(inputs);
        assertThat(ProjectEventMapping.apply(inputs, budget("2000000.00", 2))).isSameAs(inputs);
        assertThat(ProjectEventMapping.apply(inputs, budget("2500000.00", 3)).fullYearBudget())
                .isEqualTo(Yuan.parse("2500000.00"));
    }

    @Test
    void aFirstSnapshotCountsEvenAtRevisionZeroAsProjectServiceNumbersItsFirstSave() {
        ScoringInputs first = ProjectEventMapping.apply(ScoringInputs.NONE, budget("2000000.00", 0));

        assertThat(first.fullYearBudget()).isEqualTo(Yuan.parse("2000000.00"));
        assertThat(ProjectEventMapping.apply(first, budget("2000000.00", 0))).isSameAs(first);
    }

    @Test
    void ledgerTotalsWithTheLedgersRevisionAreOrderedByItNotByTheirTime() {
        ScoringInputs spent = ProjectEventMapping.apply(ScoringInputs.NONE, spending("1800000.00", 7L), DECEMBER);

        assertThat(ProjectEventMapping.apply(spent, spending("1500000.00", 6L), DECEMBER.plusSeconds(60)))
                .as("an older total recorded by a later clock").isSameAs(spent);
        assertThat(ProjectEventMapping.apply(spent, spending("1900000.00", 8L), DECEMBER.minusSeconds(60)).executed())
                .as("a newer total recorded by an earlier clock").isEqualTo(Yuan.parse("1900000.00"));
    }

    @Test
    void ledgerTotalsOfTheFirstVersionWithoutARevisionAreStillOrderedByTime() {
        ScoringInputs spent = ProjectEventMapping.apply(ScoringInputs.NONE, spending("1800000.00", null), DECEMBER);

        assertThat(ProjectEventMapping.apply(spent, spending("1500000.00", null), DECEMBER)).isSameAs(spent);
        assertThat(ProjectEventMapping.apply(spent, spending("1500000.00", null), DECEMBER.minusSeconds(1))).isSameAs(spent);
        assertThat(ProjectEventMapping.apply(spent, spending("1900000.00", null), DECEMBER.plusSeconds(1)).executed())
                .isEqualTo(Yuan.parse("1900000.00"));
        ScoringInputs revised = ProjectEventMapping.apply(spent, spending("2000000.00", 1L), DECEMBER.plusSeconds(2));
        assertThat(ProjectEventMapping.apply(revised, spending("1950000.00", null), DECEMBER.plusSeconds(3)))
                .as("a first-version total arriving after one with a revision is older than it").isSameAs(revised);
    }

    @Test
    void anApprovedTargetAdjustmentIsANewerDefinitionSoTheScoreUsesTheTargetsInForce() {
        // project-service publishes the adjusted tree as IndicatorsDefined under the next revision of the tree (#15)
        ScoringInputs approved = ProjectEventMapping.apply(ScoringInputs.NONE, activities("≥10次", 10, 4));

        ScoringInputs adjusted = ProjectEventMapping.apply(approved, activities("≥8次", 8, 5));

        assertThat(adjusted.indicators()).extracting(line -> line.target().text()).containsExactly("≥8次");
        assertThat(ProjectEventMapping.apply(adjusted, activities("≥10次", 10, 4)))
                .as("the approved tree redelivered after the adjustment").isSameAs(adjusted);
    }

    private static IndicatorsDefined activities(String target, int value, long revision) {
        return new IndicatorsDefined("p-1", "panlong", "jinchen", null, 0, List.of(
                new IndicatorsDefined.Indicator("jc-activities", IndicatorDimension.QUANTITY, "开展民族团结进步主题活动次数",
                        new Target(target, "GE", BigDecimal.valueOf(value), null, "次"), IndicatorDirection.POSITIVE,
                        new BigDecimal("20.00"), "活动台账", false, DirectionSource.TARGET)), revision);
    }

    @Test
    void theEventsAreKeptInThisServicesOwnRecords() {
        ExpenditureRecorded ledger = new ExpenditureRecorded("p-1", "panlong", "jinchen", "ledger", 1,
                Yuan.parse("300.00"), new ExpenditureRecorded.LedgerTotals(Yuan.parse("300.00"), List.of(),
                        List.of(new ExpenditureRecorded.MonthTotal(3, Yuan.parse("300.00")))), 1L);
        Target tenTimes = new Target("≥10次", "GE", BigDecimal.TEN, null, "次");
        IndicatorsDefined defined = new IndicatorsDefined("p-1", "panlong", "jinchen", null, 0, List.of(
                new IndicatorsDefined.Indicator("o-1", IndicatorDimension.QUANTITY, "开展活动次数", tenTimes,
                        IndicatorDirection.POSITIVE, new BigDecimal("50"), "台账")), 1);
        ActualsReported reported = new ActualsReported("p-1", "panlong", "jinchen",
                List.of(new ActualsReported.Actual("o-1", "9次", new BigDecimal("9"), "雨季顺延")), 1);

        ScoringInputs inputs = ProjectEventMapping.apply(ProjectEventMapping.apply(ProjectEventMapping.apply(
                ScoringInputs.NONE, ledger, DECEMBER), defined), reported);

        assertThat(inputs.spentByMonth()).containsExactly(new MonthlySpending(3, Yuan.parse("300.00")));
        assertThat(inputs.indicators()).containsExactly(new ProjectIndicator("o-1", IndicatorDimension.QUANTITY,
                "开展活动次数", tenTimes, IndicatorDirection.POSITIVE, new BigDecimal("50"), "台账"));
        assertThat(inputs.actuals()).containsExactly(new ReportedActual("o-1", "9次", new BigDecimal("9"), "雨季顺延"));
    }

    @Test
    void aDraftLineItsNotApplicableMarkDirectionSourceAndTheActualsReadingAreKept() {
        Target slash = new Target("/", null, null, null, null);
        IndicatorsDefined defined = new IndicatorsDefined("p-1", "panlong", "jinchen", null, 0, List.of(
                new IndicatorsDefined.Indicator("o-2", IndicatorDimension.QUANTITY, "改造老旧管网", slash, null, null, "/",
                        true, null),
                new IndicatorsDefined.Indicator("o-3", IndicatorDimension.QUANTITY, "新增设施", null, null, null, "台账",
                        null, DirectionSource.TEMPLATE_DEFAULT)), 2);
        ActualsReported reported = new ActualsReported("p-1", "panlong", "jinchen", List.of(
                new ActualsReported.Actual("o-3", "550000元", new BigDecimal("55"), null, "万元", ActualReadingKind.CONVERTED)), 2);

        ScoringInputs inputs = ProjectEventMapping.apply(ProjectEventMapping.apply(ScoringInputs.NONE, defined), reported);

        assertThat(inputs.indicators()).containsExactly(
                new ProjectIndicator("o-2", IndicatorDimension.QUANTITY, "改造老旧管网", slash, null, null, "/", true, null),
                new ProjectIndicator("o-3", IndicatorDimension.QUANTITY, "新增设施", null, null, null, "台账", null,
                        DirectionSource.TEMPLATE_DEFAULT));
        assertThat(inputs.actuals()).containsExactly(new ReportedActual("o-3", "550000元", new BigDecimal("55"), null, "万元",
                ActualReadingKind.CONVERTED));
    }

    private static BudgetChanged budget(String fullYear, long revision) {
        return new BudgetChanged("p-1", "panlong", "jinchen", Yuan.parse(fullYear), List.of(), Yuan.parse(fullYear),
                List.of(), List.of(), revision);
    }

    private static ExpenditureRecorded spending(String executed, Long revision) {
        return new ExpenditureRecorded("p-1", "panlong", "jinchen", "ledger", 1, Yuan.parse(executed),
                new ExpenditureRecorded.LedgerTotals(Yuan.parse(executed), List.of(), List.of()), revision);
    }
}
