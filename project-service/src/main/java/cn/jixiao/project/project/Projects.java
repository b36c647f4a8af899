package cn.jixiao.project.project;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;

/** The projects store. Every read is limited to what the caller may see. */
@Repository
public class Projects {

    private final ReactiveMongoTemplate mongo;

    public Projects(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Project> insert(Project project) {
        return mongo.insert(project);
    }

    /** Saves a change; fails with an optimistic-locking error if the stored version is not the one it is based on. */
    public Mono<Project> save(Project project) {
        return mongo.save(project);
    }

    public Flux<Project> visibleTo(TenantAccess access, ProjectFilter filter, int page, int size) {
        return mongo.find(TenantCriteria.allVisible(access, filter.criteria())
                .with(Sort.by("year").descending().and(Sort.by("tenantId", "code")))
                .skip((long) page * size).limit(size), Project.class);
    }

    public Mono<Long> countVisible(TenantAccess access, ProjectFilter filter) {
        return mongo.count(TenantCriteria.allVisible(access, filter.criteria()), Project.class);
    }

    public Mono<Project> findVisible(TenantAccess access, String id) {
        return mongo.findOne(TenantCriteria.oneVisible(access, id), Project.class);
    }
}
