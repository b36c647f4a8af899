package cn.jixiao.project.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jixiao.project.classification.EconomicClassification.Category;

/**
 * The catalogue of one budget year: its categories (类) and their items (款), in code order. A code that is not an
 * item of this year's catalogue (a category's code is not an item either) is not a classification a budget or a
 * payment of that year can be booked under.
 */
public final class YearCatalogue {

    private final int year;
    private final List<Category> categories;
    private final Map<String, EconomicClassification> items;

    /** Items in code order, each under one of the categories; {@link CatalogueFile} checks a file's lines so. */
    YearCatalogue(int year, List<Category> categories, List<EconomicClassification> items) {
        this.year = year;
        this.categories = List.copyOf(categories);
        Map<String, EconomicClassification> byCode = new LinkedHashMap<>();
        for (EconomicClassification item : items) {
            if (byCode.putIfAbsent(item.code(), item) != null) {
                throw new IllegalArgumentException("The " + year + " catalogue lists " + item.code() + " twice");
            }
        }
        this.items = byCode;
    }

    /** The budget year whose catalogue this is. */
    public int year() {
        return year;
    }

    /** Every category, in code order. */
    public List<Category> categories() {
        return categories;
    }

    /** Every item, in code order. */
    public List<EconomicClassification> items() {
        return List.copyOf(items.values());
    }

    /** The item with this code (surrounding spaces ignored), or empty if it is not an item of this year's catalogue. */
    public Optional<EconomicClassification> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(items.get(code.strip()));
    }

    /**
     * What a picker shows for what was typed: digits are a code prefix ({@code 302} finds the category and all its
     * items, {@code 3022} the items 30220–30229), anything else a part of a name ({@code 委托} finds 30227 委托业务费).
     * A category that matches brings all its items; otherwise a category is listed with just the items that match,
     * and not at all when none does. Nothing typed lists the whole catalogue.
     */
    public List<Match> search(String query) {
        String typed = query == null ? "" : query.strip();
        boolean byCode = typed.chars().allMatch(Character::isDigit);
        List<Match> matches = new ArrayList<>();
        for (Category category : categories) {
            List<EconomicClassification> under = items.values().stream()
                    .filter(item -> item.category().equals(category)).toList();
            boolean whole = byCode ? category.code().startsWith(typed) : category.name().contains(typed);
            List<EconomicClassification> found = whole ? under : under.stream()
                    .filter(item -> byCode ? item.code().startsWith(typed) : item.name().contains(typed)).toList();
            if (whole || !found.isEmpty()) {
                matches.add(new Match(category, found));
            }
        }
        return matches;
    }

    /** A category and those of its items a search found, in code order. */
    public record Match(Category category, List<EconomicClassification> items) {

        public Match {
            items = List.copyOf(items);
        }
    }
}
