package cn.jixiao.project.classification;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

/** The pickers' read of the catalogue: any signed-in user, a budget year, a code prefix or part of a name. */
@ServiceTest
class ClassificationApiTest {

    @Autowired
    WebTestClient web;

    @Test
    void aStreetEditorFindsAnItemByPartOfItsNameForTheProjectsYear() {
        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get()
                .uri("/api/classifications?year={year}&q={q}", 2024, "委托")
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2024)
                .jsonPath("$.catalogueYear").isEqualTo(2024)
                .jsonPath("$.query").isEqualTo("委托")
                .jsonPath("$.categories.length()").isEqualTo(1)
                .jsonPath("$.categories[0].code").isEqualTo("302")
                .jsonPath("$.categories[0].name").isEqualTo("商品和服务支出")
                .jsonPath("$.categories[0].items[0].code").isEqualTo("30227")
                .jsonPath("$.categories[0].items[0].name").isEqualTo("委托业务费");
    }

    @Test
    void anyOtherSignedInUserMayReadItAndAYearWithoutACatalogueSaysWhichYearsItUsed() {
        web.mutateWith(Tokens.auditor("panlong")).get().uri("/api/classifications?year=2031&q=310")
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.catalogueYear").isEqualTo(2026)
                .jsonPath("$.categories[0].code").isEqualTo("310")
                .jsonPath("$.categories[0].items.length()").isEqualTo(16);
        web.mutateWith(Tokens.overseer("panlong")).get().uri("/api/classifications?year=2023")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.categories.length()").isEqualTo(10);
    }

    @Test
    void aCallerWithoutATokenIsRefused() {
        web.get().uri("/api/classifications?year=2024").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theYearIsRequiredAndMustBeABudgetYear() {
        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get().uri("/api/classifications?q=委托")
                .exchange().expectStatus().isBadRequest();
        web.mutateWith(Tokens.streetEditor("panlong", "jinchen")).get().uri("/api/classifications?year=1999")
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void theServicesOpenApiDocumentDeclaresTheRoute() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/classifications'].get.parameters[0].name").isEqualTo("year");
    }
}
