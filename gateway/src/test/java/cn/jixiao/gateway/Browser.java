package cn.jixiao.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser for the gateway's tests: keeps the cookies the gateway sets, as a browser would, and sends them
 * back; signs in through (fake) Keycloak as a person would, following the redirects by hand.
 */
final class Browser {

    private final WebTestClient web;
    private final Map<String, ResponseCookie> cookies = new LinkedHashMap<>();

    Browser(WebTestClient web) {
        this.web = web;
    }

    /** The same cookies in another browser tab, or at another gateway instance behind the same address. */
    Browser sameCookiesAt(WebTestClient other) {
        Browser copy = new Browser(other);
        copy.cookies.putAll(cookies);
        return copy;
    }

    /** Signs in as Keycloak's user and comes back to the workbench; returns where the gateway sent the browser then. */
    URI signIn(FakeKeycloakAndUpstream keycloak) {
        EntityExchangeResult<String> start = get("/oauth2/authorization/keycloak", MediaType.TEXT_HTML);
        assertThat(start.getStatus().value()).isEqualTo(302);
        URI back = keycloak.authorize(start.getResponseHeaders().getLocation());
        EntityExchangeResult<String> signedIn = get(back.toString(), MediaType.TEXT_HTML);
        assertThat(signedIn.getStatus().value()).as("the gateway accepts Keycloak's answer").isEqualTo(302);
        return signedIn.getResponseHeaders().getLocation();
    }

    EntityExchangeResult<String> get(String uri, MediaType accept) {
        URI target = URI.create(uri);
        WebTestClient.RequestHeadersSpec<?> request = target.isAbsolute() ? web.get().uri(target) : web.get().uri(uri);
        return exchange(request.accept(accept), headers -> {
        });
    }

    EntityExchangeResult<String> get(String uri) {
        return get(uri, MediaType.APPLICATION_JSON);
    }

    /** A POST as the workbench's script sends it: the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header. */
    EntityExchangeResult<String> postWithCsrfHeader(String uri, String json) {
        return post(uri, json, headers -> headers.set("X-XSRF-TOKEN", cookie("XSRF-TOKEN")));
    }

    EntityExchangeResult<String> post(String uri, String json, Consumer<HttpHeaders> extra) {
        return exchange(web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json), extra);
    }

    /** The sign-out form's post. */
    EntityExchangeResult<String> signOut() {
        return exchange(web.post().uri("/logout").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=" + cookie("XSRF-TOKEN")), h -> {
        });
    }

    String cookie(String name) {
        ResponseCookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    ResponseCookie cookieAsSet(String name) {
        return cookies.get(name);
    }

    private EntityExchangeResult<String> exchange(WebTestClient.RequestHeadersSpec<?> request, Consumer<HttpHeaders> extra) {
        EntityExchangeResult<String> result = request
                .headers(headers -> {
                    extra.accept(headers);
                    cookies.values().forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie.getName() + "=" + cookie.getValue()));
                })
                .exchange()
                .expectBody(String.class)
                .returnResult();
        result.getResponseCookies().forEach((name, set) -> set.forEach(cookie -> {
            if (cookie.getMaxAge().isZero()) {
                cookies.remove(name);
            } else {
                cookies.put(name, cookie);
            }
        }));
        return result;
    }
}
