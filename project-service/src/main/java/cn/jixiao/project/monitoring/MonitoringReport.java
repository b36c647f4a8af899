package cn.jixiao.project.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * A project's 绩效监控表 in one round: one document per round and project, keyed {@code <roundId>:<projectId>}, so
 * that every step (filling, submitting, approving, returning) is one versioned write of it together with its event
 * and audit entry. Stored from the street's first write; until then the form is presented prefilled, unstored.
 *
 * @param spending   the spending line's explanation as entered
 * @param indicators what was entered per indicator
 * @param submitted  the lines with their figures and lights as submitted, kept so that the district reviews what
 *                   was sent even when the ledger changes afterwards; {@code null} before the first submission
 * @param redLines   the red lines when last written (live judgement while filled, the submitted lines after)
 * @param history    the steps taken, oldest first
 */
@Document(MonitoringReport.COLLECTION)
record MonitoringReport(@Id String id, String roundId, String projectId, String districtId, String tenantId,
                        MonitoringState state, Explanation spending, List<IndicatorEntry> indicators,
                        MonitoringLines submitted, long redLines, long yellowLines, List<Step> history,
                        @Version Long version, List<PendingEvent> outbox)
        implements HasOutbox, TenantDocuments.OfAStreet {

    static final String COLLECTION = "monitoring_reports";

    /** A step taken on the form. */
    record Step(MonitoringStep step, MonitoringState from, MonitoringState to, String actor, Instant at,
                String comment) {
    }

    MonitoringReport {
        spending = spending == null ? Explanation.NONE : spending;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        history = history == null ? List.of() : List.copyOf(history);
        outbox = HasOutbox.kept(outbox);
    }

    static String idOf(String roundId, String projectId) {
        return roundId + ":" + projectId;
    }

    static MonitoringReport unstored(String roundId, String projectId, String districtId, String tenantId) {
        return new MonitoringReport(idOf(roundId, projectId), roundId, projectId, districtId, tenantId,
                MonitoringState.NOT_STARTED, Explanation.NONE, List.of(), null, 0, 0, List.of(), null, List.of());
    }

    boolean stored() {
        return version != null;
    }

    Map<String, IndicatorEntry> entriesById() {
        return indicators.stream().collect(Collectors.toMap(IndicatorEntry::indicatorId, Function.identity(),
                (first, second) -> second));
    }

    /** What the street entered, saved on top of this version; a returned form stays returned until resubmitted. */
    MonitoringReport filled(Explanation newSpending, List<IndicatorEntry> entries, MonitoringLines judged,
                            List<PendingEvent> events) {
        return new MonitoringReport(id, roundId, projectId, districtId, tenantId, stateAfterFilling(), newSpending, entries,
                submitted, judged.count(MonitoringLight.RED),
                judged.count(MonitoringLight.YELLOW), history, version,
                HasOutbox.plus(outbox, events));
    }

    MonitoringState stateAfterFilling() {
        return state == MonitoringState.RETURNED ? MonitoringState.RETURNED : MonitoringState.FILLED;
    }

    /** The form after a step; a submission keeps the lines as submitted. */
    MonitoringReport after(Step taken, MonitoringLines lines, List<PendingEvent> events) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(taken);
        MonitoringLines kept = taken.step() == MonitoringStep.SUBMIT ? lines : submitted;
        return new MonitoringReport(id, roundId, projectId, districtId, tenantId, taken.to(), spending, indicators,
                kept, kept == null ? redLines : kept.count(MonitoringLight.RED),
                kept == null ? yellowLines : kept.count(MonitoringLight.YELLOW), steps,
                version, HasOutbox.plus(outbox, events));
    }
}
