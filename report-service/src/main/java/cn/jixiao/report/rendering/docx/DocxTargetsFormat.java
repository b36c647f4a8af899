package cn.jixiao.report.rendering.docx;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.TargetsForm;
import cn.jixiao.report.document.TargetsFormat;
import cn.jixiao.report.rendering.FileRenderer;

/** The 绩效目标表 as a Word document on the report's official page, 未批复 at the head of every page until approved. */
@Component
public class DocxTargetsFormat extends FileRenderer<TargetsForm> implements TargetsFormat {

    public DocxTargetsFormat() {
        super(FileType.DOCX, form -> OfficialDocx.written(form.projectName() + TargetsForm.TITLE,
                form.implementingUnit(), document -> {
                    OfficialPage.apply(document, form.approved() ? null : TargetsForm.NOT_APPROVED);
                    TargetsFormTable.write(document, form);
                }));
    }
}
