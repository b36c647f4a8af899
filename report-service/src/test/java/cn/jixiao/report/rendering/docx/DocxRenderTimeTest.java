package cn.jixiao.report.rendering.docx;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.JinchenReportDocument;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.rendering.Measured;

import static org.assertj.core.api.Assertions.assertThat;

class DocxRenderTimeTest {

    @Test
    void theSeedReportRendersWarmInUnderASecond() {
        DocxReportFormat docx = new DocxReportFormat();
        ReportDocument report = JinchenReportDocument.finalReport();

        Measured measured = Measured.warm("DOCX of the Jinchen seed report", 10, 11, () -> docx.render(report)).record();

        assertThat(measured.median()).isLessThan(Duration.ofSeconds(1));
    }
}
