package cn.jixiao.project.ledger;

import java.util.Optional;

import cn.jixiao.project.classification.EconomicClassification;

/**
 * The 政府支出经济分类 codes the ledger accepts: an entry's code must be known, and its name is the one
 * the catalogue gives for it.
 */
public interface ClassificationCatalogue {

    /** The name of a code, e.g. {@code 30227} → 委托业务费; empty for a code the catalogue does not know. */
    Optional<String> nameOf(String code);

    /** The government expenditure economic classification, the same catalogue the budget checks against. */
    static ClassificationCatalogue government() {
        return code -> EconomicClassification.find(code).map(EconomicClassification::name);
    }
}
