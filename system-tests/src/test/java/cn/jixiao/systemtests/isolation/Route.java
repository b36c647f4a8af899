package cn.jixiao.systemtests.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the platform's API as a service's OpenAPI document lists it, written as the table writes it,
 * e.g. {@code GET /api/projects/{id}}.
 *
 * @param method                 the HTTP method, upper case
 * @param path                   the path template with its {@code {parameters}}
 * @param requiredQueryParameters the query parameters the operation cannot be called without
 */
record Route(String method, String path, List<String> requiredQueryParameters) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    Route {
        requiredQueryParameters = List.copyOf(requiredQueryParameters);
    }

    /** The key the expected table and the request recipes use. */
    String key() {
        return method + " " + path;
    }

    boolean reads() {
        return "GET".equals(method);
    }

    List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return key();
    }
}
