package cn.jixiao.project.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.project.classification.EconomicClassification.Category;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped 部门预算支出经济分类科目: every year's whole catalogue, and how a budget year finds its own. */
class EconomicClassificationsTest {

    private final EconomicClassifications official = EconomicClassifications.official();

    @Test
    void everyShippedYearLoadsTheWholeCatalogueOfTenCategoriesAndTheirItems() {
        assertThat(official.years()).containsExactly(2023, 2024, 2025, 2026);

        for (int year : official.years()) {
            YearCatalogue catalogue = official.forYear(year);
            assertThat(catalogue.year()).isEqualTo(year);
            assertThat(catalogue.categories()).extracting(Category::toString).containsExactly(
                    "301 工资福利支出", "302 商品和服务支出", "303 对个人和家庭的补助", "307 债务利息及费用支出",
                    "309 资本性支出（基本建设）", "310 资本性支出", "311 对企业补助（基本建设）", "312 对企业补助",
                    "313 对社会保障基金补助", "399 其他支出");
            assertThat(catalogue.items()).hasSize(99);
        }
    }

    @Test
    void everyItemBelongsToItsCategoryAndEveryCodeAppearsOnce() {
        for (int year : official.years()) {
            YearCatalogue catalogue = official.forYear(year);

            assertThat(catalogue.items()).allSatisfy(item -> {
                assertThat(item.code()).matches("\\d{5}").startsWith(item.category().code());
                assertThat(catalogue.categories()).contains(item.category());
                assertThat(item.name()).isNotBlank();
            });
            assertThat(catalogue.items()).extracting(EconomicClassification::code).doesNotHaveDuplicates().isSorted();
            assertThat(catalogue.categories()).extracting(Category::code).doesNotHaveDuplicates().isSorted();
            assertThat(catalogue.categories()).allSatisfy(category -> assertThat(catalogue.items())
                    .anySatisfy(item -> assertThat(item.category()).isEqualTo(category)));
        }
    }

    @Test
    void theSeedProjectsClassificationIsFoundWithItsOfficialNameAndCategory() {
        EconomicClassification entrusted = official.find(2023, "30227").orElseThrow();

        assertThat(entrusted.name()).isEqualTo("委托业务费");
        assertThat(entrusted.category()).isEqualTo(new Category("302", "商品和服务支出"));
        assertThat(entrusted).hasToString("30227 委托业务费");
    }

    @Test
    void everyItemOfGoodsAndServicesIsListedInCodeOrder() {
        List<String> goodsAndServices = official.forYear(2024).items().stream()
                .filter(item -> item.category().code().equals("302"))
                .map(EconomicClassification::toString).toList();

        assertThat(goodsAndServices).containsExactly(
                "30201 办公费", "30202 印刷费", "30203 咨询费", "30204 手续费", "30205 水费", "30206 电费",
                "30207 邮电费", "30208 取暖费", "30209 物业管理费", "30211 差旅费", "30212 因公出国（境）费用",
                "30213 维修（护）费", "30214 租赁费", "30215 会议费", "30216 培训费", "30217 公务接待费",
                "30218 专用材料费", "30224 被装购置费", "30225 专用燃料费", "30226 劳务费", "30227 委托业务费",
                "30228 工会经费", "30229 福利费", "30231 公务用车运行维护费", "30239 其他交通费用",
                "30240 税金及附加费用", "30299 其他商品和服务支出");
    }

    @Test
    void theCategoriesBeyondAStreetsUsualSpendingAreThereWithTheirItems() {
        assertThat(official.find(2024, "30311")).map(EconomicClassification::name).contains("代缴社会保险费");
        assertThat(official.find(2024, "30701")).map(EconomicClassification::name).contains("国内债务付息");
        assertThat(official.find(2024, "30905")).map(EconomicClassification::name).contains("基础设施建设");
        assertThat(official.find(2024, "30999")).map(EconomicClassification::name).contains("其他基本建设支出");
        assertThat(official.find(2024, "31009")).map(EconomicClassification::name).contains("土地补偿");
        assertThat(official.find(2024, "31101")).map(item -> item.category().name()).contains("对企业补助（基本建设）");
        assertThat(official.find(2024, "31204")).map(EconomicClassification::name).contains("费用补贴");
        assertThat(official.find(2024, "31304")).map(EconomicClassification::name).contains("对机关事业单位职业年金的补助");
        assertThat(official.find(2024, "39907")).map(EconomicClassification::name).contains("国家赔偿费用支出");
        assertThat(official.find(2024, "39999")).map(EconomicClassification::name).contains("其他支出");
    }

    @Test
    void noDifferenceBetweenTheShippedYearsHasBeenEstablishedSoTheyCarryTheSameList() {
        List<String> first = official.forYear(2023).items().stream().map(EconomicClassification::toString).toList();

        for (int year : official.years()) {
            assertThat(official.forYear(year).items()).extracting(EconomicClassification::toString).isEqualTo(first);
        }
    }

    @Test
    void aYearWithoutACatalogueReadsTheNearestEarlierYearsAndAYearBeforeTheFirstReadsTheFirst() {
        assertThat(official.forYear(2027).year()).isEqualTo(2026);
        assertThat(official.forYear(2040).year()).isEqualTo(2026);
        assertThat(official.forYear(2020).year()).isEqualTo(2023);
        assertThat(official.find(2031, "30227")).map(EconomicClassification::name).contains("委托业务费");
    }

    @Test
    void retiredCodesCategoryCodesAndNonsenseAreNotFound() {
        assertThat(official.find(2024, "30210")).isEmpty();
        assertThat(official.find(2024, "30230")).isEmpty();
        assertThat(official.find(2024, "302")).isEmpty();
        assertThat(official.find(2024, "99999")).isEmpty();
        assertThat(official.find(2024, "委托业务费")).isEmpty();
        assertThat(official.find(2024, "")).isEmpty();
        assertThat(official.find(2024, null)).isEmpty();
    }

    @Test
    void surroundingSpacesAroundACodeAreIgnored() {
        assertThat(official.find(2023, " 30227 ")).map(EconomicClassification::name).contains("委托业务费");
    }

    @Test
    void aRefusalNamesTheCodesAndTheYearInChineseAndEnglish() {
        Bilingual refusal = EconomicClassifications.notInCatalogue(2025, List.of("30230", "302"));

        assertThat(refusal.zh()).isEqualTo("经济分类编码 30230、302 不在 2025 年部门预算支出经济分类科目中");
        assertThat(refusal.en())
                .isEqualTo("Code(s) 30230, 302 are not in the 2025 department budget expenditure economic classification");
    }
}
