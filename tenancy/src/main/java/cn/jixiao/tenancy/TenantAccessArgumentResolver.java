package cn.jixiao.tenancy;

import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Gives a controller method the caller's {@link TenantAccess} as an argument, so that its body starts from who is
 * asking instead of wrapping itself in {@code CurrentTenant.access().flatMap(...)}. The checks are those of
 * {@link CurrentTenant}: no street or district is a 403, and {@link StreetEditor} asks for a street's editor.
 */
public final class TenantAccessArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return TenantAccess.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        Mono<TenantAccess> access = parameter.hasParameterAnnotation(StreetEditor.class)
                ? CurrentTenant.streetEditor()
                : CurrentTenant.access();
        return access.cast(Object.class);
    }
}
