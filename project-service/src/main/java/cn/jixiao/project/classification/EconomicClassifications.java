package cn.jixiao.project.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.jixiao.problems.Bilingual;

/**
 * The 部门预算支出经济分类科目 of every budget year Jixiao ships, one file per year under
 * {@code src/main/resources/classification/} ({@code 2023.csv}, {@code 2024.csv}, ...). A budget line or a payment
 * is checked against the catalogue of its project's budget year.
 */
public final class EconomicClassifications {

    /** Where the shipped catalogues are: one file per year, named by the year. */
    static final String SHIPPED = "classpath*:classification/*.csv";

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv");

    private final NavigableMap<Integer, YearCatalogue> byYear;

    private EconomicClassifications(NavigableMap<Integer, YearCatalogue> byYear) {
        if (byYear.isEmpty()) {
            throw new IllegalStateException("No classification catalogue was found");
        }
        this.byYear = Collections.unmodifiableNavigableMap(byYear);
    }

    /** The catalogues shipped with the service, read once. */
    public static EconomicClassifications official() {
        return Shipped.CATALOGUES;
    }

    /** The catalogues in the files matching a resource pattern, e.g. {@code classpath*:classification/*.csv}. */
    static EconomicClassifications load(String pattern) {
        NavigableMap<Integer, YearCatalogue> byYear = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                Matcher name = YEAR_FILE.matcher(String.valueOf(file.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                int year = Integer.parseInt(name.group(1));
                try (InputStream in = file.getInputStream()) {
                    YearCatalogue catalogue = CatalogueFile.read(year, file.getDescription(), in);
                    if (byYear.put(year, catalogue) != null) {
                        throw new IllegalStateException("Two catalogue files for " + year + " (" + pattern + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EconomicClassifications(byYear);
    }

    /**
     * The catalogue a project of this budget year is checked against. A year without its own file reads the nearest
     * earlier year's: the catalogue carries over until the Ministry of Finance publishes a change, when that year's
     * file is added. A year before the first file reads the first, as every year did before catalogues had years.
     */
    public YearCatalogue forYear(int year) {
        Map.Entry<Integer, YearCatalogue> carried = byYear.floorEntry(year);
        return carried != null ? carried.getValue() : byYear.firstEntry().getValue();
    }

    /** The item with this code in the given budget year's catalogue, or empty if that year has no such item. */
    public Optional<EconomicClassification> find(int year, String code) {
        return forYear(year).find(code);
    }

    /** The years that have a catalogue file of their own. */
    public NavigableSet<Integer> years() {
        return byYear.navigableKeySet();
    }

    /** Why codes are refused for a budget year, as the budget and the ledger both say it. */
    public static Bilingual notInCatalogue(int year, Collection<String> codes) {
        return Bilingual.of("经济分类编码 " + String.join("、", codes) + " 不在 " + year + " 年部门预算支出经济分类科目中",
                "Code(s) " + String.join(", ", codes) + " are not in the " + year
                        + " department budget expenditure economic classification");
    }

    /** Read on first use, so a class that only names a catalogue does not read the files. */
    private static final class Shipped {
        static final EconomicClassifications CATALOGUES = load(SHIPPED);
    }
}
