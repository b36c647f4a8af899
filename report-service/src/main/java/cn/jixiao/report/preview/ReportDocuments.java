package cn.jixiao.report.preview;

import java.util.Optional;
import java.util.function.IntFunction;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.report.assembly.FinalRenderCheck;
import cn.jixiao.report.assembly.ReportAssembler;
import cn.jixiao.report.assembly.ReportInputs;
import cn.jixiao.report.assembly.ReportOutline;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.readmodel.ReportAccess;
import cn.jixiao.report.texts.ReportTextsService;
import cn.jixiao.report.texts.SectionTexts;
import cn.jixiao.tenancy.TenantAccess;

/** Puts a report's document together from the read model and the street's texts, for a reader or a render job. */
@Service
public class ReportDocuments {

    private final ReadModel model;
    private final ReportAccess access;
    private final ReportTextsService texts;

    ReportDocuments(ReadModel model, ReportAccess access, ReportTextsService texts) {
        this.model = model;
        this.access = access;
        this.texts = texts;
    }

    /**
     * A report as assembled, with what it was assembled from: the project, the round, and the evaluation
     * ({@code null} before evaluation-service has scored the round), read once, so a render records exactly the
     * revision its document shows.
     */
    public record Assembled(ProjectFacts project, int round, EvaluationRecord evaluation, ReportDocument document) {
    }

    /** The report of the round ({@code null}: the current round), if the reader may see the project. */
    public Mono<ReportDocument> forReader(TenantAccess reader, String projectId, Integer round) {
        return assembledForReader(reader, projectId, round).map(Assembled::document);
    }

    /** As {@link #forReader}, with what the report was assembled from. */
    public Mono<Assembled> assembledForReader(TenantAccess reader, String projectId, Integer round) {
        return access.readable(reader, projectId, round)
                .flatMap(project -> assemble(project, round,
                        current -> texts.textsFor(reader, project, current)));
    }

    /**
     * The report of the round ({@code null}: the current round) for the service's own work (a render job); no
     * caller to check, so only the render worker's path may call it.
     */
    public Mono<Assembled> forRenderingUnchecked(String projectId, Integer round) {
        return model.projectUnchecked(projectId)
                .switchIfEmpty(Mono.error(() -> ReportAccess.notFound(projectId, round)))
                .flatMap(project -> assemble(project, round,
                        current -> texts.textsForUnchecked(project, current)));
    }

    /** The report of the round, refused with 422 listing every missing part unless it is complete. */
    public Mono<ReportDocument> completeForRenderingUnchecked(String projectId, int round) {
        return forRenderingUnchecked(projectId, round).map(Assembled::document).map(FinalRenderCheck::requireComplete);
    }

    private Mono<Assembled> assemble(ProjectFacts project, Integer requestedRound,
                                     IntFunction<Mono<SectionTexts>> textsOfRound) {
        String projectId = project.projectId();
        return model.currentRound(project).flatMap(current -> {
            int round = requestedRound == null ? current : requestedRound;
            if (round < 1 || round > current) {
                return Mono.error(ReportAccess.notFound(projectId, round));
            }
            return model.evaluation(project, round)
                    .map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(record -> {
                        Evaluation evaluation = record.map(EvaluationRecord::snapshot).orElse(null);
                        return outlineOf(evaluation).zipWith(textsOfRound.apply(round), (outline, written) ->
                                new Assembled(project, round, record.orElse(null), ReportAssembler.assemble(
                                        new ReportInputs(project, evaluation, written, outline))));
                    });
        });
    }

    /**
     * The sections of the template version the project is scored under, as its evaluation records it (ADR 0008),
     * never the district's current choice; the national six when the evaluation names none, or when that
     * version's sections are not known here.
     */
    private Mono<ReportOutline> outlineOf(Evaluation evaluation) {
        Evaluation.TemplateVersion template = evaluation == null ? null : evaluation.scoringTemplate();
        if (template == null) {
            return Mono.just(ReportOutline.standard());
        }
        return model.sectionsOf(template.templateId(), template.version()).map(ReportOutline::of);
    }
}
