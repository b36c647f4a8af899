package cn.jixiao.project.evidence;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;

/** The evidence registers store. Reads are limited to what the caller may see. */
@Repository
class EvidenceRegisters {

    private final ReactiveMongoTemplate mongo;

    EvidenceRegisters(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The project's register, empty if nothing was attached yet. */
    Mono<EvidenceRegister> of(TenantAccess access, Project project) {
        return mongo.findOne(TenantCriteria.oneVisible(access, project.id()), EvidenceRegister.class)
                .defaultIfEmpty(EvidenceRegister.empty(project));
    }

    /**
     * Saves a change; fails with an optimistic-locking error if the stored version is not the one it is based
     * on, or with a duplicate-key error if two first attachments of a project race.
     */
    Mono<EvidenceRegister> save(EvidenceRegister register) {
        return mongo.save(register);
    }
}
