package cn.jixiao.project.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.project.classification.EconomicClassification.Category;

/**
 * Reads one year's catalogue file: {@code #} comment lines, the heading {@code code,name}, then each category (three
 * digits) followed by its items (five digits starting with the category's code), in code order. A file that breaks
 * any of this is refused with its line number when the service starts, so a mistyped code never reaches a clerk.
 */
final class CatalogueFile {

    static final String HEADING = "code,name";

    private static final Pattern CATEGORY = Pattern.compile("\\d{3}");
    private static final Pattern ITEM = Pattern.compile("\\d{5}");

    private CatalogueFile() {
    }

    static YearCatalogue read(int year, String source, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Category> categories = new ArrayList<>();
        List<EconomicClassification> items = new ArrayList<>();
        Category current = null;
        String previous = "";
        boolean headed = false;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headed) {
                if (!text.equals(HEADING)) {
                    throw invalid(source, number, "expected the heading '" + HEADING + "'");
                }
                headed = true;
                continue;
            }
            int comma = text.indexOf(',');
            if (comma < 0) {
                throw invalid(source, number, "expected code,name");
            }
            String code = text.substring(0, comma).strip();
            String name = text.substring(comma + 1).strip();
            if (name.isEmpty() || name.contains(",")) {
                throw invalid(source, number, "a name must be given, without commas");
            }
            if (code.compareTo(previous) <= 0) {
                throw invalid(source, number, code + " is out of code order or repeated (after " + previous + ")");
            }
            previous = code;
            if (CATEGORY.matcher(code).matches()) {
                current = new Category(code, name);
                categories.add(current);
            } else if (ITEM.matcher(code).matches()) {
                if (current == null || !code.startsWith(current.code())) {
                    throw invalid(source, number, code + " does not belong to the category above it");
                }
                items.add(new EconomicClassification(code, name, current));
            } else {
                throw invalid(source, number, "'" + code + "' is neither a three-digit category nor a five-digit item");
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException(source + " lists no classification");
        }
        return new YearCatalogue(year, categories, items);
    }

    private static IllegalStateException invalid(String source, int line, String reason) {
        return new IllegalStateException(source + " line " + line + ": " + reason);
    }
}
