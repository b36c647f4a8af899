package cn.jixiao.project.indicators;

import java.time.Instant;
import java.util.List;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.outbox.PendingEvent;

/** The events of an indicator system's next state, each carrying the whole picture consumers replace theirs with. */
final class IndicatorEvents {

    private IndicatorEvents() {
    }

    /** Names no template: evaluation-service scores with the template the project's evaluation recorded. */
    static PendingEvent defined(IndicatorSystem current, List<Indicator> indicators, Instant now) {
        IndicatorsDefined defined = new IndicatorsDefined(current.projectId(), current.districtId(), current.tenantId(),
                null, 0, indicators.stream().map(Indicator::published).toList(), current.revision() + 1);
        return PendingEvent.of(Topics.PROJECT_EVENTS, current.projectId(),
                EventEnvelope.of(ProjectEvents.INDICATORS_DEFINED, current.tenantId(), now, defined));
    }

    static PendingEvent actualsReported(IndicatorSystem current, List<Indicator> indicators, Instant now) {
        ActualsReported reported = new ActualsReported(current.projectId(), current.districtId(), current.tenantId(),
                actualsOf(indicators), current.revision() + 1);
        return PendingEvent.of(Topics.PROJECT_EVENTS, current.projectId(),
                EventEnvelope.of(ProjectEvents.ACTUALS_REPORTED, current.tenantId(), now, reported));
    }

    /** Every current actual, in the form's order. */
    static List<ActualsReported.Actual> actualsOf(List<Indicator> indicators) {
        return indicators.stream().filter(indicator -> indicator.actual() != null)
                .map(indicator -> new ActualsReported.Actual(indicator.id(), indicator.actual().text(),
                        indicator.actual().value(), indicator.actual().deviationNote(), indicator.actual().unit(),
                        indicator.actual().reading()))
                .toList();
    }
}
