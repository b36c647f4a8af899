package cn.jixiao.project.ledger;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantDocuments;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The ledgers store. Changes are single-document update operations, each guarded by what it depends on,
 * so that a change never overwrites another made in between (and never puts back an event the outbox
 * relay already sent and removed).
 */
@Repository
class Ledgers {

    private final ReactiveMongoTemplate mongo;

    Ledgers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Ledger> visible(TenantAccess access, String projectId) {
        return TenantDocuments.visible(mongo, access, projectId, Ledger.class);
    }

    Mono<Ledger> find(String projectId) {
        return mongo.findById(projectId, Ledger.class);
    }

    /** The project's ledger, opened empty on first use. */
    Mono<Ledger> open(Project project) {
        return find(project.id()).switchIfEmpty(Mono.defer(() -> mongo.insert(Ledger.opened(project))
                .onErrorResume(DuplicateKeyException.class, openedMeanwhile -> find(project.id()))));
    }

    /** Notes that a batch's entries are about to be written, so that they can be swept if the writer dies. */
    Mono<Void> startBatch(String projectId, Ledger.PendingBatch batch) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(projectId)),
                new Update().push("pendingBatches", batch), Ledger.class).then();
    }

    /**
     * Commits a pending batch: its entries count from this write on. Applies only on top of {@code readAt}'s
     * version and only while the batch is still pending; answers whether it applied.
     */
    Mono<Boolean> commit(Ledger readAt, Ledger.CommittedBatch batch, SpendingTotals totals, List<PendingEvent> events) {
        Query unchanged = Query.query(Criteria.where("_id").is(readAt.projectId()).and("version").is(readAt.version())
                .and("pendingBatches.batchId").is(batch.batchId()));
        Update commit = new Update()
                .set("totals", totals)
                .inc("version", 1)
                .push("committedBatches", batch)
                .pull("pendingBatches", Query.query(Criteria.where("batchId").is(batch.batchId())));
        commit.push(PendingEvent.FIELD).each(events.toArray());
        return mongo.updateFirst(unchanged, commit, Ledger.class).map(result -> result.getModifiedCount() == 1);
    }

    /** Forgets a pending batch (after its entries were removed). */
    Mono<Void> forget(String projectId, String batchId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(projectId)),
                new Update().pull("pendingBatches", Query.query(Criteria.where("batchId").is(batchId))), Ledger.class).then();
    }

    /** Ledgers with a batch pending since before {@code cutoff}: their writer died or gave up. */
    Flux<Ledger> withBatchPendingSince(Instant cutoff) {
        return mongo.find(Query.query(Criteria.where("pendingBatches.startedAt").lt(cutoff)), Ledger.class);
    }
}
