package cn.jixiao.systemtests.isolation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.http.HttpEntity;

/**
 * A route's request made concrete for one street's resources: its {@code {placeholders}} replaced by the street's
 * project id, evaluation id and so on.
 *
 * @param route      the route
 * @param pathValues path parameter → value
 * @param query      query parameter → value
 * @param json       the JSON body, or {@code null}
 * @param multipart  the multipart body, or {@code null}
 * @param targeted   whether anything in the request names a street's resource; a route that names none (a list,
 *                   a registration) reaches no other tenant, so only its own-street cells are run
 */
record CellRequest(Route route, Map<String, String> pathValues, Map<String, String> query, Object json,
                   MultiValueMap<String, HttpEntity<?>> multipart, boolean targeted) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Values that are the same in every street: the first round, the first version. */
    private static final Map<String, String> FIXED = Map.of("round", "1", "version", "1", "number", "1");

    static CellRequest of(Route route, RequestRecipes.Recipe recipe, StreetResources street) {
        Filler filler = new Filler(street);
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (String name : route.pathParameters()) {
            Object template = recipe.path().getOrDefault(name, "{" + name + "}");
            pathValues.put(name, filler.fill(route, String.valueOf(template)));
        }
        Map<String, String> query = new LinkedHashMap<>();
        recipe.query().forEach((name, template) -> query.put(name, filler.fill(route, String.valueOf(template))));
        List<String> missing = new ArrayList<>(route.requiredQueryParameters());
        missing.removeAll(query.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(route + " requires the query parameters " + missing + ": give them under 'query' in "
                    + RequestRecipes.RESOURCE);
        }
        Object json = recipe.json() == null ? null : filler.fillAll(route, recipe.json());
        MultiValueMap<String, HttpEntity<?>> multipart = recipe.multipart() == null ? null : multipart(route, recipe.multipart(), filler);
        if (json == null && multipart == null && !route.reads()) {
            json = Map.of();
        }
        return new CellRequest(route, pathValues, query, json, multipart, filler.targeted);
    }

    private static MultiValueMap<String, HttpEntity<?>> multipart(Route route, Map<String, Object> fields, Filler filler) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        fields.forEach((name, value) -> {
            if (value instanceof Map<?, ?> file) {
                byte[] content = filler.fill(route, String.valueOf(file.get("content"))).getBytes(StandardCharsets.UTF_8);
                form.part(name, new ByteArrayResource(content)).filename(String.valueOf(file.get("name")))
                        .contentType(MediaType.parseMediaType(String.valueOf(file.get("type"))));
            } else {
                form.part(name, filler.fill(route, String.valueOf(value)));
            }
        });
        return form.build();
    }

    /** Replaces placeholders, and remembers whether any named a street's own resource. */
    private static final class Filler {

        private final StreetResources street;
        private boolean targeted;

        Filler(StreetResources street) {
            this.street = street;
        }

        String fill(Route route, String template) {
            Matcher matcher = PLACEHOLDER.matcher(template);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = street.get(name);
                if (value != null) {
                    targeted = true;
                } else {
                    value = FIXED.get(name);
                }
                if (value == null) {
                    throw new IllegalStateException("The matrix does not know how to fill {" + name + "} of " + route
                            + ": name one of the street's resources " + street.resources().keySet() + " or a value under 'path' or 'query' in "
                            + RequestRecipes.RESOURCE);
                }
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        Object fillAll(Route route, Object template) {
            if (template instanceof String text) {
                return fill(route, text);
            }
            if (template instanceof Map<?, ?> map) {
                Map<Object, Object> filled = new LinkedHashMap<>();
                map.forEach((key, value) -> filled.put(key, fillAll(route, value)));
                return filled;
            }
            if (template instanceof List<?> list) {
                return list.stream().map(item -> fillAll(route, item)).toList();
            }
            return template;
        }
    }
}
