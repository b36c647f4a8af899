package cn.jixiao.project.tenants;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.jixiao.tenancy.TenantAccess;

/** The append-only record of onboarding and account administration. */
@Component
class TenantAudit {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    TenantAudit(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<TenantAuditEntry> record(TenantAccess actor, String tenantId, String action, Map<String, Object> details) {
        return mongo.insert(new TenantAuditEntry(UUID.randomUUID().toString(), tenantId, action, actor.username(),
                actor.subject(), details, clock.instant()));
    }

    Flux<TenantAuditEntry> of(String tenantId) {
        return mongo.find(Query.query(Criteria.where("tenantId").is(tenantId)).with(Sort.by("at")), TenantAuditEntry.class);
    }
}
