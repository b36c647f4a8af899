package cn.jixiao.project.project;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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

    public Flux<Project> visibleTo(TenantAccess access, Integer year, int page, int size) {
        Criteria filter = year == null ? new Criteria() : Criteria.where("year").is(year);
        return mongo.find(TenantCriteria.allVisible(access, filter)
                .with(Sort.by("year").descending().and(Sort.by("code")))
                .skip((long) page * size).limit(size), Project.class);
    }

    public Mono<Project> findVisible(TenantAccess access, String id) {
        return mongo.findOne(TenantCriteria.oneVisible(access, id), Project.class);
    }
}
