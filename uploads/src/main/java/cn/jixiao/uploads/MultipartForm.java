package cn.jixiao.uploads;

import reactor.core.publisher.Mono;

import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.web.server.ServerWebExchange;

/**
 * The parts of a multipart/form-data upload, read only when first asked for. A handler asks after it has checked
 * who uploads and to what: a part bound by the framework ({@code @RequestPart}, {@code @ModelAttribute}) marks the
 * form as read, and then, even after a refusal, the framework reads the whole body to clean its parts up.
 */
public final class MultipartForm {

    private MultipartForm() {
    }

    /** The file in part {@code name}; empty when the form has none. */
    public static Mono<FilePart> file(ServerWebExchange exchange, String name) {
        return Mono.defer(exchange::getMultipartData)
                .flatMap(parts -> Mono.justOrEmpty(parts.getFirst(name)))
                .filter(FilePart.class::isInstance).cast(FilePart.class);
    }

    /** The text of field {@code name}; empty when the form has none. */
    public static Mono<String> field(ServerWebExchange exchange, String name) {
        return Mono.defer(exchange::getMultipartData)
                .flatMap(parts -> Mono.justOrEmpty(parts.getFirst(name)))
                .filter(FormFieldPart.class::isInstance).cast(FormFieldPart.class).map(FormFieldPart::value);
    }
}
