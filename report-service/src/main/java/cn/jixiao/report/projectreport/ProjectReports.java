package cn.jixiao.report.projectreport;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;

/** The report files store. Every read is limited to what the caller may see. */
@Repository
public class ProjectReports {

    private final ReactiveMongoTemplate mongo;

    public ProjectReports(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records a registered project; keyed by project id, so applying the same event twice changes nothing. */
    public Mono<Void> registered(ProjectRegistered project, Instant at) {
        Update facts = new Update()
                .set("districtId", project.districtId())
                .set("tenantId", project.streetId())
                .set("projectCode", project.code())
                .set("projectName", project.name())
                .set("year", project.year())
                .set("competentDepartment", project.competentDepartment())
                .set("implementingUnit", project.implementingUnit())
                .setOnInsert("registeredAt", at);
        return mongo.upsert(Query.query(Criteria.where("_id").is(project.projectId())), facts, ProjectReport.class).then();
    }

    public Flux<ProjectReport> visibleTo(TenantAccess access, Integer year) {
        Criteria filter = year == null ? new Criteria() : Criteria.where("year").is(year);
        return mongo.find(TenantCriteria.allVisible(access, filter).with(Sort.by("year").descending()
                .and(Sort.by("projectCode"))), ProjectReport.class);
    }

    public Mono<ProjectReport> findVisible(TenantAccess access, String projectId) {
        return mongo.findOne(TenantCriteria.oneVisible(access, projectId), ProjectReport.class);
    }
}
