package cn.jixiao.systemtests.isolation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The table and the request recipes as committed, and how a route's request is made concrete for a street. */
class RequestRecipesTest {

    private static final StreetResources HUASHAN = new StreetResources("huashan", Map.of(
            "projectId", "p-huashan", "evaluationId", "e-huashan", "streetId", "jixiao:wuhua:huashan",
            "templateId", "t-wuhua"));

    @Test
    void theTableHasAColumnForEachRoleAndTargetAndOneWithoutAToken() {
        ExpectedTable table = ExpectedTable.load();
        List<String> headings = table.columns().stream().map(Column::heading).toList();
        assertThat(headings).hasSize(6 * 3 + 1).contains("street-editor@own", "district-admin@sibling",
                "platform-admin@other-district", "anonymous");
        assertThat(table.routeKeys()).contains("GET /api/projects/{id}", "POST /api/evaluations/{id}/submit",
                "GET /api/reports/archives/{reportId}/versions/{number}/{format}");
    }

    @Test
    void everyRecipeIsForARouteOfTheTableSoNoneIsLeftBehindWhenARouteGoes() {
        assertThat(ExpectedTable.load().routeKeys()).containsAll(RequestRecipes.load().routeKeys());
    }

    @Test
    void pathParametersAreFilledWithTheStreetsResourcesAndMakeTheCallReachThatStreet() {
        Route route = new Route("POST", "/api/evaluations/{id}/submit", List.of());
        CellRequest request = CellRequest.of(route, RequestRecipes.load().of(route), HUASHAN);
        assertThat(request.pathValues()).containsEntry("id", "e-huashan");
        assertThat(request.json()).isEqualTo(Map.of("version", -1));
        assertThat(request.targeted()).isTrue();
    }

    @Test
    void aBodyCanNameTheStreetsResourceToo() {
        Route route = new Route("PUT", "/api/templates/choice", List.of());
        CellRequest request = CellRequest.of(route, RequestRecipes.load().of(route), HUASHAN);
        assertThat(request.json()).isEqualTo(Map.of("templateId", "t-wuhua", "version", 1));
        assertThat(request.targeted()).isTrue();
    }

    @Test
    void aRegistrationNamesNoStreetSoOnlyItsOwnCellsRun() {
        Route route = new Route("POST", "/api/projects", List.of());
        assertThat(CellRequest.of(route, RequestRecipes.load().of(route), HUASHAN).targeted()).isFalse();
    }

    @Test
    void aParameterTheMatrixCannotFillIsNamedWithWhereToSayIt() {
        Route route = new Route("GET", "/api/projects/{projectId}/contracts/{contractId}", List.of());
        assertThatThrownBy(() -> CellRequest.of(route, RequestRecipes.load().of(route), HUASHAN))
                .hasMessageContaining("{contractId}").hasMessageContaining("isolation/requests.yaml");
    }

    @Test
    void aRequiredQueryParameterWithoutAValueIsNamed() {
        Route route = new Route("GET", "/api/projects/{projectId}/ledger/forecast", List.of("month"));
        assertThatThrownBy(() -> CellRequest.of(route, RequestRecipes.load().of(route), HUASHAN))
                .hasMessageContaining("[month]");
    }
}
