package cn.jixiao.systemtests.onboarding;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs in through Keycloak's own login pages as a browser does: the authorization code flow of the public
 * {@code jixiao-web} client with PKCE, the login form, and the form that makes a new account replace its
 * temporary password. No password grant: an account with a required action cannot use it, and people do not.
 */
final class BrowserSignIn {

    /** Any port on localhost is a registered redirect of jixiao-web; nothing needs to listen there. */
    private static final String REDIRECT_URI = "http://localhost:9/signed-in";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ERROR_TEXT = Pattern.compile(
            "class=\"[^\"]*(?:alert-error|kc-feedback-text|pf-m-danger|kc-error-message)[^\"]*\"[^>]*>(.*?)</", Pattern.DOTALL);

    private final URI issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    // by hand rather than a CookieManager: Keycloak marks its session cookies Secure, which a browser still
    // sends to http://localhost but java.net's cookie store does not
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    BrowserSignIn(URI tokenEndpoint) {
        String endpoint = tokenEndpoint.toString();
        this.issuer = URI.create(endpoint.substring(0, endpoint.indexOf("/protocol/openid-connect/token")));
    }

    /**
     * Signs in with a temporary password, sets the new one on Keycloak's form, and returns the tokens.
     *
     * @throws SignInRefused with the page's message if Keycloak refuses, e.g. for a disabled account
     */
    JsonNode firstSignIn(String username, String temporaryPassword, String newPassword) {
        String verifier = randomUrlSafe(48);
        HttpResponse<String> page = send(get(issuer + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", "jixiao-web",
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", REDIRECT_URI,
                "state", randomUrlSafe(16),
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"))));
        page = followToPage(page);
        page = followToPage(send(post(actionOf(page), Map.of("username", username, "password", temporaryPassword,
                "credentialId", ""))));
        if (page.statusCode() == 200) {
            if (!page.body().contains("password-new")) {
                // the login page again, with Keycloak's reason: a wrong password, a disabled account
                throw new SignInRefused("Keycloak refused the sign-in: " + messageOf(page.body()));
            }
            // the required action UPDATE_PASSWORD: the temporary password is replaced before any token is issued
            page = send(post(actionOf(page), Map.of("password-new", newPassword, "password-confirm", newPassword)));
        }
        String code = codeFrom(page);
        HttpResponse<String> tokens = send(post(issuer + "/protocol/openid-connect/token", Map.of(
                "grant_type", "authorization_code",
                "client_id", "jixiao-web",
                "code", code,
                "redirect_uri", REDIRECT_URI,
                "code_verifier", verifier)));
        if (tokens.statusCode() != 200) {
            throw new SignInRefused("code exchange answered " + tokens.statusCode() + ": " + tokens.body());
        }
        return json.readTree(tokens.body());
    }

    /** The claims of a JWT, read without checking it: the services under test check it. */
    JsonNode claimsOf(String jwt) {
        String payload = jwt.split("\\.")[1];
        return json.readTree(Base64.getUrlDecoder().decode(payload));
    }

    private HttpResponse<String> followToPage(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && isRedirect(current) && !location(current).startsWith(REDIRECT_URI); hops++) {
            current = send(get(URI.create(current.uri().toString()).resolve(location(current)).toString()));
        }
        return current;
    }

    private String codeFrom(HttpResponse<String> page) {
        if (!isRedirect(page) || !location(page).startsWith(REDIRECT_URI)) {
            throw new SignInRefused("Keycloak did not sign in (HTTP " + page.statusCode() + "): " + messageOf(page.body()));
        }
        URI back = URI.create(location(page));
        return Arrays.stream(back.getRawQuery().split("&"))
                .filter(pair -> pair.startsWith("code="))
                .map(pair -> URLDecoder.decode(pair.substring("code=".length()), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new SignInRefused("no code in " + back));
    }

    private String actionOf(HttpResponse<String> page) {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new SignInRefused("no form on Keycloak's page (HTTP " + page.statusCode() + "): " + messageOf(page.body()));
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static String messageOf(String html) {
        Matcher error = ERROR_TEXT.matcher(html);
        return error.find() ? error.group(1).replaceAll("<[^>]+>", "").trim() : html.substring(0, Math.min(300, html.length()));
    }

    private HttpRequest get(String uri) {
        return withCookies(HttpRequest.newBuilder(URI.create(uri))).GET().build();
    }

    private HttpRequest post(String uri, Map<String, String> fields) {
        return withCookies(HttpRequest.newBuilder(URI.create(uri)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build();
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() == 302 || response.statusCode() == 303;
    }

    private static String location(HttpResponse<String> response) {
        Optional<String> location = response.headers().firstValue("Location");
        return location.orElse("");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak did not let the person in; the message is the one its page shows. */
    static final class SignInRefused extends RuntimeException {
        SignInRefused(String message) {
            super(message);
        }
    }
}
