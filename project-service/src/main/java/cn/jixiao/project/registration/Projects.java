package cn.jixiao.project.registration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    public Flux<Project> visibleTo(TenantAccess access, Integer year, int page, int size) {
        Criteria criteria = TenantCriteria.visibleTo(access);
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        return mongo.find(Query.query(criteria)
                .with(Sort.by("year").descending().and(Sort.by("code")))
                .skip((long) page * size).limit(size), Project.class);
    }

    public Mono<Project> findVisible(TenantAccess access, String id) {
        return mongo.findOne(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id),
                TenantCriteria.visibleTo(access))), Project.class);
    }
}
