package cn.jixiao.report.archive;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.preview.ReportDocuments;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;

/** The report of an evaluation round as a render needs it: the document and what it reflects, from the read model. */
@Component
class ReportSources {

    private final ReadModel model;
    private final ReportDocuments documents;

    ReportSources(ReadModel model, ReportDocuments documents) {
        this.model = model;
        this.documents = documents;
    }

    /** The report of the project's latest round; empty for a project report-service has not heard of. */
    Mono<ReportSource> current(String projectId) {
        return model.project(projectId)
                .flatMap(project -> model.currentRound(projectId).flatMap(round -> of(project, round)));
    }

    Mono<ReportSource> ofRound(String projectId, int round) {
        return model.project(projectId).flatMap(project -> of(project, round));
    }

    private Mono<ReportSource> of(ProjectFacts project, int round) {
        return model.evaluation(project.projectId(), round).map(Optional::of).defaultIfEmpty(Optional.empty())
                .zipWith(documents.forRendering(project.projectId(), round),
                        (evaluation, document) -> source(project, round, evaluation.orElse(null), document));
    }

    private static ReportSource source(ProjectFacts project, int round, EvaluationRecord evaluation,
                                       ReportDocument document) {
        ScoreBreakdown score = evaluation == null ? null : evaluation.snapshot().score();
        return new ReportSource(project.projectId(), project.districtId(), project.tenantId(),
                project.registration() == null ? null : project.registration().code(),
                project.registration() == null ? 0 : project.registration().year(),
                evaluation == null ? null : evaluation.evaluationId(), round,
                evaluation == null ? 0 : evaluation.revision(), evaluation != null && evaluation.isFinalized(),
                score == null ? null : score.templateId(), score == null ? 0 : score.templateVersion(), document);
    }
}
