package cn.jixiao.report.preview;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.assembly.FinalRenderCheck;
import cn.jixiao.report.assembly.ReportAssembler;
import cn.jixiao.report.assembly.ReportInputs;
import cn.jixiao.report.assembly.ReportOutline;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.texts.ReportTextsService;
import cn.jixiao.tenancy.TenantAccess;

/** Puts a report's document together from the read model and the street's texts, for a reader or a render job. */
@Service
public class ReportDocuments {

    private final ReadModel model;
    private final ReportTextsService texts;

    ReportDocuments(ReadModel model, ReportTextsService texts) {
        this.model = model;
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
        return model.visibleProject(reader, projectId)
                .switchIfEmpty(Mono.error(() -> notFound(projectId, round)))
                .flatMap(project -> assemble(project, round))
                .map(Assembled::document);
    }

    /**
     * The report of the round ({@code null}: the current round) for the service's own work (a render job); no
     * caller to check.
     */
    public Mono<Assembled> forRendering(String projectId, Integer round) {
        return model.project(projectId)
                .switchIfEmpty(Mono.error(() -> notFound(projectId, round)))
                .flatMap(project -> assemble(project, round));
    }

    /** The report of the round, refused with 422 listing every missing part unless it is complete. */
    public Mono<ReportDocument> completeForRendering(String projectId, int round) {
        return forRendering(projectId, round).map(Assembled::document).map(FinalRenderCheck::requireComplete);
    }

    private Mono<Assembled> assemble(ProjectFacts project, Integer requestedRound) {
        String projectId = project.projectId();
        return model.currentRound(projectId).flatMap(current -> {
            int round = requestedRound == null ? current : requestedRound;
            if (round < 1 || round > current) {
                return Mono.error(notFound(projectId, round));
            }
            return model.evaluation(projectId, round)
                    .map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(record -> {
                        EvaluationSnapshot evaluation = record.map(EvaluationRecord::snapshot).orElse(null);
                        return outlineOf(evaluation).zipWith(texts.textsFor(project, round), (outline, written) ->
                                new Assembled(project, round, record.orElse(null), ReportAssembler.assemble(
                                        new ReportInputs(project, evaluation, written, outline))));
                    });
        });
    }

    /**
     * The sections of the template version that scored the evaluation; the national six before it is scored, or
     * when that version's sections are not known here.
     */
    private Mono<ReportOutline> outlineOf(EvaluationSnapshot evaluation) {
        if (evaluation == null || evaluation.score() == null) {
            return Mono.just(ReportOutline.standard());
        }
        return model.sectionsOf(evaluation.score().templateId(), evaluation.score().templateVersion())
                .map(ReportOutline::of);
    }

    private static ProblemException notFound(String projectId, Integer round) {
        return ProblemException.notFound(Bilingual.of("项目报告", "Project report"),
                round == null ? projectId : projectId + " / " + round);
    }
}
