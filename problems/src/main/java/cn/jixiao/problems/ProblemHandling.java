package cn.jixiao.problems;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns every failure of a controller into RFC 9457 problem+json with a bilingual explanation and the
 * trace id. Nothing internal (stack traces, class names, queries) reaches the user.
 */
@RestControllerAdvice
public class ProblemHandling {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final ValidationMessages messages;
    private final TraceIds traceIds;

    public ProblemHandling(ValidationMessages messages, TraceIds traceIds) {
        this.messages = messages;
        this.traceIds = traceIds;
    }

    /** Also for a controller's own handler that turns a framework exception into a business problem. */
    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<ProblemDetail> answer(ProblemException e, ServerWebExchange exchange) {
        return respond(e.toProblemDetail(), exchange);
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException e, ServerWebExchange exchange) {
        return validationFailed(e.getFieldErrors().stream().map(messages::describe).toList(), exchange);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, ServerWebExchange exchange) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), messageOf(result, error), result.getArgument())))
                .toList();
        return validationFailed(errors, exchange);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violated(ConstraintViolationException e, ServerWebExchange exchange) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNodeOf(violation), messages.describe(violation), violation.getInvalidValue()))
                .toList();
        return validationFailed(errors, exchange);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        String field = fieldOf(e);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                Bilingual.of("请求格式错误", "Malformed request"),
                field == null
                        ? Bilingual.of("请求内容不是有效的 JSON 或缺少必要参数", "The body is not valid JSON or a parameter is missing")
                        : Bilingual.of("字段 " + field + " 的值格式不正确", "The value of field " + field + " has the wrong format"));
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldProblem(field,
                    Bilingual.of("格式不正确", "wrong format").combined(), null)));
        }
        return respond(problem, exchange);
    }

    /** An upload larger than the multipart limits, refused before any controller code runs. */
    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e, ServerWebExchange exchange) {
        return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                Bilingual.of("上传内容过大", "Upload too large"),
                Bilingual.of("上传的文件超过允许的大小，请压缩或拆分后再上传", "The upload exceeds the allowed size; compress or split it")),
                exchange);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentEdit(OptimisticLockingFailureException e, ServerWebExchange exchange) {
        return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-modification",
                Bilingual.of("数据已被他人修改", "Modified by someone else"),
                Bilingual.of("您编辑期间该记录已被其他人修改，请刷新后重试", "The record changed while you edited it; reload and try again")),
                exchange);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, ServerWebExchange exchange) {
        return respond(Problems.of(HttpStatus.CONFLICT, "duplicate",
                Bilingual.of("记录重复", "Duplicate"),
                Bilingual.of("已存在相同编号的记录", "A record with the same identifying number already exists")),
                exchange);
    }

    /**
     * The service's database cannot be reached (down, restarting, or no server selected within the driver's timeout):
     * 503 with a hint to retry, not a 500, so that a user, the workbench and a load balancer know it is passing and
     * nothing was written. Health reports the same ({@code /actuator/health}: the store's indicator is DOWN).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessException e, ServerWebExchange exchange) {
        log.warn("Store unavailable answering {}: {}", exchange.getRequest().getPath(), e.getMessage());
        ResponseEntity<ProblemDetail> response = respond(StoreUnavailable.problem(), exchange);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, StoreUnavailable.RETRY_AFTER_SECONDS).body(response.getBody());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, ServerWebExchange exchange) {
        String reason = e.getReason() == null ? e.getStatusCode().toString() : e.getReason();
        return respond(Problems.of(e.getStatusCode(), "http-" + e.getStatusCode().value(),
                Bilingual.of("请求无法处理", "Request not processed"), Bilingual.of(reason, reason)), exchange);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                Bilingual.of("系统内部错误", "Internal error"),
                Bilingual.of("服务暂时无法处理该请求，请稍后重试并提供追踪编号", "The request could not be processed; retry later and quote the trace id"));
        ResponseEntity<ProblemDetail> response = respond(problem, exchange);
        log.error("Unexpected failure answering {}", exchange.getRequest().getPath(), e);
        return response;
    }

    private ResponseEntity<ProblemDetail> validationFailed(List<FieldProblem> errors, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed",
                Bilingual.of("请求参数无效", "Invalid request"),
                Bilingual.of("有 " + errors.size() + " 项未通过校验", errors.size() + " value(s) failed validation"));
        problem.setProperty("errors", errors);
        return respond(problem, exchange);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem, ServerWebExchange exchange) {
        problem.setInstance(Problems.instanceOf(exchange));
        traceIds.of(exchange).ifPresent(id -> problem.setProperty("traceId", id));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String lastNodeOf(ConstraintViolation<?> violation) {
        String field = null;
        for (var node : violation.getPropertyPath()) {
            field = node.getName();
        }
        return field;
    }

    private String messageOf(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return messages.describe(result.unwrap(error, ConstraintViolation.class));
        } catch (IllegalArgumentException notFromBeanValidation) {
            return error.getDefaultMessage();
        }
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code year} or {@code goals[2].text}. */
    private static String fieldOf(ServerWebInputException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DecodingException && cause.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var reference : databind.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return null;
    }

    /** One field that failed, with the rejected value as the user sent it. */
    public record FieldProblem(String field, String message, Object rejectedValue) {
    }

}
