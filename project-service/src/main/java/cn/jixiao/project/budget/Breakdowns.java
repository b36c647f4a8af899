package cn.jixiao.project.budget;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.classification.EconomicClassifications;
import cn.jixiao.project.classification.YearCatalogue;

/**
 * Reads the breakdown rows an editor entered into budget lines: exact amounts, each funding source and each
 * classification at most once, and only classifications of the budget year's catalogue. Whether the rows add up to
 * the totals is for {@link BudgetRules}.
 */
final class Breakdowns {

    private Breakdowns() {
    }

    /** One line for every funding source, in form order; a source left out is a row of zeros. */
    static List<SourceLine> bySource(List<SourceRow> rows) {
        Map<FundingSource, SourceLine> lines = new EnumMap<>(FundingSource.class);
        Set<FundingSource> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            SourceLine line = new SourceLine(row.source(),
                    Amounts.nonNegative("bySource[" + i + "].initial", row.initial()),
                    Amounts.nonNegative("bySource[" + i + "].fullYear", row.fullYear()));
            if (lines.putIfAbsent(row.source(), line) != null) {
                duplicates.add(row.source());
            }
        }
        if (!duplicates.isEmpty()) {
            String names = String.join("、", duplicates.stream().map(FundingSource::displayName).toList());
            throw new ProblemException(HttpStatus.BAD_REQUEST, "duplicate-source",
                    Bilingual.of("资金来源重复", "Funding source entered twice"),
                    Bilingual.of("资金来源 " + names + " 填写了不止一行，每个来源只能填一行",
                            "Funding source " + duplicates + " appears on more than one row; enter each source once"))
                    .with("duplicates", duplicates);
        }
        List<SourceLine> all = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            all.add(lines.getOrDefault(source, SourceLine.none(source)));
        }
        return all;
    }

    /** One line per classification, in code order, named as the catalogue of the project's budget year names it. */
    static List<ClassificationLine> byClassification(int year, List<ClassificationRow> rows) {
        YearCatalogue catalogue = EconomicClassifications.official().forYear(year);
        Map<String, ClassificationLine> lines = new TreeMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ClassificationRow row = rows.get(i);
            Yuan amount = Amounts.nonNegative("byClassification[" + i + "].amount", row.amount());
            catalogue.find(row.code()).ifPresentOrElse(
                    classification -> {
                        if (lines.putIfAbsent(classification.code(), ClassificationLine.of(classification, amount)) != null) {
                            duplicates.add(classification.code());
                        }
                    },
                    () -> unknown.add(row.code()));
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-classification",
                    Bilingual.of("经济分类编码不存在", "Unknown economic classification"),
                    EconomicClassifications.notInCatalogue(year, unknown))
                    .with("unknownCodes", unknown).with("year", year);
        }
        if (!duplicates.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "duplicate-classification",
                    Bilingual.of("经济分类重复", "Economic classification entered twice"),
                    Bilingual.of("经济分类 " + String.join("、", duplicates) + " 填写了不止一行，每个分类只能填一行",
                            "Classification(s) " + duplicates + " appear on more than one row; enter each once"))
                    .with("duplicates", duplicates);
        }
        return List.copyOf(lines.values());
    }
}
