package cn.jixiao.report.readmodel;

import java.util.List;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * report-service's own copy of the projects and their evaluations. Every change is a read, a change in plain
 * Java, and one versioned write of the one document; a write that lost a race with another delivery is
 * simply done again on the newer document.
 */
@Repository
public class ReadModel {

    /** Two deliveries of the same project racing each other; a few attempts always settle it. */
    private static final Retry LOST_RACE = Retry.max(5).filter(error ->
            error instanceof OptimisticLockingFailureException || error instanceof DuplicateKeyException);

    private final ReactiveMongoTemplate mongo;

    public ReadModel(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies {@code change} to the project's facts, opening them if this is the first event heard of it. */
    public Mono<Void> changeProject(String projectId, String districtId, String tenantId,
                                    UnaryOperator<ProjectFacts> change) {
        return Mono.defer(() -> mongo.findById(projectId, ProjectFacts.class)
                        .defaultIfEmpty(ProjectFacts.opened(projectId, districtId, tenantId))
                        .flatMap(facts -> {
                            ProjectFacts changed = change.apply(facts);
                            return changed.equals(facts) ? Mono.<ProjectFacts>empty() : mongo.save(changed);
                        }))
                .retryWhen(LOST_RACE)
                .then();
    }

    /** Applies {@code change} to the project's form of a monitoring round, opening it on the first event of it. */
    public Mono<Void> changeMonitoring(String projectId, String roundId, String districtId, String tenantId,
                                       UnaryOperator<MonitoringRecord> change) {
        return Mono.defer(() -> mongo.findById(MonitoringRecord.idOf(projectId, roundId), MonitoringRecord.class)
                        .defaultIfEmpty(MonitoringRecord.opened(projectId, roundId, districtId, tenantId))
                        .flatMap(form -> {
                            MonitoringRecord changed = change.apply(form);
                            return changed.equals(form) ? Mono.<MonitoringRecord>empty() : mongo.save(changed);
                        }))
                .retryWhen(LOST_RACE)
                .then();
    }

    /** Keeps a monitoring round as opened; a round never changes, so writing it again is harmless. */
    public Mono<Void> recordRound(MonitoringRound round) {
        return mongo.save(round).then();
    }

    /**
     * The project's 绩效监控表 of the round as heard of here (a review may have come before its submission). Takes the
     * project's facts, like the evaluation lookups: the caller read the project through the tenant check first, and
     * the form must be of the same district and street.
     */
    public Mono<MonitoringRecord> monitoring(ProjectFacts project, String roundId) {
        return mongo.findById(MonitoringRecord.idOf(project.projectId(), roundId), MonitoringRecord.class)
                .filter(form -> form.districtId().equals(project.districtId())
                        && form.tenantId().equals(project.tenantId()));
    }

    /** The round as its district opened it, if it is known here and is the project's district's. */
    public Mono<MonitoringRound> round(ProjectFacts project, String roundId) {
        return mongo.findById(roundId, MonitoringRound.class)
                .filter(round -> round.districtId().equals(project.districtId()));
    }

    /** Keeps a template version's report sections; a version never changes, so writing it again is harmless. */
    public Mono<Void> recordTemplate(TemplatePublished template) {
        return mongo.save(TemplateOutline.of(template)).then();
    }

    /** The report sections of a template version, empty when none are known. */
    public Mono<List<String>> sectionsOf(String templateId, int version) {
        return mongo.findById(TemplateOutline.idOf(templateId, version), TemplateOutline.class)
                .map(TemplateOutline::sections)
                .defaultIfEmpty(List.of());
    }

    /** Keeps the evaluation if it is the newest snapshot of it. */
    public Mono<Void> recordEvaluation(Evaluation snapshot) {
        return Mono.defer(() -> mongo.findById(snapshot.evaluationId(), EvaluationRecord.class)
                        .flatMap(known -> {
                            EvaluationRecord newest = known.with(snapshot);
                            return newest.equals(known) ? Mono.just(known) : mongo.save(newest);
                        })
                        .switchIfEmpty(Mono.defer(() -> mongo.insert(EvaluationRecord.of(snapshot)))))
                .retryWhen(LOST_RACE)
                .then();
    }

    /** The registered projects the caller may see, newest year first, then by code; all years when none is given. */
    public Flux<ProjectFacts> visibleProjects(TenantAccess access, Integer year) {
        Criteria registered = Criteria.where("registration").ne(null);
        if (year != null) {
            registered = registered.and("registration.year").is(year);
        }
        return mongo.find(TenantCriteria.allVisible(access, registered)
                .with(Sort.by(Sort.Direction.DESC, "registration.year").and(Sort.by("registration.code"))), ProjectFacts.class);
    }

    /** The project's facts, if the caller may see the project. */
    public Mono<ProjectFacts> visibleProject(TenantAccess access, String projectId) {
        return TenantDocuments.visible(mongo, access, projectId, ProjectFacts.class);
    }

    /**
     * The project's facts without a tenant check: only for the service's own work (a render job), never on a
     * user's request ({@link #visibleProject} is that one).
     */
    public Mono<ProjectFacts> projectUnchecked(String projectId) {
        return mongo.findById(projectId, ProjectFacts.class);
    }

    /** A street's project by the code the finance bureau assigned it, once its registration was heard of. */
    public Mono<ProjectFacts> projectByCode(String districtId, String tenantId, String code) {
        return mongo.findOne(Query.query(Criteria.where(TenantCriteria.DISTRICT).is(districtId)
                .and(TenantCriteria.TENANT_ID).is(tenantId).and("registration.code").is(code)), ProjectFacts.class);
    }

    /*
     * The evaluation lookups take the project's facts, not its id: a caller must have read the project first, through
     * the tenant check (visibleProject) or as the service's own work (projectUnchecked). They keep to the project's
     * district and street, so an evaluation recorded under another street never shows in this project's report.
     */

    /** The evaluation of a round of the project; the newest one should a round have had several. */
    public Mono<EvaluationRecord> evaluation(ProjectFacts project, int round) {
        Query query = Query.query(ofProject(project).and("round").is(round))
                .with(Sort.by(Sort.Direction.DESC, "revision")).limit(1);
        return mongo.findOne(query, EvaluationRecord.class);
    }

    /** The project's evaluations, latest round first. */
    public Flux<EvaluationRecord> evaluations(ProjectFacts project) {
        return mongo.find(Query.query(ofProject(project))
                .with(Sort.by(Sort.Direction.DESC, "round", "revision")), EvaluationRecord.class);
    }

    /** The round a report is about when none is named: the latest evaluation's, or 1 before any is heard of. */
    public Mono<Integer> currentRound(ProjectFacts project) {
        return evaluations(project).next().map(EvaluationRecord::round).defaultIfEmpty(1);
    }

    private static Criteria ofProject(ProjectFacts project) {
        return Criteria.where("projectId").is(project.projectId())
                .and(TenantCriteria.DISTRICT).is(project.districtId())
                .and(TenantCriteria.TENANT_ID).is(project.tenantId());
    }
}
