package cn.jixiao.report.assembly;

import java.util.Arrays;
import java.util.List;

/**
 * The chapter headings of a report, in order, as the evaluation template lists them.
 *
 * <p>evaluation-service's templates carry their report sections, but {@code TemplatePublished} does not (yet), so
 * report-service cannot know a district's own outline: every report uses {@link #standard()}, the seed's six,
 * until the published template brings its headings and {@link #of} is fed from it.
 */
public record ReportOutline(List<String> headings) {

    public ReportOutline {
        headings = List.copyOf(headings);
        if (headings.isEmpty()) {
            throw new IllegalArgumentException("A report has at least one section");
        }
    }

    /** The seed report's six sections (金辰 2023), the national outline. */
    public static ReportOutline standard() {
        return new ReportOutline(Arrays.stream(ReportSection.values()).map(ReportSection::heading).toList());
    }

    public static ReportOutline of(List<String> headings) {
        return headings == null || headings.isEmpty() ? standard() : new ReportOutline(headings);
    }
}
