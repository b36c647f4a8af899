package cn.jixiao.tenancy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import cn.jixiao.problems.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/** A controller method that names a {@link TenantAccess} parameter gets the caller's, checked as CurrentTenant checks. */
class TenantAccessArgumentTest {

    private final TenantAccessArgumentResolver resolver = new TenantAccessArgumentResolver();
    private final TenantAccessReader reader = new TenantAccessReader();

    @SuppressWarnings("unused")
    void endpoint(TenantAccess caller, @StreetEditor TenantAccess editor, String other) {
    }

    @Test
    void onlyTenantAccessParametersAreResolvedFromTheToken() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isTrue();
        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
    }

    @Test
    void aPlainParameterIsTheCallersAccess() throws Exception {
        TenantAccess overseer = reader.read(token(List.of("/panlong"), "district-overseer"));

        StepVerifier.create(as(overseer, resolver.resolveArgument(parameter(0), null, null)))
                .expectNext(overseer)
                .verifyComplete();
    }

    @Test
    void aStreetEditorParameterRefusesAnyoneButAStreetsEditor() throws Exception {
        TenantAccess overseer = reader.read(token(List.of("/panlong"), "district-overseer"));
        TenantAccess editor = reader.read(token(List.of("/panlong/jinchen"), "street-editor"));

        StepVerifier.create(as(overseer, resolver.resolveArgument(parameter(1), null, null)))
                .expectErrorSatisfies(e -> assertThat(((ProblemException) e).status().value()).isEqualTo(403))
                .verify();
        StepVerifier.create(as(editor, resolver.resolveArgument(parameter(1), null, null)))
                .expectNext(editor)
                .verifyComplete();
    }

    @Test
    void aCallerWithoutStreetOrDistrictIsRefused() throws Exception {
        TenantAccess nobody = reader.read(token(List.of(), "street-editor"));

        StepVerifier.create(as(nobody, resolver.resolveArgument(parameter(0), null, null)))
                .expectError(ProblemException.class)
                .verify();
    }

    private MethodParameter parameter(int index) throws NoSuchMethodException {
        return new MethodParameter(getClass().getDeclaredMethod("endpoint", TenantAccess.class, TenantAccess.class,
                String.class), index);
    }

    private static Mono<Object> as(TenantAccess access, Mono<Object> resolved) {
        Jwt jwt = token(List.of(), "x");
        return resolved.contextWrite(ReactiveSecurityContextHolder.withAuthentication(new TenantAuthentication(jwt, List.of(), access)));
    }

    private static Jwt token(List<String> groups, String... roles) {
        return Jwt.withTokenValue("t").header("alg", "none").subject("u-1").claim("preferred_username", "someone")
                .claim("groups", groups).claim("realm_access", Map.of("roles", List.of(roles))).build();
    }
}
