package cn.jixiao.report.rendering.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.ReportDocument;
import cn.jixiao.report.document.ReportFormat;
import cn.jixiao.report.rendering.FileRenderer;

/**
 * The self-evaluation report as a Word document in Chinese official-document style, for streets to edit, sign
 * and post: A4 with official margins, the report's sections, then the 项目支出绩效自评表 on its own page.
 */
@Component
public class DocxReportFormat extends FileRenderer<ReportDocument> implements ReportFormat {

    public static final String CONTENT_TYPE = FileType.DOCX.contentType();

    public DocxReportFormat() {
        super(FileType.DOCX, report -> OfficialDocx.written(report.projectName() + report.documentName(),
                report.issuer(), document -> {
                    OfficialPage.apply(document, report.draft());
                    ReportBody.write(document, report);
                    SelfEvaluationFormTable.write(document, report.form());
                }));
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
