package cn.jixiao.report.rendering.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.document.TargetsFormat;

/** The 绩效目标表 as a Word document on the report's official page, 未批复 at the head of every page until approved. */
@Component
public class DocxTargetsFormat implements TargetsFormat {

    @Override
    public String name() {
        return "DOCX";
    }

    @Override
    public String contentType() {
        return DocxReportFormat.CONTENT_TYPE;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public byte[] render(TargetsForm form) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxReportFormat.defaults(document);
            document.getProperties().getCoreProperties().setTitle(form.projectName() + TargetsForm.TITLE);
            if (form.implementingUnit() != null) {
                document.getProperties().getCoreProperties().setCreator(form.implementingUnit());
            }
            OfficialPage.apply(document, form.approved() ? null : TargetsForm.NOT_APPROVED);
            TargetsFormTable.write(document, form);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX of " + form.projectName() + "'s targets could not be written", e);
        }
    }
}
