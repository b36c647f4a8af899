package cn.jixiao.report.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One piece of a report's body, in reading order. In JSON (the browser preview) each block names its kind, e.g.
 * {@code "kind": "Heading"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = "Heading"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "Paragraph"),
        @JsonSubTypes.Type(value = Block.Unfilled.class, name = "Unfilled"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "Table"),
        @JsonSubTypes.Type(value = Block.Chart.class, name = "Chart")})
public sealed interface Block {

    /**
     * A numbered heading in official-document style: level 1 「一、」, level 2 「（一）」, level 3 「1.」.
     *
     * @param number the number as printed, e.g. 「一、」, 「（二）」, 「3.」, already computed so every format agrees
     */
    record Heading(int level, String number, String text) implements Block {

        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading level must be 1 to 3, was " + level);
            }
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(text, "text");
        }

        /** The heading as printed: number then text, e.g. 「一、项目基本情况」. */
        public String printed() {
            return number + text;
        }
    }

    /** A body paragraph, first line indented two characters as official documents are set. */
    record Paragraph(String text) implements Block {

        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A part the street has not written yet. Renderers print 「未填写」 visibly marked, so a draft preview shows
     * exactly what is still to do.
     *
     * @param part what is missing, e.g. 「主要经验及做法」
     */
    record Unfilled(String part) implements Block {

        public static final String MARK = "未填写";

        public Unfilled {
            Objects.requireNonNull(part, "part");
        }
    }

    /** A table with a header row; every row has as many cells as the header. */
    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("Row " + row + " has " + row.size() + " cells, the header "
                            + header.size());
                }
            }
        }
    }

    /**
     * A grouped bar chart, e.g. the score of each part against its weight, or the budget against what was spent.
     *
     * @param unit       the values' unit as printed on the axis, e.g. 分 or 万元
     * @param categories the groups along the axis
     * @param series     one value per category each
     */
    record Chart(String title, String unit, List<String> categories, List<Series> series) implements Block {

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series one : series) {
                if (one.values().size() != categories.size()) {
                    throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }

        public record Series(String name, List<BigDecimal> values) {

            public Series {
                values = List.copyOf(values);
            }
        }
    }
}
