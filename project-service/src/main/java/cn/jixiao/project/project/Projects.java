package cn.jixiao.project.project;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;
import cn.jixiao.tenancy.TenantDocuments;

/** The projects store. Every read is limited to what the caller may see. */
@Repository
public class Projects {

    private final ReactiveMongoTemplate mongo;
    private final ProjectListReadModel list;

    public Projects(ReactiveMongoTemplate mongo, ProjectListReadModel list) {
        this.mongo = mongo;
        this.list = list;
    }

    /** Stores a new project; this instance's list shows it at once (the others on its event). */
    public Mono<Project> insert(Project project) {
        return mongo.insert(project).doOnNext(list::keep);
    }

    /**
     * Saves a change; fails with an optimistic-locking error if the stored version is not the one it is based on.
     * This instance's list shows the change at once (the others on its event).
     */
    public Mono<Project> save(Project project) {
        return mongo.save(project).doOnNext(list::keep);
    }

    public Flux<Project> visibleTo(TenantAccess access, ProjectFilter filter, int page, int size) {
        return mongo.find(TenantCriteria.allVisible(access, filter.criteria())
                .with(ListOrder.IN_THE_STORE)
                .skip((long) page * size).limit(size), Project.class);
    }

    public Mono<Long> countVisible(TenantAccess access, ProjectFilter filter) {
        return mongo.count(TenantCriteria.allVisible(access, filter.criteria()), Project.class);
    }

    public Mono<Project> findVisible(TenantAccess access, String id) {
        return TenantDocuments.visible(mongo, access, id, Project.class);
    }
}
