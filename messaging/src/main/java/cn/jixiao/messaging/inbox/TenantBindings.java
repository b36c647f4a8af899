package cn.jixiao.messaging.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import cn.jixiao.contracts.EventEnvelope;

/**
 * Which tenant each aggregate belongs to, in this service's database: bound by the first event seen for it, so
 * an event that arrives before the aggregate's registration still binds it to its own tenant, and every later
 * event for it must come from that tenant.
 *
 * <p>One binding per aggregate for the whole service, not per consumer: a consumer that only sees late events
 * (the renders of finalized evaluations) must not let a forged event be the first it sees of a project the
 * service already knows. The binding is one document with the aggregate's key as {@code _id}, inserted only if
 * absent: the store has no transactions, and the unique {@code _id} settles two deliveries racing each other.
 */
public class TenantBindings {

    static final String COLLECTION = "tenant_bindings";

    private final ReactiveMongoTemplate mongo;

    public TenantBindings(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Binds the event's aggregates not bound yet, and answers why the event must be refused, or nothing when it
     * may be applied. An aggregate is bound only once every aggregate the event names is free or already its
     * tenant's, so a refused event binds nothing.
     */
    public Mono<Refusal> check(String consumer, EventEnvelope<?> event, TenantClaim claim) {
        for (Aggregate aggregate : claim.aggregates()) {
            if (!aggregate.named()) {
                return Mono.just(Refusal.unnamed(aggregate));
            }
        }
        String payloadTenant = claim.payloadTenant().orElse(event.tenantId());
        if (!payloadTenant.equals(event.tenantId())) {
            return Mono.just(Refusal.payloadTenantMismatch(claim.principal(), payloadTenant, event.tenantId()));
        }
        TenantOwner claimed = new TenantOwner(event.tenantId(), claim.districtId());
        List<String> keys = claim.aggregates().stream().map(Aggregate::key).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, COLLECTION)
                .collectMap(binding -> binding.getString("_id"))
                .flatMap(bound -> {
                    for (Aggregate aggregate : claim.aggregates()) {
                        Document binding = bound.get(aggregate.key());
                        if (binding != null && !ownerOf(binding).equals(claimed)) {
                            return Mono.just(Refusal.anotherTenants(aggregate, ownerOf(binding), claimed));
                        }
                    }
                    return bindTheFree(consumer, event, claim, claimed, bound);
                });
    }

    private Mono<Refusal> bindTheFree(String consumer, EventEnvelope<?> event, TenantClaim claim, TenantOwner claimed,
                                      Map<String, Document> bound) {
        return Flux.fromIterable(claim.aggregates())
                .filter(aggregate -> !bound.containsKey(aggregate.key()))
                .concatMap(aggregate -> bindIfAbsent(consumer, event, aggregate, claimed))
                .next();
    }

    private Mono<Refusal> bindIfAbsent(String consumer, EventEnvelope<?> event, Aggregate aggregate,
                                       TenantOwner claimed) {
        Document binding = new Document("_id", aggregate.key())
                .append("tenantId", claimed.tenantId())
                .append("districtId", claimed.districtId())
                .append("boundBy", consumer)
                .append("eventId", event.eventId().toString())
                .append("eventType", event.type())
                .append("boundAt", Instant.now());
        return mongo.insert(binding, COLLECTION)
                .then(Mono.<Refusal>empty())
                .onErrorResume(DuplicateKeyException.class, boundMeanwhile -> mongo
                        .findById(aggregate.key(), Document.class, COLLECTION)
                        .map(TenantBindings::ownerOf)
                        .filter(owner -> !owner.equals(claimed))
                        .map(owner -> Refusal.anotherTenants(aggregate, owner, claimed)));
    }

    /** The tenant an aggregate is bound to, if any. */
    public Mono<String> tenantOf(Aggregate aggregate) {
        return mongo.findById(aggregate.key(), Document.class, COLLECTION)
                .map(binding -> Objects.requireNonNull(binding.getString("tenantId")));
    }

    private static TenantOwner ownerOf(Document binding) {
        return new TenantOwner(binding.getString("tenantId"), binding.getString("districtId"));
    }
}
