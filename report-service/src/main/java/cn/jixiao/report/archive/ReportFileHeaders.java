package cn.jixiao.report.archive;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The headers of a report file, previewed or downloaded.
 *
 * <p>A report's HTML carries text every street typed, and it is served from the platform's own origin (through
 * the gateway). So HTML goes out sandboxed: the browser treats it as a page of a unique, empty origin that runs
 * no script, submits no form and reaches no API with the user's session, and it may load nothing but what the
 * report itself embeds: its inline stylesheets and its charts as {@code data:} PNG images.
 * A preview opens in the browser where a browser can show the format (HTML, PDF); anything else, and every
 * stored version, is a download.
 */
public final class ReportFileHeaders {

    static final String HTML_SANDBOX =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    private ReportFileHeaders() {
    }

    public static HttpHeaders preview(String contentType, String fileName) {
        MediaType type = MediaType.parseMediaType(contentType);
        boolean browserShowsIt = isHtml(type) || MediaType.APPLICATION_PDF.isCompatibleWith(type);
        return of(type, browserShowsIt ? ContentDisposition.inline() : ContentDisposition.attachment(), fileName);
    }

    static HttpHeaders download(String contentType, String fileName) {
        return of(MediaType.parseMediaType(contentType), ContentDisposition.attachment(), fileName);
    }

    private static HttpHeaders of(MediaType type, ContentDisposition.Builder disposition, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(disposition.filename(fileName, StandardCharsets.UTF_8).build());
        // the declared type is the only one: a browser must not guess HTML in a file declared as something else
        headers.set("X-Content-Type-Options", "nosniff");
        if (isHtml(type)) {
            headers.set("Content-Security-Policy", HTML_SANDBOX);
        }
        return headers;
    }

    private static boolean isHtml(MediaType type) {
        return MediaType.TEXT_HTML.isCompatibleWith(type) || MediaType.APPLICATION_XHTML_XML.isCompatibleWith(type);
    }
}
