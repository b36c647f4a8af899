package cn.jixiao.report.archive;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.preview.ReportDocuments;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;

/** The report of an evaluation round as a render needs it: the document and what it reflects, from the read model. */
@Component
class ReportSources {

    private final ReportDocuments documents;

    ReportSources(ReportDocuments documents) {
        this.documents = documents;
    }

    /** The report of the project's latest round; empty for a project report-service has not heard of. */
    Mono<ReportSource> current(String projectId) {
        return of(projectId, null);
    }

    Mono<ReportSource> ofRound(String projectId, int round) {
        return of(projectId, round);
    }

    private Mono<ReportSource> of(String projectId, Integer round) {
        return documents.forRendering(projectId, round)
                .map(ReportSources::source)
                // not heard of: the read model has no such project (yet)
                .onErrorResume(ProblemException.class, unknown -> Mono.empty());
    }

    private static ReportSource source(ReportDocuments.Assembled assembled) {
        ProjectFacts project = assembled.project();
        EvaluationRecord evaluation = assembled.evaluation();
        ScoreBreakdown score = evaluation == null ? null : evaluation.snapshot().score();
        return new ReportSource(project.projectId(), project.districtId(), project.tenantId(),
                project.registration() == null ? null : project.registration().code(),
                project.registration() == null ? 0 : project.registration().year(),
                evaluation == null ? null : evaluation.evaluationId(), assembled.round(),
                evaluation == null ? 0 : evaluation.revision(), evaluation != null && evaluation.isFinalized(),
                score == null ? null : score.templateId(), score == null ? 0 : score.templateVersion(),
                assembled.document());
    }
}
