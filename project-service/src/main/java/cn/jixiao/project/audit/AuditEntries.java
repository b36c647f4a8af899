package cn.jixiao.project.audit;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The audit trail's store: append-only. Entries are inserted, never saved over, updated or deleted. */
@Repository
class AuditEntries {

    private final ReactiveMongoTemplate mongo;

    AuditEntries(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts the entry; an entry with its id already there is the same entry delivered again, and stays as it is. */
    Mono<Void> append(AuditEntry entry) {
        return mongo.insert(entry).then().onErrorResume(DuplicateKeyException.class, again -> Mono.empty());
    }

    Flux<AuditEntry> ofProject(String districtId, String projectId) {
        return mongo.find(Query.query(Criteria.where("districtId").is(districtId).and("projectId").is(projectId))
                .with(Sort.by("at")), AuditEntry.class);
    }
}
