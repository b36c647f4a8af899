package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.ActualsReported.Actual;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.testing.ProjectEventsFixture;

/**
 * Feeds evaluation-service a project as project-service publishes it, with one indicator per part of the national
 * template: the 产出 indicator (≥100个, weight 50) scores {@code outputs} ÷ 100 × 50 and the others are met, so
 * the total is the execution score + outputs ÷ 2 + 40.
 */
final class OverviewProjects {

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    private final ProjectEventsFixture events;

    OverviewProjects(ProjectEventsFixture events) {
        this.events = events;
    }

    /** Registers a project and returns its id; nothing else is entered, so it cannot be scored. */
    String registered(String district, String street, String code) throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered(district, street, code);
        events.publish(registered);
        return registered.payload().projectId();
    }

    /** A project with its budget, ledger (by month) and indicators, and {@code outputs} of 100 produced. */
    String scored(String district, String street, String code, String budget, String outputs, MonthTotal... spent)
            throws Exception {
        String projectId = registered(district, street, code);
        Yuan fullYear = Yuan.parse(budget);
        Yuan executed = List.of(spent).stream().map(MonthTotal::amount).reduce(Yuan.ZERO, Yuan::plus);
        publish(projectId, street, ProjectEvents.BUDGET_CHANGED, 60, new BudgetChanged(projectId, district, street,
                fullYear, List.of(), fullYear, List.of(), List.of(), 1));
        publish(projectId, street, ProjectEvents.EXPENDITURE_RECORDED, 120, new ExpenditureRecorded(projectId, district,
                street, "ledger-" + code, spent.length, executed,
                new ExpenditureRecorded.LedgerTotals(executed, List.of(), List.of(spent))));
        publish(projectId, street, ProjectEvents.INDICATORS_DEFINED, 180, new IndicatorsDefined(projectId, district, street,
                "national-default", 1, List.of(
                indicator(IndicatorDimension.QUANTITY, "o-1", "完成整治点位数", "100", "个", "50"),
                indicator(IndicatorDimension.SOCIAL_BENEFIT, "e-1", "居民参与率", "60", "%", "30"),
                indicator(IndicatorDimension.BENEFICIARY_SATISFACTION, "s-1", "居民满意度", "90", "%", "10")), 1));
        publish(projectId, street, ProjectEvents.ACTUALS_REPORTED, 240, new ActualsReported(projectId, district, street,
                List.of(new Actual("o-1", outputs + "个", new BigDecimal(outputs), "部分点位顺延至次年实施"),
                        new Actual("e-1", "75%", new BigDecimal("75"), null),
                        new Actual("s-1", "96%", new BigDecimal("96"), null)), 1));
        return projectId;
    }

    static MonthTotal month(int month, String amount) {
        return new MonthTotal(month, Yuan.parse(amount));
    }

    private <P> void publish(String projectId, String street, EventType<P> type, int second, P payload) throws Exception {
        events.publish(projectId, EventEnvelope.of(type, street, JANUARY.plusSeconds(second), payload));
    }

    private static Indicator indicator(IndicatorDimension dimension, String id, String name, String target, String unit,
                                       String weight) {
        return new Indicator(id, dimension, name, new Target("≥" + target + unit, "GE", new BigDecimal(target), null, unit),
                IndicatorDirection.POSITIVE, new BigDecimal(weight), "街道台账");
    }
}
