package cn.jixiao.report.rendering.docx;

import org.springframework.stereotype.Component;

import cn.jixiao.report.document.FileType;
import cn.jixiao.report.document.MonitoringForm;
import cn.jixiao.report.document.MonitoringFormat;
import cn.jixiao.report.rendering.FileRenderer;

/** The 绩效监控表 as a Word document on the report's official page, to print, sign and file. */
@Component
public class DocxMonitoringFormat extends FileRenderer<MonitoringForm> implements MonitoringFormat {

    public DocxMonitoringFormat() {
        super(FileType.DOCX, form -> OfficialDocx.written(form.projectName() + form.title(), form.implementingUnit(),
                document -> {
                    OfficialPage.apply(document, false);
                    MonitoringFormTable.write(document, form);
                }));
    }
}
