package cn.jixiao.project.evidence;

import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.project.project.Project;
import cn.jixiao.tenancy.TenantDocuments;
import cn.jixiao.tenancy.TenantAccess;

/** The evidence registers store. Reads are limited to what the caller may see. */
@Repository
class EvidenceRegisters {

    /** Enough for a handful of editors of one street changing the list at the same moment. */
    private static final int ATTEMPTS = 3;

    private final ReactiveMongoTemplate mongo;

    EvidenceRegisters(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The project's register, empty if nothing was attached yet. */
    Mono<EvidenceRegister> of(TenantAccess access, Project project) {
        return TenantDocuments.visible(mongo, access, project.id(), EvidenceRegister.class)
                .defaultIfEmpty(EvidenceRegister.empty(project));
    }

    /**
     * Makes a change to the latest register and saves it, with its events, in one write. If someone else's
     * change was saved in between, the change is made again on top of theirs: changes to the list never
     * overwrite each other, and the second one sees what the first did (the position it took, an item it
     * withdrew).
     */
    <T> Mono<T> change(TenantAccess access, Project project, Function<EvidenceRegister, Changed<T>> change) {
        return Mono.defer(() -> of(access, project)
                        .map(change)
                        .flatMap(changed -> save(changed.register()).thenReturn(changed.result())))
                .retryWhen(Retry.max(ATTEMPTS - 1)
                        .filter(EvidenceRegisters::concurrentWrite)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    /**
     * Saves a change; fails with an optimistic-locking error if the stored version is not the one it is based
     * on, or with a duplicate-key error if two first attachments of a project race.
     */
    Mono<EvidenceRegister> save(EvidenceRegister register) {
        return mongo.save(register);
    }

    private static boolean concurrentWrite(Throwable failure) {
        return failure instanceof OptimisticLockingFailureException || failure instanceof DuplicateKeyException;
    }

    /** A register to save and what the change answers once it is saved. */
    record Changed<T>(EvidenceRegister register, T result) {
    }
}
