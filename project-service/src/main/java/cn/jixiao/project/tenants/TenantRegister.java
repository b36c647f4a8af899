package cn.jixiao.project.tenants;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The platform's list of districts and streets, kept by project-service beside the realm's groups. */
@Repository
class TenantRegister {

    private final ReactiveMongoTemplate mongo;

    TenantRegister(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Tenant> insert(Tenant tenant) {
        return mongo.insert(tenant);
    }

    /** Saves a change; fails if someone else changed the tenant since it was read. */
    Mono<Tenant> save(Tenant tenant) {
        return mongo.save(tenant);
    }

    Mono<Tenant> byId(String id) {
        return mongo.findById(id, Tenant.class);
    }

    Mono<Boolean> hasGroup(String groupPath) {
        return mongo.exists(Query.query(Criteria.where("groupPath").is(groupPath)), Tenant.class);
    }

    Flux<Tenant> all() {
        return mongo.find(new Query().with(Sort.by("districtId", "groupPath")), Tenant.class);
    }

    Flux<Tenant> ofDistrict(String districtId) {
        return mongo.find(Query.query(Criteria.where("districtId").is(districtId)).with(Sort.by("groupPath")), Tenant.class);
    }

    Flux<Tenant> disabled() {
        return mongo.find(Query.query(Criteria.where("status").is(TenantStatus.DISABLED)), Tenant.class);
    }
}
