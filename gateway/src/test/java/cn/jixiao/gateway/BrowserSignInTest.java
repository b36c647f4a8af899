package cn.jixiao.gateway;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import cn.jixiao.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench's sign-in: the gateway as the backend-for-frontend of a browser, against a (fake) Keycloak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@ContextConfiguration(initializers = InMemoryMongo.class)
class BrowserSignInTest {

    static final FakeKeycloakAndUpstream keycloak = FakeKeycloakAndUpstream.started();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void keycloakAndServices(DynamicPropertyRegistry registry) {
        FakeKeycloakAndUpstream.configure(registry, keycloak);
    }

    @AfterEach
    void tokensLiveFiveMinutesAgain() {
        keycloak.issueAccessTokensFor(Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        keycloak.close();
    }

    @Test
    void aPageWithoutASessionIsSentToTheSignInAtKeycloakWithPkce() {
        Browser browser = new Browser(web);
        EntityExchangeResult<String> page = browser.get("/projects/p-1", MediaType.TEXT_HTML);
        assertThat(page.getStatus().value()).isEqualTo(302);
        assertThat(page.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/keycloak");

        EntityExchangeResult<String> start = browser.get("/oauth2/authorization/keycloak", MediaType.TEXT_HTML);
        var query = UriComponentsBuilder.fromUri(start.getResponseHeaders().getLocation()).build().getQueryParams();
        assertThat(start.getResponseHeaders().getLocation().toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?");
        assertThat(query.getFirst("client_id")).isEqualTo("jixiao-gateway");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("ui_locales")).as("the login page in Chinese").isEqualTo("zh-CN");

        // back at the page that was asked for, after the sign-in
        assertThat(browser.signIn(keycloak).getPath()).isEqualTo("/projects/p-1");
    }

    @Test
    void theApiWithoutASessionAnswers401ProblemJsonNeverARedirect() {
        EntityExchangeResult<String> answer = new Browser(web).get("/api/projects");
        assertThat(answer.getStatus().value()).isEqualTo(401);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getResponseBody()).contains("\"code\":\"unauthorized\"");
    }

    /** A write with neither a session nor a token is unauthenticated, not a forgery: 401, as for a GET. */
    @Test
    void aWriteWithoutASessionOrATokenAnswers401() {
        web.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aSignedInRequestReachesTheServiceWithTheSessionsAccessTokenAndNoCookieOfOurs() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);

        EntityExchangeResult<String> relayed = browser.get("/api/projects?year=2025");
        assertThat(relayed.getStatus().value()).isEqualTo(200);
        assertThat(relayed.getResponseBody())
                .contains("\"path\":\"/api/projects?year=2025\"")
                .contains("\"authorization\":\"Bearer " + keycloak.lastAccessToken() + "\"")
                .doesNotContain("JIXIAO_SESSION");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndNoTokenReachesTheBrowser() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        EntityExchangeResult<String> me = browser.get("/api/me");

        ResponseCookie session = browser.cookieAsSet("JIXIAO_SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).as("plain http here; Secure over https").isFalse();
        ResponseCookie csrf = browser.cookieAsSet("XSRF-TOKEN");
        assertThat(csrf.isHttpOnly()).as("the workbench's script reads it").isFalse();
        String token = keycloak.lastAccessToken();
        assertThat(me.getResponseBody()).doesNotContain(token.substring(0, 20));
        assertThat(session.getValue()).doesNotContain(".");
        assertThat(csrf.getValue()).isNotEqualTo(token);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndWithItPasses() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        browser.get("/api/me");

        EntityExchangeResult<String> forged = browser.post("/api/projects", "{}", headers -> {
        });
        assertThat(forged.getStatus().value()).isEqualTo(403);
        assertThat(forged.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        EntityExchangeResult<String> sent = browser.postWithCsrfHeader("/api/projects", "{}");
        assertThat(sent.getStatus().value()).isEqualTo(200);
        assertThat(sent.getResponseBody()).contains("\"method\":\"POST\"");
    }

    @Test
    void whoIsSignedInIsAnsweredByTheGatewayForASession() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        EntityExchangeResult<String> me = browser.get("/api/me");
        assertThat(me.getStatus().value()).isEqualTo(200);
        assertThat(me.getResponseBody())
                .contains("\"username\":\"jinchen-editor\"")
                .contains("\"displayName\":\"李晓明\"")
                .contains("\"roles\":[\"street-editor\"]")
                .contains("\"tenant\":{\"id\":\"jixiao:panlong:jinchen\",\"kind\":\"street\"}")
                .contains("\"district\":{\"id\":\"jixiao:panlong\"}")
                .contains("\"street\":{\"id\":\"jixiao:panlong:jinchen\"}");
    }

    @Test
    void whoIsSignedInIsAnsweredTheSameForABearerToken() {
        String token = keycloak.userToken("u-5", "panlong-overseer", "/panlong", "district-overseer");
        web.get().uri("/api/me").headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("panlong-overseer")
                .jsonPath("$.roles[0]").isEqualTo("district-overseer")
                .jsonPath("$.tenant.kind").isEqualTo("district")
                .jsonPath("$.tenant.id").isEqualTo("jixiao:panlong")
                .jsonPath("$.street").doesNotExist();
    }

    /** The 报告 page shows the draft PDF in a frame of its own; a service's DENY must not blank it. */
    @Test
    void aReportPdfMayBeFramedByTheWorkbenchButByNoOtherSite() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        EntityExchangeResult<String> pdf = browser.get("/api/reports/preview.pdf", MediaType.APPLICATION_PDF);
        assertThat(pdf.getStatus().value()).isEqualTo(200);
        assertThat(pdf.getResponseHeaders().get("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedBeforeItIsRelayed() {
        // below the minute of clock skew Spring allows, a token counts as expired at once
        keycloak.issueAccessTokensFor(Duration.ofSeconds(30));
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        String signedInWith = keycloak.lastAccessToken();
        int before = keycloak.refreshes();

        EntityExchangeResult<String> relayed = browser.get("/api/projects");
        assertThat(keycloak.refreshes()).isGreaterThan(before);
        assertThat(keycloak.lastAccessToken()).isNotEqualTo(signedInWith);
        assertThat(relayed.getResponseBody()).contains("\"authorization\":\"Bearer " + keycloak.lastAccessToken() + "\"");
    }

    @Test
    void aPageOfTheWorkbenchIsItsIndexAfterSignInAndItsAssetsAreCachedForLong() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);

        EntityExchangeResult<String> page = browser.get("/projects/p-1/budget", MediaType.TEXT_HTML);
        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseBody()).contains("绩效管理平台 Jixiao (test workbench)");
        assertThat(page.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
        assertThat(browser.get("/", MediaType.TEXT_HTML).getResponseBody()).contains("test workbench");

        EntityExchangeResult<String> script = browser.get("/assets/index-test1234.js", MediaType.ALL);
        assertThat(script.getStatus().value()).isEqualTo(200);
        assertThat(script.getResponseHeaders().getCacheControl()).contains("max-age=31536000").contains("immutable");

        // the API and files are never answered with the page
        assertThat(browser.get("/api/nothing-here", MediaType.TEXT_HTML).getStatus().value()).isEqualTo(404);
        assertThat(browser.get("/missing.png", MediaType.TEXT_HTML).getStatus().value()).isEqualTo(404);
    }

    @Test
    void theWorkbenchMayFrameTheReportPreviewAndPostTheSignOutToKeycloak() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        EntityExchangeResult<String> page = browser.get("/", MediaType.TEXT_HTML);
        assertThat(page.getResponseHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(page.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self';")
                .contains("frame-ancestors 'self'")
                .endsWith("form-action 'self' " + keycloak.baseUrl());
    }

    @Test
    void signingOutEndsTheKeycloakSessionTooAndComesBackToTheStart() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        browser.get("/api/me");

        assertThat(browser.post("/logout", "{}", headers -> {
        }).getStatus().value()).as("no sign-out without the CSRF token").isEqualTo(403);

        EntityExchangeResult<String> out = browser.signOut();
        assertThat(out.getStatus().value()).isEqualTo(302);
        URI keycloakLogout = out.getResponseHeaders().getLocation();
        var query = UriComponentsBuilder.fromUri(keycloakLogout).build().getQueryParams();
        assertThat(keycloakLogout.toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/logout?");
        assertThat(query.getFirst("id_token_hint")).isNotBlank();
        assertThat(query.getFirst("post_logout_redirect_uri")).matches("http://localhost:\\d+/");

        assertThat(browser.get("/api/me").getStatus().value()).isEqualTo(401);
    }

    @Test
    void aBearerRequestWithASessionCookieIsStillJudgedByItsTokenAlone() {
        Browser browser = new Browser(web);
        browser.signIn(keycloak);
        String token = keycloak.userToken("u-2", "tuodong-editor", "/panlong/tuodong", "street-editor");
        EntityExchangeResult<String> relayed = web.get().uri("/api/projects")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.add("Cookie", "JIXIAO_SESSION=" + browser.cookie("JIXIAO_SESSION"));
                })
                .exchange().expectBody(String.class).returnResult();
        assertThat(relayed.getResponseBody()).contains("\"authorization\":\"Bearer " + token + "\"");
        assertThat(relayed.getResponseCookies()).doesNotContainKeys("JIXIAO_SESSION", "XSRF-TOKEN");
    }
}
