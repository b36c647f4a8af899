package cn.jixiao.project.classification;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a classification picker shows: the categories (类) found for what was typed, each with its items (款).
 *
 * @param year          the budget year asked for
 * @param catalogueYear the year of the catalogue used: the year asked for, or the nearest earlier year that has one
 * @param query         what was typed, empty for the whole catalogue
 * @param categories    the categories found, in code order
 */
@Schema(description = "经济分类科目查找结果 / economic classifications found")
record ClassificationSearch(
        @Schema(description = "预算年度 / budget year", example = "2024") int year,
        @Schema(description = "所用科目表的年度：该年度没有科目表时为此前最近的年度 / the year of the catalogue used: the"
                + " nearest earlier year's when the year has none of its own", example = "2024") int catalogueYear,
        @Schema(description = "查找的编码前缀或名称文字，空为全部 / the code prefix or part of a name looked for, empty for all",
                example = "委托") String query,
        @Schema(description = "找到的类（含其下找到的款）/ the categories found, with their items found") List<CategoryView> categories) {

    static ClassificationSearch of(int year, YearCatalogue catalogue, String query) {
        String typed = query == null ? "" : query.strip();
        return new ClassificationSearch(year, catalogue.year(), typed,
                catalogue.search(typed).stream().map(CategoryView::of).toList());
    }

    @Schema(description = "类 / a category")
    record CategoryView(
            @Schema(description = "类编码 / category code", example = "302") String code,
            @Schema(description = "类名称 / category name", example = "商品和服务支出") String name,
            @Schema(description = "款 / its items") List<ItemView> items) {

        static CategoryView of(YearCatalogue.Match match) {
            return new CategoryView(match.category().code(), match.category().name(),
                    match.items().stream().map(item -> new ItemView(item.code(), item.name())).toList());
        }
    }

    @Schema(description = "款 / an item")
    record ItemView(
            @Schema(description = "款编码 / item code", example = "30227") String code,
            @Schema(description = "款名称 / item name", example = "委托业务费") String name) {
    }
}
