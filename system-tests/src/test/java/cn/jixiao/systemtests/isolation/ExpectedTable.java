package cn.jixiao.systemtests.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The isolation policy as a table a reviewer can read: one row per route, one column per role and target, kept in
 * {@code src/test/resources/isolation/expected.csv}. Lines starting with {@code #} are comments.
 */
final class ExpectedTable {

    static final String RESOURCE = "/isolation/expected.csv";
    static final String SOURCE_FILE = "system-tests/src/test/resources" + RESOURCE;

    private final List<Column> columns;
    private final Map<String, List<Expectation>> rows;

    private ExpectedTable(List<Column> columns, Map<String, List<Expectation>> rows) {
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    static ExpectedTable load() {
        try (InputStream in = ExpectedTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Column> columns = null;
            Map<String, List<Expectation>> rows = new LinkedHashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (int i = 1; i < cells.length; i++) {
                        columns.add(Column.parse(cells[i]));
                    }
                    continue;
                }
                if (cells.length != columns.size() + 1) {
                    throw new IllegalStateException(SOURCE_FILE + " line " + number + " has " + (cells.length - 1)
                            + " cells, the heading " + columns.size());
                }
                List<Expectation> expectations = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    expectations.add(Expectation.parse(cells[i]));
                }
                if (rows.put(cells[0].trim(), expectations) != null) {
                    throw new IllegalStateException(SOURCE_FILE + " line " + number + " repeats " + cells[0]);
                }
            }
            if (columns == null) {
                throw new IllegalStateException(SOURCE_FILE + " has no heading");
            }
            return new ExpectedTable(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Column> columns() {
        return columns;
    }

    boolean has(Route route) {
        return rows.containsKey(route.key());
    }

    List<String> routeKeys() {
        return List.copyOf(rows.keySet());
    }

    Expectation expected(Route route, Column column) {
        return rows.get(route.key()).get(columns.indexOf(column));
    }

    /** The heading line, to print rows a developer can paste into the file. */
    String heading() {
        StringBuilder heading = new StringBuilder("route");
        columns.forEach(column -> heading.append(',').append(column.heading()));
        return heading.toString();
    }
}
