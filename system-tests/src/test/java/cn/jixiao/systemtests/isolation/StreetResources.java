package cn.jixiao.systemtests.isolation;

import java.util.List;
import java.util.Map;

/**
 * What the matrix created in one demo street through the API, by the names the routes' path parameters use:
 * projectId, evaluationId, evidenceId, surveyId, importId, reportId, templateId, indicatorId, districtId, ...
 *
 * @param street    the demo street, e.g. jinchen
 * @param resources parameter name → value
 */
record StreetResources(String street, Map<String, String> resources) {

    /** The values only this street's data carries: seeing one of them in an answer means seeing the street's data. */
    private static final List<String> IDENTIFYING = List.of("projectId", "projectCode", "evaluationId", "evidenceId",
            "surveyId", "reportId");

    StreetResources {
        resources = Map.copyOf(resources);
    }

    String get(String name) {
        return resources.get(name);
    }

    List<String> identifyingValues() {
        return IDENTIFYING.stream().map(resources::get).filter(value -> value != null).toList();
    }
}
