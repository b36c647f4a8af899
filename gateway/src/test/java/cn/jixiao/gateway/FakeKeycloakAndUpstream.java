package cn.jixiao.gateway;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * One small HTTP server that plays two parts for the gateway's tests: a Keycloak realm publishing its
 * signing keys, and a downstream service that echoes what it received (path and Authorization header); under
 * {@code /api/reports/sandboxed} it answers HTML with its own Content-Security-Policy, as report-service does.
 * Tokens are really signed, so the gateway's verification runs unchanged.
 */
final class FakeKeycloakAndUpstream implements AutoCloseable {

    private final RSAKey key;
    private final DisposableServer server;

    FakeKeycloakAndUpstream() throws Exception {
        key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        server = HttpServer.create().host("localhost").port(0)
                .route(routes -> routes
                        .get("/realms/jixiao/protocol/openid-connect/certs", (request, response) ->
                                response.header("Content-Type", "application/json").sendString(Mono.just(jwks)))
                        .route(request -> request.uri().startsWith("/api/reports/sandboxed"), (request, response) ->
                                response.header("Content-Type", "text/html;charset=UTF-8")
                                        .header("Content-Security-Policy", "sandbox; default-src 'none'")
                                        .sendString(Mono.just("<p>report</p>")))
                        .route(request -> request.uri().startsWith("/api/"), (request, response) ->
                                response.header("Content-Type", "application/json").sendString(Mono.just(
                                        "{\"path\":\"" + request.uri() + "\",\"authorization\":\""
                                                + request.requestHeaders().get("Authorization")
                                                + "\",\"forwardedProto\":" + jsonString(request.requestHeaders().get("X-Forwarded-Proto"))
                                                + "}"))))
                .bindNow();
    }

    private static String jsonString(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    String issuer() {
        return "http://localhost:" + server.port() + "/realms/jixiao";
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** A token as Keycloak issues it for a street editor of 金辰街道. */
    String streetEditorToken() {
        return token(issuer(), List.of("jixiao-api", "account"), Instant.now().plusSeconds(300));
    }

    String token(String issuer, List<String> audience, Instant expiresAt) {
        return token(issuer, audience, expiresAt, "u-1", "jinchen-editor", "/panlong/jinchen", "street-editor");
    }

    /** A street or district user's token as Keycloak issues it: a subject, a login, one group and roles. */
    String userToken(String subject, String username, String group, String... roles) {
        return token(issuer(), List.of("jixiao-api", "account"), Instant.now().plusSeconds(300), subject, username,
                group, roles);
    }

    private String token(String issuer, List<String> audience, Instant expiresAt, String subject, String username,
                         String group, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(expiresAt))
                .claim("preferred_username", username)
                .claim("groups", List.of(group))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
