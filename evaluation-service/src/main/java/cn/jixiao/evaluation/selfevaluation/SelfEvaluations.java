package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.jixiao.evaluation.template.TemplateRef;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * The self-evaluations store. Every read is limited to what the caller may see. Every write goes through
 * {@link #written}, which tells the {@link EvaluationStored} listeners (the district overview's board) what was
 * stored.
 */
@Repository
public class SelfEvaluations {

    private final ReactiveMongoTemplate mongo;
    private final List<EvaluationStored> listeners;

    public SelfEvaluations(ReactiveMongoTemplate mongo, List<EvaluationStored> listeners) {
        this.mongo = mongo;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Opens the first-round draft of a newly registered project. An upsert: a redelivered event leaves the
     * existing evaluation as it is (the project's facts it sets are the same), and a draft a scoring event opened
     * first gets the project's code, name and year. A new draft records the template version that will score it.
     */
    public Mono<SelfEvaluation> openDraft(String evaluationId, RegisteredProject project, TemplateRef template,
                                          Instant openedAt) {
        Query firstRound = Query.query(Criteria.where("projectId").is(project.projectId()).and("round").is(1));
        Update draft = new Update()
                .setOnInsert("_id", evaluationId)
                .setOnInsert("districtId", project.districtId())
                .setOnInsert("tenantId", project.streetId())
                .set("projectCode", project.code())
                .set("projectName", project.name())
                .set("year", project.year())
                .setOnInsert("workflow.status", EvaluationStatus.DRAFT)
                .setOnInsert("openedAt", openedAt)
                .setOnInsert("template", template)
                .setOnInsert("version", 0L);
        return written(mongo.findAndModify(firstRound, draft,
                FindAndModifyOptions.options().upsert(true).returnNew(true), SelfEvaluation.class));
    }

    /** The project's first round, if any event opened it already. */
    public Mono<SelfEvaluation> firstRound(String projectId) {
        return mongo.findOne(Query.query(Criteria.where("projectId").is(projectId).and("round").is(1)),
                SelfEvaluation.class);
    }

    /**
     * The project's latest round, for applying a scoring event to it: project data always goes to the round in
     * progress, earlier rounds stay as they were finalized. Project-service keys its events by project, so
     * ProjectRegistered normally opened the first round already; should a scoring event come first, the draft is
     * opened from the event's street and district, and the registration later fills in the rest.
     */
    public Mono<SelfEvaluation> latestOf(String projectId, String districtId, String streetId, Instant at) {
        Query latest = Query.query(Criteria.where("projectId").is(projectId))
                .with(Sort.by(Sort.Direction.DESC, "round")).limit(1);
        Query firstRound = Query.query(Criteria.where("projectId").is(projectId).and("round").is(1));
        Update draft = new Update()
                .setOnInsert("_id", UUID.randomUUID().toString())
                .setOnInsert("districtId", districtId)
                .setOnInsert("tenantId", streetId)
                .setOnInsert("workflow.status", EvaluationStatus.DRAFT)
                .setOnInsert("openedAt", at)
                // project-service relays each aggregate's outbox on its own, so a budget can arrive before the
                // registration: the year is unknown (0) until the registration fills it in
                .setOnInsert("year", 0)
                .setOnInsert("version", 0L);
        return mongo.findOne(latest, SelfEvaluation.class)
                .switchIfEmpty(Mono.defer(() -> written(mongo.findAndModify(firstRound, draft,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), SelfEvaluation.class))));
    }

    /** The project's latest round, among those the caller may see. */
    public Mono<SelfEvaluation> latestVisible(TenantAccess access, String projectId) {
        return mongo.findOne(TenantCriteria.allVisible(access, Criteria.where("projectId").is(projectId))
                .with(Sort.by(Sort.Direction.DESC, "round")).limit(1), SelfEvaluation.class);
    }

    /** Every round of the project, oldest first, if the caller may see them. */
    public Flux<SelfEvaluation> roundsVisible(TenantAccess access, String projectId) {
        return mongo.find(TenantCriteria.allVisible(access, Criteria.where("projectId").is(projectId))
                .with(Sort.by("round")), SelfEvaluation.class);
    }

    /**
     * Stores a new round. The unique index on project and round makes a second, concurrent reopening of the
     * same round fail instead of creating two.
     */
    public Mono<SelfEvaluation> insert(SelfEvaluation evaluation) {
        return written(mongo.insert(evaluation));
    }

    /**
     * Stores the evaluation in one write, with the events in its outbox; a concurrent change fails the version
     * check (a redelivered event is then retried, a person gets 409).
     */
    public Mono<SelfEvaluation> save(SelfEvaluation evaluation) {
        return written(mongo.save(evaluation));
    }

    /** The one place every write passes: the listeners see the evaluation as stored, with its new version. */
    private Mono<SelfEvaluation> written(Mono<SelfEvaluation> write) {
        return write.doOnNext(stored -> listeners.forEach(listener -> listener.stored(stored)));
    }

    public Flux<SelfEvaluation> visibleTo(TenantAccess access, String projectId) {
        Criteria filter = projectId == null ? new Criteria() : Criteria.where("projectId").is(projectId);
        return mongo.find(TenantCriteria.allVisible(access, filter).with(Sort.by("year").descending()
                .and(Sort.by("projectCode"))), SelfEvaluation.class);
    }

    /** Every round of every project of the budget year that the caller may see. */
    public Flux<SelfEvaluation> ofYearVisible(TenantAccess access, int year) {
        return mongo.find(TenantCriteria.allVisible(access, Criteria.where("year").is(year)), SelfEvaluation.class);
    }

    public Mono<SelfEvaluation> findVisible(TenantAccess access, String id) {
        return TenantDocuments.visible(mongo, access, id, SelfEvaluation.class);
    }
}
