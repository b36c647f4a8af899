package cn.jixiao.report.archive;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.TenantAccess;

/** The stored reports a caller may see: their archives, and one file of one version. */
@Service
class StoredReports {

    private final ReportArchives archives;

    StoredReports(ReportArchives archives) {
        this.archives = archives;
    }

    /** A stored file and the report it belongs to. */
    record Found(ReportArchive archive, StoredFile file) {
    }

    Flux<ReportArchive> ofProject(TenantAccess caller, String projectId) {
        return archives.visibleOfProject(caller, projectId);
    }

    /** The file of the version in the format, if the caller may see the report; else 404. */
    Mono<Found> file(TenantAccess caller, String reportId, int number, String format) {
        return archives.findVisible(caller, reportId)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(Bilingual.of("报告", "Report"), reportId)))
                .map(archive -> new Found(archive, archive.versionNumbered(number)
                        .flatMap(version -> version.file(format))
                        .orElseThrow(() -> ProblemException.notFound(Bilingual.of("报告文件", "Report file"),
                                reportId + " v" + number + " " + format))));
    }
}
