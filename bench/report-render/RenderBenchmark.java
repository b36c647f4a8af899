import java.util.List;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;
import cn.jixiao.report.rendering.Measured;
import cn.jixiao.report.rendering.docx.DocxReportFormat;
import cn.jixiao.report.rendering.html.HtmlReportFormat;
import cn.jixiao.report.rendering.pdf.PdfReportFormat;

/**
 * The Jinchen seed report rendered alone, warm, in each format: the median of the timed runs after the warm-up
 * runs, its CPU time beside the wall time (on a shared machine the wall time also counts the wait for a core), the
 * bytes a render allocates and the heap's peak. Run by run.sh; the target is under a second a render (#5).
 * Usage: RenderBenchmark [warm-up runs] [timed runs]
 */
public class RenderBenchmark {

    public static void main(String[] args) {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        ReportDocument report = JinchenReportDocument.finalReport();
        for (ReportFormat format : List.of(new DocxReportFormat(), new PdfReportFormat(), new HtmlReportFormat())) {
            Measured.warm("Jinchen seed report " + format.name() + ", warm", warmUps, runs,
                    () -> format.render(report)).record();
        }
    }
}
