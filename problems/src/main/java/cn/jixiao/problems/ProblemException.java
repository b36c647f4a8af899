package cn.jixiao.problems;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A business refusal that the user must see as it is: a status, a stable machine code and a bilingual
 * explanation. Services throw it (or a subclass) and {@link ProblemHandling} turns it into problem+json.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Bilingual title;
    private final Bilingual detail;
    private static final Set<String> RFC_9457_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String code, Bilingual title, Bilingual detail) {
        super(code + ": " + detail.en());
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
    }

    /** A 404 that says nothing about whether the thing exists for someone else. */
    public static ProblemException notFound(Bilingual what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found",
                Bilingual.of("未找到", "Not found"),
                Bilingual.of("未找到" + what.zh() + " " + id, what.en() + " " + id + " was not found"));
    }

    public static ProblemException forbidden(Bilingual detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", Bilingual.of("无权操作", "Forbidden"), detail);
    }

    /**
     * Adds a machine-readable detail, e.g. the sums that did not add up. RFC 9457's own members cannot be
     * reused: a second {@code status} in the JSON would make the HTTP status unreadable to a client.
     */
    public ProblemException with(String name, Object value) {
        if (RFC_9457_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a member of every problem; name the detail otherwise");
        }
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = Problems.of(status, code, title, detail);
        properties.forEach(problem::setProperty);
        return problem;
    }

    public static URI typeOf(String code) {
        return URI.create("https://jixiao.cn/problems/" + code);
    }
}
