package cn.jixiao.project.ledger;

import java.util.Optional;

import cn.jixiao.project.classification.EconomicClassification;
import cn.jixiao.project.classification.EconomicClassifications;

/**
 * The 政府支出经济分类 codes the ledger accepts: an entry's code must be in the catalogue of the project's budget
 * year, and its name is the one that catalogue gives for it.
 */
public interface ClassificationCatalogue {

    /** The name of a code in a budget year, e.g. 2024, {@code 30227} → 委托业务费; empty for a code that year lacks. */
    Optional<String> nameOf(int year, String code);

    /** The government expenditure economic classification, the same catalogue the budget checks against. */
    static ClassificationCatalogue government() {
        return (year, code) -> EconomicClassifications.official().find(year, code).map(EconomicClassification::name);
    }
}
