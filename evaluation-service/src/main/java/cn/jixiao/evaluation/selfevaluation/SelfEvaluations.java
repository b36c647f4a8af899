package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;

/** The self-evaluations store. Every read is limited to what the caller may see. */
@Repository
public class SelfEvaluations {

    private final ReactiveMongoTemplate mongo;

    public SelfEvaluations(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Opens the first-round draft of a newly registered project. An upsert that only sets fields on insert,
     * so a redelivered event leaves the existing evaluation exactly as it is.
     */
    public Mono<SelfEvaluation> openDraft(String evaluationId, ProjectRegistered project, Instant openedAt) {
        Query firstRound = Query.query(Criteria.where("projectId").is(project.projectId()).and("round").is(1));
        Update draft = new Update()
                .setOnInsert("_id", evaluationId)
                .setOnInsert("districtId", project.districtId())
                .setOnInsert("tenantId", project.streetId())
                .setOnInsert("projectCode", project.code())
                .setOnInsert("projectName", project.name())
                .setOnInsert("year", project.year())
                .setOnInsert("status", EvaluationStatus.DRAFT)
                .setOnInsert("openedAt", openedAt)
                .setOnInsert("version", 0L);
        return mongo.findAndModify(firstRound, draft, FindAndModifyOptions.options().upsert(true).returnNew(true),
                SelfEvaluation.class);
    }

    public Flux<SelfEvaluation> visibleTo(TenantAccess access, String projectId) {
        Criteria filter = projectId == null ? new Criteria() : Criteria.where("projectId").is(projectId);
        return mongo.find(TenantCriteria.allVisible(access, filter).with(Sort.by("year").descending()
                .and(Sort.by("projectCode"))), SelfEvaluation.class);
    }

    public Mono<SelfEvaluation> findVisible(TenantAccess access, String id) {
        return mongo.findOne(TenantCriteria.oneVisible(access, id), SelfEvaluation.class);
    }
}
