package cn.jixiao.report.monitoring;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.archive.FormatDownloads;
import cn.jixiao.report.assembly.MonitoringAssembly;
import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.document.MonitoringFormat;
import cn.jixiao.report.readmodel.MonitoringRecord;
import cn.jixiao.report.readmodel.MonitoringRound;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.readmodel.ReportAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * A project's submitted 绩效监控表 of a round for a reader who may see the project: its street, the district's
 * overseers, auditors. Anyone else finds nothing (404), as for a round of another district or one never heard of; a
 * round of the project's district whose form the street has not submitted yet is a 409, said as such.
 */
@Service
class MonitoringForms {

    private final ReportAccess access;
    private final ReadModel model;
    private final FormatDownloads<MonitoringForm> files;

    MonitoringForms(ReportAccess access, ReadModel model, List<MonitoringFormat> formats) {
        this.access = access;
        this.model = model;
        this.files = new FormatDownloads<>(formats, Bilingual.of("监控表格式", "Monitoring form format"));
    }

    Mono<MonitoringForm> forReader(TenantAccess reader, String projectId, String roundId) {
        return access.readable(reader, projectId, null).flatMap(project -> formOf(project, roundId));
    }

    /** The form as a DOCX or XLSX file, after the same checks as {@link #forReader}. */
    Mono<ResponseEntity<byte[]>> file(TenantAccess reader, String projectId, String roundId, String format) {
        return files.preview(format, forReader(reader, projectId, roundId), MonitoringForms::fileName);
    }

    /** e.g. 创建全省民族团结进步示范街道专项资金2023年项目支出绩效运行监控表（截至2023年6月30日）. */
    static String fileName(MonitoringForm form) {
        return form.projectName() + form.title() + "（截至" + form.asOf() + "）";
    }

    private Mono<MonitoringForm> formOf(ProjectFacts project, String roundId) {
        Mono<Optional<MonitoringRecord>> record = model.monitoring(project, roundId).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        Mono<Optional<MonitoringRound>> round = model.round(project, roundId).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(record, round).flatMap(known -> {
            MonitoringRecord form = known.getT1().orElse(null);
            MonitoringRound opened = known.getT2().orElse(null);
            if (form != null && form.submission() != null) {
                return Mono.just(MonitoringAssembly.form(project, form, opened));
            }
            return Mono.error(form == null && opened == null ? notFound(project.projectId(), roundId)
                    : notSubmitted(project.projectId(), roundId));
        });
    }

    /** No monitoring form of this project and round that the caller may see. */
    static ProblemException notFound(String projectId, String roundId) {
        return ProblemException.notFound(Bilingual.of("绩效监控表", "Monitoring form"), projectId + " / " + roundId);
    }

    /** The round is the project's district's, but the street has not submitted the project's form in it. */
    static ProblemException notSubmitted(String projectId, String roundId) {
        return new ProblemException(HttpStatus.CONFLICT, "monitoring-not-submitted",
                Bilingual.of("绩效监控表尚未提交", "Monitoring form not submitted"),
                Bilingual.of("项目 " + projectId + " 在监控轮次 " + roundId + " 的绩效监控表尚未提交，提交后方可查看和下载",
                        "The monitoring form of project " + projectId + " in round " + roundId
                                + " has not been submitted yet; it can be read and downloaded once submitted"));
    }
}
