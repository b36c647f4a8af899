package cn.jixiao.report.archive;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.document.DocumentFormat;

/**
 * The formats of one kind of document by name, and a document's file in one of them as a route answers it: an
 * unknown format is a 404 named for the kind, and the document (read with the caller's tenant check by the route)
 * is rendered off the event loop, under its file name with the file's headers ({@link ReportFileHeaders}).
 *
 * @param <D> the document, e.g. the 绩效目标表
 */
public final class FormatDownloads<D> {

    private final Map<String, DocumentFormat<D>> formats;
    private final Bilingual formatName;

    /** @param formatName what an unknown format is called in the 404, e.g. 目标表格式 / Targets format */
    public FormatDownloads(List<? extends DocumentFormat<D>> formats, Bilingual formatName) {
        this.formats = formats.stream().collect(Collectors.toMap(DocumentFormat::name, Function.identity()));
        this.formatName = formatName;
    }

    /** Shown in the browser where it can show the format (HTML, PDF), else downloaded. */
    public Mono<ResponseEntity<byte[]>> preview(String format, Mono<D> document, Function<D, String> baseName) {
        return answer(format, document, baseName, ReportFileHeaders::preview);
    }

    /** Always downloaded. */
    public Mono<ResponseEntity<byte[]>> download(String format, Mono<D> document, Function<D, String> baseName) {
        return answer(format, document, baseName, ReportFileHeaders::download);
    }

    private Mono<ResponseEntity<byte[]>> answer(String format, Mono<D> document, Function<D, String> baseName,
                                                BiFunction<String, String, HttpHeaders> headers) {
        DocumentFormat<D> renderer = formats.get(format.toUpperCase());
        if (renderer == null) {
            return Mono.error(ProblemException.notFound(formatName, format));
        }
        return document
                // rendering is CPU work: off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(found -> ResponseEntity.ok()
                        .headers(headers.apply(renderer.contentType(),
                                baseName.apply(found) + "." + renderer.fileExtension()))
                        .body(renderer.render(found)));
    }
}
