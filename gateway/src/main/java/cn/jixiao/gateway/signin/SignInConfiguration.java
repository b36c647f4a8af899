package cn.jixiao.gateway.signin;

import java.net.URI;
import java.time.Clock;
import java.util.List;


import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebSession;

import cn.jixiao.gateway.session.SessionCookie;
import cn.jixiao.problems.ProblemWriter;
import cn.jixiao.problems.Problems;
import cn.jixiao.tenancy.ResourceServerSecurity;
import cn.jixiao.tenancy.TrustedIssuers;

/**
 * The gateway as the workbench's backend-for-frontend (ADR 0010): two security chains on one port.
 *
 * <ol>
 *   <li>A request with {@code Authorization: Bearer} is an API client: tenancy's resource-server rules, exactly as
 *       every service applies them, and nothing of the session is read or written.</li>
 *   <li>Everything else is a browser: signed in at Keycloak with the authorization code and PKCE, kept in a
 *       server-side session (its cookie HttpOnly, SameSite=Lax), CSRF-protected by cookie-to-header, and the
 *       session's access token relayed to the services by {@code TokenRelay}. The tokens stay in the session on
 *       the server: the browser never sees one.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SignInConfiguration {

    /** Where an unauthenticated page is sent: the start of the sign-in at Keycloak. */
    static final String SIGN_IN = "/oauth2/authorization/" + SignInProperties.REGISTRATION_ID;

    @Bean
    @Order(1)
    SecurityWebFilterChain apiClients(ServerHttpSecurity http, TrustedIssuers issuers, VerifiedTokens verifiedTokens,
                                      ProblemWriter problems) {
        http.securityMatcher(new BearerRequests())
                // an API client's request stands alone: never load or create a session for it
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return ResourceServerSecurity.bearerTokensOnly(http, issuers, problems)
                // tenancy's rules as they are, with the same checks remembered for a token that passed them
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(verifiedTokens))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browsers(ServerHttpSecurity http, ProblemWriter problems,
                                    ReactiveClientRegistrationRepository registrations,
                                    ServerOAuth2AuthorizedClientRepository authorizedClients) {
        CookieServerCsrfTokenRepository csrfCookie = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return http
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        // the workbench's hashed script and style files hold no data; the page itself needs sign-in
                        .pathMatchers("/assets/**", "/favicon.ico").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .authorizationRequestResolver(withPkce(registrations))
                        .authorizedClientRepository(authorizedClients)
                        .authenticationSuccessHandler(newSessionIdThenBack()))
                .oauth2Client(client -> client.authorizedClientRepository(authorizedClients))
                // the SPA reads XSRF-TOKEN and sends it back as X-XSRF-TOKEN; the plain handler, since a script
                // sends the cookie's value as it is (the masking handler suits server-rendered forms)
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfCookie)
                        // a forged request rides on the victim's session cookie; a write that carries none is no
                        // CSRF risk and is answered as unauthenticated (401), as to a script without a token
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                                exchange -> exchange.getRequest().getCookies().containsKey(SessionCookie.NAME)
                                        ? ServerWebExchangeMatcher.MatchResult.match()
                                        : ServerWebExchangeMatcher.MatchResult.notMatch()))
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, Problems.forbidden())))
                .addFilterAfter(new CsrfCookie(), SecurityWebFiltersOrder.CSRF)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(apiAnswersPagesRedirect(problems))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, Problems.forbidden())))
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/logout"))
                        .logoutSuccessHandler(endingTheKeycloakSession(registrations)))
                // the report preview (a PDF from /api/reports) is shown in a frame of the workbench's own page
                .headers(headers -> headers.frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.SAMEORIGIN)))
                .build();
    }

    /**
     * The authorization code with PKCE (S256). Spring adds PKCE by itself only for public clients; the gateway is
     * a confidential one, and the realm requires PKCE of it all the same (a stolen code is useless without the
     * verifier this session holds). The login page is asked for in Chinese ({@code ui_locales=zh-CN}) whatever
     * language the office PC's browser prefers; a person who picks English on the page keeps it (Keycloak's own
     * locale cookie comes first).
     */
    private static ServerOAuth2AuthorizationRequestResolver withPkce(ReactiveClientRegistrationRepository registrations) {
        DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(parameters -> parameters.put("ui_locales", "zh-CN"))));
        return resolver;
    }

    /**
     * A new session id at sign-in, so an id planted in the browser before (session fixation) is worth nothing
     * after; then back to the page that asked for the sign-in.
     */
    private static ServerAuthenticationSuccessHandler newSessionIdThenBack() {
        RedirectServerAuthenticationSuccessHandler back = new RedirectServerAuthenticationSuccessHandler();
        return (webFilterExchange, authentication) -> webFilterExchange.getExchange().getSession()
                .flatMap(WebSession::changeSessionId)
                .then(back.onAuthenticationSuccess(webFilterExchange, authentication));
    }

    /**
     * Without a session, the API answers 401 problem+json (the workbench's script decides to sign in again; a
     * redirect to Keycloak's HTML would be useless to it), and a page is redirected to the sign-in.
     */
    private static ServerAuthenticationEntryPoint apiAnswersPagesRedirect(ProblemWriter problems) {
        ServerAuthenticationEntryPoint api = (exchange, e) -> problems.write(exchange, Problems.unauthorized());
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(List.of(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/api/**"), api),
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/actuator/**"), api)));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN));
        return entryPoint;
    }

    /** Signing out of the workbench signs out of Keycloak too, then comes back to the workbench's start page. */
    private static OidcClientInitiatedServerLogoutSuccessHandler endingTheKeycloakSession(
            ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(SignInProperties keycloak) {
        return new InMemoryReactiveClientRegistrationRepository(KeycloakRegistration.of(keycloak));
    }

    /**
     * The tokens of a browser's sign-in are kept in its session, on the server: so every gateway instance that
     * shares the session store has them too (Spring's default would keep them in this instance's memory).
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Used by TokenRelay and {@link SignedInUsers}: an expired access token is refreshed before it is relayed. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
                                                                  ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    VerifiedTokens verifiedTokens(TrustedIssuers issuers) {
        return new VerifiedTokens(issuers, Clock.systemUTC());
    }

    @Bean
    SignedInUsers signedInUsers(VerifiedTokens verifiedTokens, ReactiveOAuth2AuthorizedClientManager authorizedClientManager) {
        return new SignedInUsers(verifiedTokens, authorizedClientManager);
    }

}
