package cn.jixiao.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
 * signing keys, and a downstream service that echoes what it received (path, Authorization and trace headers); under
 * {@code /api/reports/sandboxed} it answers HTML with its own Content-Security-Policy, as report-service does.
 * Tokens are really signed, so the gateway's verification runs unchanged.
 *
 * <p>As Keycloak it also signs a browser in ({@link #authorize}, standing for the login page) and answers the
 * token endpoint for the confidential client {@code jixiao-gateway}: the authorization code only with the PKCE
 * verifier of its challenge (S256) and the client's secret, and the refresh token.
 */
final class FakeKeycloakAndUpstream implements AutoCloseable {

    static final String CLIENT_ID = "jixiao-gateway";
    static final String CLIENT_SECRET = "test-gateway-secret";

    private final RSAKey key;
    private final DisposableServer server;
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile Duration accessTokenLifetime = Duration.ofMinutes(5);
    private volatile String lastAccessToken;
    private volatile BrowserUser browserUser = new BrowserUser("u-1", "jinchen-editor", "/panlong/jinchen", "street-editor");

    /** Who signs in at the login page, with what Keycloak puts into their access token. */
    record BrowserUser(String subject, String username, String group, String role) {
    }

    private record PendingCode(String nonce, String challenge, String redirectUri) {
    }

    FakeKeycloakAndUpstream() throws Exception {
        key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        server = HttpServer.create().host("localhost").port(0)
                .route(routes -> routes
                        .get("/realms/jixiao/protocol/openid-connect/certs", (request, response) ->
                                response.header("Content-Type", "application/json").sendString(Mono.just(jwks)))
                        .post("/realms/jixiao/protocol/openid-connect/token", (request, response) ->
                                request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
                                    Map<String, String> form = form(body);
                                    String answer = tokenResponse(request.requestHeaders().get("Authorization"), form);
                                    return answer == null
                                            ? response.status(400).header("Content-Type", "application/json")
                                                    .sendString(Mono.just("{\"error\":\"invalid_grant\"}")).then()
                                            : response.header("Content-Type", "application/json")
                                                    .sendString(Mono.just(answer)).then();
                                }))
                        // a PDF as report-service answers it, with Spring Security's default DENY for frames
                        .route(request -> request.uri().startsWith("/api/reports/preview.pdf"), (request, response) ->
                                response.header("Content-Type", "application/pdf")
                                        .header("X-Frame-Options", "DENY")
                                        .sendString(Mono.just("%PDF-1.7")))
                        .route(request -> request.uri().startsWith("/api/reports/sandboxed"), (request, response) ->
                                response.header("Content-Type", "text/html;charset=UTF-8")
                                        .header("Content-Security-Policy", "sandbox; default-src 'none'")
                                        .sendString(Mono.just("<p>report</p>")))
                        .route(request -> request.uri().startsWith("/api/"), (request, response) ->
                                response.header("Content-Type", "application/json").sendString(Mono.just(
                                        "{\"path\":\"" + request.uri() + "\",\"method\":\"" + request.method().name()
                                                + "\",\"authorization\":\""
                                                + request.requestHeaders().get("Authorization")
                                                + "\",\"cookie\":" + jsonString(request.requestHeaders().get("Cookie"))
                                                + ",\"forwardedProto\":" + jsonString(request.requestHeaders().get("X-Forwarded-Proto"))
                                                + ",\"traceparent\":" + jsonString(request.requestHeaders().get("traceparent"))
                                                + "}"))))
                .bindNow();
    }

    private static String jsonString(String value) {
        return value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"";
    }

    /**
     * What Keycloak's login page does once the user has typed their password: remembers the request's nonce
     * and PKCE challenge under a new code and sends the browser back to the gateway with it.
     *
     * @param authorizationRequest where the gateway sent the browser to sign in
     * @return where Keycloak sends the browser back
     */
    URI authorize(URI authorizationRequest) {
        Map<String, String> query = form(authorizationRequest.getRawQuery());
        if (!authorizationRequest.getPath().equals("/realms/jixiao/protocol/openid-connect/auth")
                || !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            throw new IllegalArgumentException("Not an authorization request of the gateway: " + authorizationRequest);
        }
        if (!"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
            // the realm requires PKCE of jixiao-gateway (pkce.code.challenge.method=S256)
            throw new IllegalArgumentException("PKCE (S256) is required: " + authorizationRequest);
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new PendingCode(query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        return URI.create(query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    }

    /** The person who signs in at the login page from now on. */
    void signsInNext(BrowserUser user) {
        browserUser = user;
    }

    /** Access tokens issued from now on expire after this; below a minute the gateway refreshes before each use. */
    void issueAccessTokensFor(Duration lifetime) {
        accessTokenLifetime = lifetime;
    }

    /** How many times the gateway has refreshed a token. */
    int refreshes() {
        return refreshes.get();
    }

    /** The access token this realm issued last, by code or refresh. */
    String lastAccessToken() {
        return lastAccessToken;
    }

    private String tokenResponse(String authorization, Map<String, String> form) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(authorization)) {
            return null;
        }
        String nonce;
        if ("authorization_code".equals(form.get("grant_type"))) {
            PendingCode pending = codes.remove(form.getOrDefault("code", ""));
            if (pending == null || !pending.redirectUri().equals(form.get("redirect_uri"))
                    || !pending.challenge().equals(s256(form.get("code_verifier")))) {
                return null;
            }
            nonce = pending.nonce();
        } else if ("refresh_token".equals(form.get("grant_type")) && "r-1".equals(form.get("refresh_token"))) {
            refreshes.incrementAndGet();
            nonce = null;
        } else {
            return null;
        }
        BrowserUser user = browserUser;
        String access = token(issuer(), List.of("jixiao-api", "account"), Instant.now().plus(accessTokenLifetime),
                user.subject(), user.username(), user.group(), user.role());
        lastAccessToken = access;
        String id = idToken(nonce, user);
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + accessTokenLifetime.toSeconds() + ",\"refresh_token\":\"r-1\",\"refresh_expires_in\":1800,"
                + "\"id_token\":\"" + id + "\",\"scope\":\"openid profile\"}";
    }

    private String idToken(String nonce, BrowserUser user) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(user.subject())
                .audience(CLIENT_ID)
                .claim("azp", CLIENT_ID)
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("preferred_username", user.username())
                .claim("name", "晓明 李");
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(claims.build());
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            values.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    /** Started, or the test class cannot load. */
    static FakeKeycloakAndUpstream started() {
        try {
            return new FakeKeycloakAndUpstream();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points a gateway at this Keycloak for tokens and sign-in, and at this server for every service. */
    static void configure(org.springframework.test.context.DynamicPropertyRegistry registry, FakeKeycloakAndUpstream keycloak) {
        registry.add("jixiao.security.issuers[0].uri", keycloak::issuer);
        registry.add("jixiao.gateway.sign-in.issuer", keycloak::issuer);
        registry.add("jixiao.gateway.sign-in.client-secret", () -> CLIENT_SECRET);
        registry.add("PROJECT_SERVICE_URL", keycloak::baseUrl);
        registry.add("EVALUATION_SERVICE_URL", keycloak::baseUrl);
        registry.add("REPORT_SERVICE_URL", keycloak::baseUrl);
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
                // as Keycloak does: every token its own id, so a token refreshed within the same second still differs
                .jwtID(java.util.UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .claim("family_name", "李")
                .claim("given_name", "晓明")
                .claim("groups", List.of(group))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
        return sign(claims);
    }

    private String sign(JWTClaimsSet claims) {
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
