package cn.jixiao.project.classification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue for the pickers of budget lines and payments. It is public reference data, the same for every
 * tenant, so any signed-in user may read it and no tenant is checked.
 */
@Tag(name = "经济分类 Economic classification", description = "部门预算支出经济分类科目（类、款），按预算年度"
        + " / the department budget expenditure economic classification (categories and items), by budget year")
@RestController
@RequestMapping("/api/classifications")
class ClassificationController {

    private final EconomicClassifications catalogues;

    ClassificationController(EconomicClassifications catalogues) {
        this.catalogues = catalogues;
    }

    @Operation(summary = "按编码前缀或名称查找经济分类科目（登录用户均可）"
            + " / find classifications by code prefix or part of a name (any signed-in user)",
            description = "数字按编码前缀查找（302 为该类及其全部款，3022 为 30220–30229），其他文字按名称包含查找；"
                    + "不填则返回该年度的全部科目。该年度没有科目表时使用此前最近年度的科目表（见 catalogueYear）"
                    + " / digits look for a code prefix (302: the category and all its items, 3022: items 30220–30229),"
                    + " other text for a part of a name; nothing typed lists the year's whole catalogue. A year without"
                    + " a catalogue of its own reads the nearest earlier year's (see catalogueYear)")
    @GetMapping
    ClassificationSearch search(
            @Parameter(description = "预算年度 / budget year", example = "2024") @RequestParam @Min(2000) @Max(2100) int year,
            @Parameter(description = "编码前缀或名称中的文字 / code prefix or part of a name", example = "委托")
            @RequestParam(required = false) @Size(max = 50) String q) {
        return ClassificationSearch.of(year, catalogues.forYear(year), q);
    }
}
