package cn.jixiao.project.budget;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * A project's budget as stored: one document per project, keyed by the project id, carrying the district and
 * street copied from the project for the tenant filter, and the events of its changes until the outbox relay
 * has sent them, so a change and its events are one atomic write.
 *
 * @param id      the project id
 * @param year    the project's budget year, which adjustments must fall in
 * @param version optimistic lock: a save based on an older version is refused with 409, never applied
 */
@Document(ProjectBudget.COLLECTION)
record ProjectBudget(
        @Id String id,
        String districtId,
        String tenantId,
        int year,
        Budget budget,
        String updatedBy,
        Instant updatedAt,
        @Version Long version,
        List<PendingEvent> outbox) implements HasOutbox, TenantDocuments.OfAStreet {

    static final String COLLECTION = "budgets";

    ProjectBudget {
        outbox = HasOutbox.kept(outbox);
    }

    /** The version the store gives this document when it saves it: 0 for the first save, then one up each time. */
    long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    /** The whole budget as consumers receive it, stamped with the given revision. */
    BudgetChanged snapshot(long revision) {
        return new BudgetChanged(id, districtId, tenantId, budget.initial(),
                budget.adjustments().stream().map(adjustment -> new BudgetChanged.Adjustment(
                        adjustment.date(), adjustment.amount(), adjustment.reason())).toList(),
                budget.fullYear(),
                budget.bySource().stream().map(line -> new BudgetChanged.SourceLine(
                        line.source().name(), line.initial(), line.fullYear())).toList(),
                budget.byClassification().stream().map(line -> new BudgetChanged.ClassificationLine(
                        line.code(), line.name(), line.amount())).toList(),
                revision);
    }

    /** The same document with more events waiting to be sent, after those still waiting. */
    ProjectBudget withEvents(List<PendingEvent> events) {
        return new ProjectBudget(id, districtId, tenantId, year, budget, updatedBy, updatedAt, version,
                HasOutbox.plus(outbox, events));
    }
}
