package cn.jixiao.project.ledger;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.jixiao.problems.ProblemHandling;
import cn.jixiao.project.ledger.LedgerViews.BookingView;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.uploads.MultipartForm;
import cn.jixiao.uploads.ReceivedFile;

@Tag(name = "支出明细导入 Ledger import", description = "从 XLSX / CSV 批量导入支出明细 / import entries from XLSX or CSV")
@RestController
@RequestMapping("/api/projects/{projectId}/expenditures")
class LedgerImportController {

    static final MediaType XLSX = MediaType.parseMediaType(RejectedImports.XLSX);
    /** Multipart framing around the file: boundaries and part headers. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final LedgerImport imports;
    private final RejectedImports rejected;
    private final ProjectAccess access;
    private final LedgerSettings settings;
    private final ProblemHandling problems;

    LedgerImportController(LedgerImport imports, RejectedImports rejected, ProjectAccess access, LedgerSettings settings,
                           ProblemHandling problems) {
        this.imports = imports;
        this.rejected = rejected;
        this.access = access;
        this.settings = settings;
        this.problems = problems;
    }

    @Operation(summary = "下载导入模板（XLSX，中文表头与示例行）/ the import template, Chinese headers and an example row")
    @GetMapping(value = "/template.xlsx", produces = RejectedImports.XLSX)
    Mono<ResponseEntity<byte[]>> template(@PathVariable String projectId, TenantAccess reader) {
        return access.readable(reader, projectId)
                .map(project -> ResponseEntity.ok().contentType(XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(LedgerTemplate.FILE_NAME))
                        .body(LedgerTemplate.forYear(project.year())));
    }

    @Operation(summary = "导入支出明细（multipart 字段 file，.xlsx 或 .csv；全部通过才保存）/ import a ledger file, all or nothing",
            description = "有错误时返回 400 problem+json（errors 列出行、列、值、原因），或在 Accept 为 XLSX 时直接返回标注了错误的工作簿 / "
                    + "on errors: 400 problem+json listing (row, column, value, reason), or with Accept: XLSX the annotated workbook")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
                    description = "支出明细文件（.xlsx 或 .csv）/ the ledger file (.xlsx or .csv)"))))
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<?>> importFile(@PathVariable String projectId, ServerWebExchange exchange,
                                       @StreetEditor TenantAccess editor) {
        boolean wantsWorkbook = exchange.getRequest().getHeaders().getAccept().stream().anyMatch(XLSX::equalsTypeAndSubtype);
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > settings.maxUploadSize().toBytes() + MULTIPART_OVERHEAD) {
            return Mono.error(LedgerFileRefusals.tooLarge(settings.maxUploadSize()));
        }
        // the project must be this editor's to change before a byte of the file is read
        return access.editable(editor, projectId)
                .then(MultipartForm.file(exchange, "file").switchIfEmpty(Mono.error(LedgerFileRefusals::missingFile)))
                .flatMap(part -> ReceivedFile.using(part, settings.maxUploadSize(),
                        () -> LedgerFileRefusals.tooLarge(settings.maxUploadSize()),
                        upload -> imports.importFile(editor, projectId, upload)))
                .<ResponseEntity<?>>map(booked -> ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                        .body(BookingView.of(booked)))
                .onErrorResume(ImportRejected.class, refusal -> wantsWorkbook
                        ? refusalAsWorkbook(editor, projectId, refusal.importId())
                        : Mono.error(refusal));
    }

    @Operation(summary = "下载被拒导入的错误标注工作簿 / the annotated workbook of a rejected import")
    @GetMapping(value = "/imports/{importId}/annotated.xlsx", produces = RejectedImports.XLSX)
    Mono<ResponseEntity<Flux<DataBuffer>>> annotated(@PathVariable String projectId, @PathVariable String importId,
                                                     TenantAccess reader) {
        return annotatedWorkbook(reader, projectId, importId).map(content -> annotatedResponse(HttpStatus.OK, importId).body(content));
    }

    /** The refusal as the annotated workbook itself, for a client that asked for XLSX. */
    private Mono<ResponseEntity<?>> refusalAsWorkbook(TenantAccess editor, String projectId, String importId) {
        // one buffer: the declared body type of this endpoint is open (JSON or XLSX), so the body must be a plain value
        return annotatedWorkbook(editor, projectId, importId).flatMap(DataBufferUtils::join)
                .map(content -> annotatedResponse(HttpStatus.BAD_REQUEST, importId).body(content));
    }

    private Mono<Flux<DataBuffer>> annotatedWorkbook(TenantAccess reader, String projectId, String importId) {
        return access.readable(reader, projectId)
                .flatMap(project -> rejected.annotated(project, importId));
    }

    private static ResponseEntity.BodyBuilder annotatedResponse(HttpStatus status, String importId) {
        return ResponseEntity.status(status).contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("错误说明-" + importId + ".xlsx"))
                .header("X-Import-Id", importId);
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    /** A file larger than the multipart limits, refused by the framework before the size check above runs. */
    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> partTooLarge(ServerWebExchange exchange) {
        return problems.answer(LedgerFileRefusals.tooLarge(settings.maxUploadSize()), exchange);
    }
}
