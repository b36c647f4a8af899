package cn.jixiao.project.evidence;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.jixiao.problems.ProblemHandling;
import cn.jixiao.tenancy.StreetEditor;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.uploads.MultipartForm;

@Tag(name = "佐证材料 Evidence", description = "自评报告所附的佐证材料文件 / the files of evidence the self-evaluation report lists")
@RestController
@RequestMapping("/api/projects/{projectId}/evidence")
class EvidenceController {

    private final EvidenceAttachment attachment;
    private final EvidenceWithdrawal withdrawal;
    private final EvidenceCatalogue catalogue;
    private final ProblemHandling problems;
    private final DataSize limit;
    private final Validator validator;

    EvidenceController(EvidenceAttachment attachment, EvidenceWithdrawal withdrawal, EvidenceCatalogue catalogue,
                       ProblemHandling problems, EvidenceProperties properties, Validator validator) {
        this.attachment = attachment;
        this.withdrawal = withdrawal;
        this.catalogue = catalogue;
        this.problems = problems;
        this.limit = properties.maxSize();
        this.validator = validator;
    }

    @Operation(summary = "上传佐证材料（本街道填报人员；PDF、DOCX、XLSX、JPG、PNG，按内容识别，默认不超过 20 MB）"
            + " / attach a file (street editors; PDF, DOCX, XLSX, JPEG, PNG judged by content; 20 MB by default)")
    @ApiResponse(responseCode = "201", description = "已加入佐证材料清单 / added to the evidence list")
    @ApiResponse(responseCode = "409", description = "同一文件已上传 / the same file is already in the list",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "文件超过大小上限 / the file exceeds the size limit",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "415", description = "文件内容不是可接收的格式（如改了扩展名的文件、旧版 .doc/.xls）"
            + " / the content is not an accepted format (a renamed file, a legacy .doc/.xls)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = AttachEvidence.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<EvidenceView>> attach(@PathVariable String projectId, ServerWebExchange exchange,
                                              @StreetEditor TenantAccess editor) {
        // the form stays unread until the editor and the project have been checked: a form bound by the framework
        // (@ModelAttribute, @RequestPart) is read, up to the disk limit of each part, whatever the checks answer
        return attachment.attach(editor, projectId, form(MultipartForm.file(exchange, "file"),
                        MultipartForm.field(exchange, "type"), MultipartForm.field(exchange, "title")))
                .map(view -> ResponseEntity
                        .created(URI.create("/api/projects/" + projectId + "/evidence/" + view.evidenceId()))
                        .body(view));
    }

    /** The form as submitted, checked as {@link AttachEvidence} says once it is read. */
    private Mono<AttachEvidence> form(Mono<FilePart> file, Mono<String> type, Mono<String> title) {
        return Mono.zip(file.map(Optional::of).defaultIfEmpty(Optional.empty()), type.defaultIfEmpty(""), title.defaultIfEmpty(""))
                .map(parts -> {
                    AttachEvidence form = new AttachEvidence(parts.getT1().orElse(null), parts.getT2(), parts.getT3());
                    Set<ConstraintViolation<AttachEvidence>> violations = validator.validate(form);
                    if (!violations.isEmpty()) {
                        throw new ConstraintViolationException(violations);
                    }
                    return form;
                });
    }

    @Operation(summary = "佐证材料清单，按上传顺序；已撤回的标明撤回且不编号 / the evidence list in the order attached;"
            + " withdrawn items are marked and not numbered")
    @GetMapping
    Flux<EvidenceView> list(@PathVariable String projectId, TenantAccess reader) {
        return catalogue.list(reader, projectId);
    }

    @Operation(summary = "一项佐证材料 / one item of the list")
    @GetMapping("/{evidenceId}")
    Mono<EvidenceView> item(@PathVariable String projectId, @PathVariable String evidenceId, TenantAccess reader) {
        return catalogue.item(reader, projectId, evidenceId);
    }

    @Operation(summary = "撤回佐证材料（本街道填报人员；须说明原因；文件不删除，仍可供审计下载）"
            + " / withdraw an item (street editors; a reason is required; the file is kept for the audit)")
    @ApiResponse(responseCode = "409", description = "已撤回 / already withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PatchMapping("/{evidenceId}")
    Mono<EvidenceView> withdraw(@PathVariable String projectId, @PathVariable String evidenceId,
                                @Valid @RequestBody WithdrawEvidence request, @StreetEditor TenantAccess editor) {
        return withdrawal.withdraw(editor, projectId, evidenceId, request);
    }

    @Operation(summary = "下载佐证材料文件（保留原中文文件名）/ download the file, under its original name")
    @ApiResponse(responseCode = "200", description = "文件内容，类型按内容识别 / the bytes, typed as sniffed",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{evidenceId}/content")
    Mono<ResponseEntity<Flux<DataBuffer>>> content(@PathVariable String projectId, @PathVariable String evidenceId,
                                                   TenantAccess reader) {
        return catalogue.download(reader, projectId, evidenceId)
                .map(download -> {
                    EvidenceItem item = download.item();
                    return ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(item.format().mediaType()))
                            .contentLength(item.size())
                            .eTag(item.sha256())
                            // RFC 6266 with an RFC 5987 filename*: browsers show the Chinese name as uploaded
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                    .filename(item.fileName(), StandardCharsets.UTF_8).build().toString())
                            .body(download.content());
                });
    }

    /**
     * The multipart reader refuses a part too large to keep on disk ({@code spring.webflux.multipart.
     * max-disk-usage-per-part}) while the form is bound, before the upload reaches the service's own count.
     * Both refusals read the same.
     */
    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> partTooLarge(ServerWebExchange exchange) {
        // the same answer as a file found too large while it is copied, with the evidence limit in it
        return problems.answer(EvidenceProblems.tooLarge(limit), exchange);
    }
}
