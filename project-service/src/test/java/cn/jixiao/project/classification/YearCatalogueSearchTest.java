package cn.jixiao.project.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a classification picker finds for what a clerk types, in the 2024 catalogue. */
class YearCatalogueSearchTest {

    private final YearCatalogue catalogue = EconomicClassifications.official().forYear(2024);

    @Test
    void partOfAnItemsNameFindsItUnderItsCategory() {
        assertThat(found("委托")).containsExactly("302 商品和服务支出: 30227 委托业务费");
    }

    @Test
    void aCategorysCodeFindsTheCategoryWithAllItsItems() {
        List<YearCatalogue.Match> matches = catalogue.search("302");

        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).items()).hasSize(27);
    }

    @Test
    void aLongerCodePrefixFindsTheItemsStartingWithIt() {
        assertThat(found("3022")).containsExactly("302 商品和服务支出: 30224 被装购置费, 30225 专用燃料费, 30226 劳务费,"
                + " 30227 委托业务费, 30228 工会经费, 30229 福利费");
        assertThat(found(" 30227 ")).containsExactly("302 商品和服务支出: 30227 委托业务费");
    }

    @Test
    void aCodePrefixSpanningCategoriesFindsEach() {
        assertThat(catalogue.search("31")).extracting(match -> match.category().code())
                .containsExactly("310", "311", "312", "313");
    }

    @Test
    void partOfACategorysNameFindsTheWholeCategory() {
        List<YearCatalogue.Match> matches = catalogue.search("资本性支出");

        assertThat(matches).extracting(match -> match.category().toString())
                .containsExactly("309 资本性支出（基本建设）", "310 资本性支出");
        assertThat(matches.get(0).items()).hasSize(12);
        assertThat(matches.get(1).items()).hasSize(16);
    }

    @Test
    void aNameFoundInSeveralCategoriesIsListedUnderEach() {
        assertThat(found("办公设备"))
                .containsExactly("309 资本性支出（基本建设）: 30902 办公设备购置", "310 资本性支出: 31002 办公设备购置");
    }

    @Test
    void nothingTypedListsTheWholeCatalogueAndNothingFoundListsNothing() {
        assertThat(catalogue.search(null)).hasSize(10);
        assertThat(catalogue.search("  ").stream().mapToInt(match -> match.items().size()).sum()).isEqualTo(99);
        assertThat(catalogue.search("不存在的科目")).isEmpty();
        assertThat(catalogue.search("999")).isEmpty();
    }

    private List<String> found(String query) {
        return catalogue.search(query).stream()
                .map(match -> match.category() + ": " + String.join(", ",
                        match.items().stream().map(EconomicClassification::toString).toList()))
                .toList();
    }
}
