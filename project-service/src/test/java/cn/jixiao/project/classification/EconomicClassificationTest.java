package cn.jixiao.project.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.project.classification.EconomicClassification.Category;

import static org.assertj.core.api.Assertions.assertThat;

class EconomicClassificationTest {

    @Test
    void theSeedProjectsClassificationIsFoundWithItsOfficialNameAndCategory() {
        EconomicClassification entrusted = EconomicClassification.find("30227").orElseThrow();

        assertThat(entrusted.name()).isEqualTo("委托业务费");
        assertThat(entrusted.category()).isEqualTo(Category.GOODS_AND_SERVICES);
        assertThat(entrusted.category().displayName()).isEqualTo("商品和服务支出");
        assertThat(entrusted).hasToString("30227 委托业务费");
    }

    @Test
    void everyItemOfGoodsAndServicesIsListedInCodeOrder() {
        List<String> goodsAndServices = EconomicClassification.all().stream()
                .filter(item -> item.category() == Category.GOODS_AND_SERVICES)
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
    void wagesSubsidiesAndCapitalExpenditureCarryTheirCommonItems() {
        assertThat(EconomicClassification.find("30101").orElseThrow().name()).isEqualTo("基本工资");
        assertThat(EconomicClassification.find("30113").orElseThrow().name()).isEqualTo("住房公积金");
        assertThat(EconomicClassification.find("30305").orElseThrow().name()).isEqualTo("生活补助");
        assertThat(EconomicClassification.find("30399").orElseThrow().category())
                .isEqualTo(Category.SUBSIDIES_TO_INDIVIDUALS_AND_FAMILIES);
        assertThat(EconomicClassification.find("31002").orElseThrow().name()).isEqualTo("办公设备购置");
        assertThat(EconomicClassification.find("31099").orElseThrow().category()).isEqualTo(Category.CAPITAL_EXPENDITURE);
    }

    @Test
    void everyCodeIsFiveDigitsStartingWithItsCategoryAndAppearsOnce() {
        List<EconomicClassification> all = EconomicClassification.all();

        assertThat(all).allSatisfy(item -> {
            assertThat(item.code()).matches("\\d{5}").startsWith(item.category().code());
            assertThat(item.name()).isNotBlank();
        });
        assertThat(all).extracting(EconomicClassification::code).doesNotHaveDuplicates().isSorted();
        assertThat(all).extracting(EconomicClassification::category).contains(Category.values());
    }

    @Test
    void retiredCodesCategoryCodesAndNonsenseAreNotFound() {
        assertThat(EconomicClassification.find("30210")).isEmpty();
        assertThat(EconomicClassification.find("30230")).isEmpty();
        assertThat(EconomicClassification.find("302")).isEmpty();
        assertThat(EconomicClassification.find("99999")).isEmpty();
        assertThat(EconomicClassification.find("委托业务费")).isEmpty();
        assertThat(EconomicClassification.find("")).isEmpty();
        assertThat(EconomicClassification.find(null)).isEmpty();
    }

    @Test
    void surroundingSpacesAroundACodeAreIgnored() {
        assertThat(EconomicClassification.find(" 30227 ")).map(EconomicClassification::name).contains("委托业务费");
    }
}
