package cn.jixiao.gateway.workbench;

import java.time.Duration;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the browser workbench (the web module's built files under {@code classpath:/static/}).
 *
 * <ul>
 *   <li>{@code /assets/**} carry a hash of their content in their names: cached for a year, never revalidated.</li>
 *   <li>{@code index.html} names the current hashes: never taken from a cache without asking.</li>
 *   <li>A page of the workbench's own routing ({@code /projects/p-1/budget}) is that same index.html, when a
 *       browser asks for a page (text/html) at a path that is no file and none of the gateway's own
 *       ({@code /api}, the sign-in, the actuator). Security has asked for the sign-in before it gets here.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WorkbenchConfiguration implements WebFluxConfigurer {

    private static final Resource INDEX = new ClassPathResource("static/index.html");
    private static final boolean WORKBENCH_BUILT = INDEX.exists();
    private static final Set<String> NOT_PAGES = Set.of("api", "oauth2", "login", "logout", "actuator", "assets");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    @Bean
    RouterFunction<ServerResponse> workbenchPages() {
        return RouterFunctions.route(WorkbenchConfiguration::isPageRequest, request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(INDEX));
    }

    /**
     * Asked of every request the gateway receives, API calls included (this router comes before the routes):
     * so the cheap tests first, and whether the workbench was built into the jar once, not a class path lookup
     * per request.
     */
    static boolean isPageRequest(ServerRequest request) {
        return HttpMethod.GET.equals(request.method())
                && isPagePath(request.path())
                && WORKBENCH_BUILT
                && request.headers().accept().stream()
                        .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
    }

    /** "/" and "/projects/p-1", not "/api/..." nor "/favicon.ico" nor "/assets/x.js". */
    static boolean isPagePath(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !NOT_PAGES.contains(first) && !last.contains(".");
    }
}
