package cn.jixiao.report.assembly;

import java.util.Arrays;
import java.util.List;

/**
 * The chapter headings of a report, in order, as the evaluation template that scored it lists them
 * ({@code TemplatePublished.reportSections}); {@link #standard()}, the seed's six, when none are known. A heading
 * of the national outline is filled as the national report fills it, wherever the template puts it; a heading of
 * the district's own has no content the platform knows and is marked 未填写.
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
