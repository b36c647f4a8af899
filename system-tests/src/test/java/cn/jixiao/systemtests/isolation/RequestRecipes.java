package cn.jixiao.systemtests.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * How the matrix calls each route, from {@code src/test/resources/isolation/requests.yaml}: values of path and query
 * parameters that are not simply a street's resource of the same name, and a plausible body for writes, so that
 * the answer shows the tenant decision rather than a validation error. A route without a recipe is called with
 * its path parameters filled by name and, if it writes, an empty JSON object.
 */
final class RequestRecipes {

    static final String RESOURCE = "/isolation/requests.yaml";

    private final Map<String, Recipe> byRoute;

    private RequestRecipes(Map<String, Recipe> byRoute) {
        this.byRoute = byRoute;
    }

    static RequestRecipes load() {
        try (InputStream in = RequestRecipes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            Map<String, Map<String, Object>> document = new Yaml().load(in);
            Map<String, Recipe> recipes = new LinkedHashMap<>();
            document.forEach((route, recipe) -> recipes.put(route, Recipe.of(recipe)));
            return new RequestRecipes(recipes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> routeKeys() {
        return byRoute.keySet();
    }

    Recipe of(Route route) {
        return byRoute.getOrDefault(route.key(), Recipe.NONE);
    }

    /**
     * @param path      path parameter → value template, e.g. id → {projectId}, format → html
     * @param query     query parameter → value template
     * @param json      the JSON body, its strings value templates; {@code null} for none
     * @param multipart form field → value template, or a file part {name, type, content}; {@code null} for none
     */
    record Recipe(Map<String, Object> path, Map<String, Object> query, Object json, Map<String, Object> multipart) {

        static final Recipe NONE = new Recipe(Map.of(), Map.of(), null, null);

        @SuppressWarnings("unchecked")
        static Recipe of(Map<String, Object> recipe) {
            return new Recipe((Map<String, Object>) recipe.getOrDefault("path", Map.of()),
                    (Map<String, Object>) recipe.getOrDefault("query", Map.of()), recipe.get("json"),
                    (Map<String, Object>) recipe.get("multipart"));
        }
    }
}
