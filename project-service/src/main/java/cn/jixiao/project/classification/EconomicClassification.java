package cn.jixiao.project.classification;

import java.util.Objects;

/**
 * One item (款) of the department budget expenditure economic classification (部门预算支出经济分类科目), e.g.
 * {@code 30227 委托业务费} under {@code 302 商品和服务支出}. Budgets and the spending ledger are broken down by these
 * items. Which items exist depends on the budget year: look one up in that year's {@link YearCatalogue}.
 *
 * @param code     the five-digit code, e.g. {@code 30227}; its first three digits are its category's
 * @param name     its official name, e.g. {@code 委托业务费}
 * @param category the category (类) it belongs to
 */
public record EconomicClassification(String code, String name, Category category) {

    public EconomicClassification {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }

    /**
     * A category (类) of the catalogue, e.g. {@code 302 商品和服务支出}.
     *
     * @param code the three-digit code
     * @param name its official name
     */
    public record Category(String code, String name) {

        public Category {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }

        /** As the forms print it: {@code 302 商品和服务支出}. */
        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    /** As the forms print it: {@code 30227 委托业务费}. */
    @Override
    public String toString() {
        return code + " " + name;
    }
}
