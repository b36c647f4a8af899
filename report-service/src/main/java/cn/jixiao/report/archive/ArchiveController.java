package cn.jixiao.report.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.document.ReportFormat;
import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "报告版本 Report versions")
@RestController
@RequestMapping("/api/reports")
class ArchiveController {

    private final RenderRequests requests;
    private final StoredReports stored;
    private final ReportFiles files;
    private final ReportSources sources;
    private final ReportFormats formats;

    ArchiveController(RenderRequests requests, StoredReports stored, ReportFiles files, ReportSources sources,
                      ReportFormats formats) {
        this.requests = requests;
        this.stored = stored;
        this.files = files;
        this.sources = sources;
        this.formats = formats;
    }

    @Operation(summary = "生成并存档报告 / render and store a new report version",
            description = "异步生成：返回排队中的任务，完成后可下载 / asynchronous: returns the queued job")
    @PostMapping("/{projectId}/renders")
    Mono<ResponseEntity<RenderJob>> render(@PathVariable String projectId, @Valid @RequestBody RenderRequest request,
                                           TenantAccess caller) {
        return requests.request(caller, projectId, request)
                .map(job -> ResponseEntity.accepted().body(job));
    }

    @Operation(summary = "项目各轮评价的报告档案：生成任务与存档版本 / the project's report archives: jobs and versions")
    @GetMapping("/{projectId}/archives")
    Flux<ReportArchive> archives(@PathVariable String projectId, TenantAccess caller) {
        return stored.ofProject(caller, projectId);
    }

    @Operation(summary = "下载存档的报告文件 / download a stored report file")
    @GetMapping("/archives/{reportId}/versions/{number}/{format}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String reportId, @PathVariable int number,
                                                    @PathVariable String format, TenantAccess caller) {
        return stored.file(caller, reportId, number, format)
                .flatMap(found -> files.content(found.archive(), found.file()).map(content -> ResponseEntity.ok()
                        .headers(ReportFileHeaders.download(found.file().contentType(), found.file().fileName()))
                        .contentLength(found.file().size())
                        .eTag(found.file().sha256())
                        .body(content)));
    }

    @Operation(summary = "预览当前报告（不存档，缺项标注「未填写」）/ preview the current report, not stored")
    @GetMapping("/{projectId}/preview/{format}")
    Mono<ResponseEntity<byte[]>> preview(@PathVariable String projectId, @PathVariable String format,
                                         TenantAccess caller) {
        ReportFormat renderer = formats.named(format).orElse(null);
        if (renderer == null) {
            return Mono.error(ProblemException.notFound(Bilingual.of("报告格式", "Report format"), format));
        }
        return sources.currentForReader(caller, projectId)
                // rendering is CPU work: off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(source -> {
                    String fileName = source.document().projectName() + source.document().documentName() + "（预览）."
                            + renderer.fileExtension();
                    return ResponseEntity.ok()
                            .headers(ReportFileHeaders.preview(renderer.contentType(), fileName))
                            .body(renderer.render(source.document()));
                });
    }
}
