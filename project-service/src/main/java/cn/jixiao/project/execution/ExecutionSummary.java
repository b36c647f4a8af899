package cn.jixiao.project.execution;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.messaging.outbox.HasOutbox;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * 全年执行数 as a summary figure (汇总数), for a street that does not keep its ledger in Jixiao: one document per
 * project, keyed by the project id, with the district and street copied from the project for the tenant filter,
 * and the events of its changes until the outbox relay has sent them. The figure is kept as entered; whether a
 * ledger wins over it is the consumers' rule (a ledger with any entry does, and the difference is flagged).
 *
 * @param sourceDetail the source named in words, for {@link ExecutionSource#OTHER}
 * @param version      optimistic lock: a save based on an older version is refused with 409, never applied
 */
@Document(ExecutionSummary.COLLECTION)
record ExecutionSummary(
        @Id String id,
        String districtId,
        String tenantId,
        Yuan executed,
        ExecutionSource source,
        String sourceDetail,
        String note,
        String updatedBy,
        Instant updatedAt,
        @Version Long version,
        List<PendingEvent> outbox) implements HasOutbox, TenantDocuments.OfAStreet {

    static final String COLLECTION = "execution_summaries";

    ExecutionSummary {
        outbox = HasOutbox.kept(outbox);
    }

    /** The version the store gives this document when it saves it: 0 for the first save, then one up each time. */
    long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    /** The summary as consumers receive it, stamped with the given revision. */
    ExecutionSummaryReported snapshot(long revision) {
        return new ExecutionSummaryReported(id, districtId, tenantId, executed, source, sourceDetail, note, revision);
    }

    /** The same document with more events waiting to be sent, after those still waiting. */
    ExecutionSummary withEvents(List<PendingEvent> events) {
        return new ExecutionSummary(id, districtId, tenantId, executed, source, sourceDetail, note, updatedBy,
                updatedAt, version, HasOutbox.plus(outbox, events));
    }
}
