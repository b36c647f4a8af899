package cn.jixiao.report.rendering.docx;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The render that {@code bench/report-render} times, specified without a clock: one DOCX format renders the seed
 * report again and again, each time into the same readable document. How fast it does so is measured by that
 * benchmark and kept in docs/measurements.md (#5); a timed assertion here would fail whenever the machine is busy.
 */
class DocxRenderRepeatedTest {

    @Test
    void oneFormatRendersTheSeedReportAgainAndAgainIntoTheSameReadableDocument() throws Exception {
        DocxReportFormat docx = new DocxReportFormat();
        ReportDocument report = JinchenReportDocument.finalReport();
        String first;
        try (RenderedDocx rendered = new RenderedDocx(docx.render(report))) {
            first = rendered.text();
        }

        for (int again = 0; again < 3; again++) {
            try (RenderedDocx rendered = new RenderedDocx(docx.render(report))) {
                assertThat(rendered.text()).isEqualTo(first);
            }
        }
        assertThat(first).contains(report.projectName(), "98.00");
    }
}
