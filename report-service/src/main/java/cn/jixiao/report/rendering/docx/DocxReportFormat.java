package cn.jixiao.report.rendering.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.springframework.stereotype.Component;

import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;

/**
 * The self-evaluation report as a Word document in Chinese official-document style, for streets to edit, sign
 * and post: A4 with official margins, the report's sections, then the 项目支出绩效自评表 on its own page.
 */
@Component
public class DocxReportFormat implements ReportFormat {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String name() {
        return "DOCX";
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public byte[] render(ReportDocument report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(document);
            document.getProperties().getCoreProperties().setTitle(report.projectName() + report.documentName());
            if (report.issuer() != null) {
                document.getProperties().getCoreProperties().setCreator(report.issuer());
            }
            OfficialPage.apply(document, report.draft());
            ReportBody.write(document, report);
            SelfEvaluationFormTable.write(document, report.form());
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX of " + report.projectName() + " could not be written", e);
        }
    }

    /**
     * The document defaults, for text a viewer adds itself (an empty paragraph's mark, a user's typing): 仿宋
     * 三号 in Chinese, so an edited report keeps its look.
     */
    static void defaults(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(Face.FANGSONG.fontName());
        fonts.setHAnsi(Face.FANGSONG.fontName());
        fonts.setEastAsia(Face.FANGSONG.fontName());
        fonts.setCs(Face.FANGSONG.fontName());
        styles.setDefaultFonts(fonts);
        styles.setEastAsia(OfficialPage.LANGUAGE);
    }
}
