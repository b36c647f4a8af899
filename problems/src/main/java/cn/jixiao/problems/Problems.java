package cn.jixiao.problems;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

/** Builds RFC 9457 problem details in one consistent shape for every service. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, Bilingual title, Bilingual detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.combined());
        problem.setType(ProblemException.typeOf(code));
        problem.setTitle(title.combined());
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail unauthorized() {
        return of(org.springframework.http.HttpStatus.UNAUTHORIZED, "unauthorized",
                Bilingual.of("未登录或登录已过期", "Unauthorized"),
                Bilingual.of("请求缺少有效的访问令牌，请重新登录", "A valid bearer token is required; please sign in again"));
    }

    public static ProblemDetail forbidden() {
        return of(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden",
                Bilingual.of("无权操作", "Forbidden"),
                Bilingual.of("您的账号没有执行此操作的权限", "Your account is not allowed to do this"));
    }

    /**
     * The request the problem occurred in, as a relative reference (its path). Behind the gateway a service sees
     * its own internal host name, which is no business of the caller's.
     */
    static URI instanceOf(ServerWebExchange exchange) {
        return URI.create(exchange.getRequest().getPath().value());
    }
}
