package cn.jixiao.report.texts;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.readmodel.ReportAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Reads and changes the texts of a report. Only the street's editors change them, only on top of the version
 * they read, and only until the district finalizes the evaluation: a finalized report says what was approved.
 */
@Service
public class ReportTextsService {

    private final ReactiveMongoTemplate mongo;
    private final ReadModel model;
    private final ReportAccess access;
    private final Clock clock;

    ReportTextsService(ReactiveMongoTemplate mongo, ReadModel model, ReportAccess access, Clock clock) {
        this.mongo = mongo;
        this.model = model;
        this.access = access;
        this.clock = clock;
    }

    /** The texts of the report of {@code round}, or what a new report starts with. */
    public Mono<ReportTextsView> read(TenantAccess reader, String projectId, int round) {
        return report(reader, projectId, round).flatMap(project -> textsOf(project, round)
                .zipWith(finalized(project, round), (texts, isFinal) -> texts.editable(!isFinal)));
    }

    /** The texts of the report of the current round (the latest evaluation's, else 1). */
    public Mono<ReportTextsView> readCurrent(TenantAccess reader, String projectId) {
        // the project's check first: its rounds are not told to a caller who may not see it
        return access.readable(reader, projectId, null)
                .flatMap(model::currentRound)
                .flatMap(round -> read(reader, projectId, round));
    }

    /** The texts the report of the round prints, as {@link #read} shows them, if the reader may see the project. */
    public Mono<SectionTexts> textsFor(TenantAccess reader, ProjectFacts project, int round) {
        if (!reader.canRead(project.districtId(), project.tenantId())) {
            return Mono.error(ReportAccess.notFound(project.projectId(), round));
        }
        return textsOf(project, round).map(ReportTextsView::texts);
    }

    /**
     * The texts the report of the round prints, without a tenant check: only for the service's own work (a
     * render job), never on a user's request.
     */
    public Mono<SectionTexts> textsForUnchecked(ProjectFacts project, int round) {
        return textsOf(project, round).map(ReportTextsView::texts);
    }

    public Mono<ReportTextsView> update(TenantAccess editor, String projectId, int round, UpdateReportTexts change) {
        return report(editor, projectId, round)
                .filter(project -> editor.canEdit(project.districtId(), project.tenantId()))
                .switchIfEmpty(Mono.error(() -> ProblemException.forbidden(Bilingual.of(
                        "只有本街道的填报人员可以修改报告文字", "Only the street's editors may change the report's texts"))))
                .flatMap(project -> finalized(project, round).flatMap(isFinal -> isFinal
                        ? Mono.error(finalizedRefusal(projectId, round))
                        : save(editor, project, round, change)))
                .flatMap(saved -> read(editor, projectId, round));
    }

    private Mono<ReportTexts> save(TenantAccess editor, ProjectFacts project, int round, UpdateReportTexts change) {
        ReportTexts texts = new ReportTexts(ReportTexts.idOf(project.projectId(), round), project.projectId(), round,
                project.districtId(), project.tenantId(), change.texts(), editor.username(), clock.instant(),
                change.version());
        if (change.version() == null) {
            // someone else saved the first version meanwhile: the same conflict as an outdated version
            return mongo.insert(texts).onErrorMap(DuplicateKeyException.class,
                    raced -> new OptimisticLockingFailureException("report texts saved meanwhile", raced));
        }
        // saved only if the stored version is still the one read, else OptimisticLockingFailureException → 409
        return mongo.save(texts);
    }

    /** The project, if the caller may see it and the round exists (up to the current round). */
    private Mono<ProjectFacts> report(TenantAccess caller, String projectId, int round) {
        return access.readableRound(caller, projectId, round);
    }

    private Mono<ReportTextsView> textsOf(ProjectFacts project, int round) {
        Mono<ReportTextsView> saved = mongo.findById(ReportTexts.idOf(project.projectId(), round), ReportTexts.class)
                .map(texts -> new ReportTextsView(project.projectId(), round, texts.version(),
                        ReportTextsView.Origin.SAVED, true, texts.texts(), texts.updatedBy(), texts.updatedAt()));
        // a reopened evaluation's new report starts from what the street wrote last time, not from scratch
        Query earlier = Query.query(Criteria.where("projectId").is(project.projectId()).and("round").lt(round))
                .with(Sort.by(Sort.Direction.DESC, "round")).limit(1);
        Mono<ReportTextsView> carried = mongo.findOne(earlier, ReportTexts.class)
                .map(texts -> new ReportTextsView(project.projectId(), round, null,
                        ReportTextsView.Origin.PREVIOUS_ROUND, true, texts.texts(), null, null));
        Mono<ReportTextsView> standard = Mono.fromSupplier(() -> new ReportTextsView(project.projectId(), round,
                null, ReportTextsView.Origin.STANDARD, true, StandardWording.prefill(project), null, null));
        return saved.switchIfEmpty(carried).switchIfEmpty(standard);
    }

    private Mono<Boolean> finalized(ProjectFacts project, int round) {
        return model.evaluation(project, round).map(EvaluationRecord::isFinalized).defaultIfEmpty(false);
    }

    private static ProblemException finalizedRefusal(String projectId, int round) {
        return new ProblemException(HttpStatus.CONFLICT, "report-finalized",
                Bilingual.of("报告已定稿", "Report finalized"),
                Bilingual.of("该轮绩效自评已由区定稿，报告文字不能再修改；如需修改请由区退回重新评价",
                        "The district finalized this round of the evaluation; its report's texts can no longer "
                                + "change unless the district reopens it"))
                .with("projectId", projectId).with("round", round);
    }
}
