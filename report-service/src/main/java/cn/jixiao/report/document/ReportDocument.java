package cn.jixiao.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A self-evaluation report's content, free of any format: what the DOCX, PDF and HTML renderers all print, so
 * the three always say the same. Assembled from report-service's read model; never from another service.
 *
 * @param projectName  the title line, e.g. 创建全省民族团结进步示范街道专项资金
 * @param documentName the second title line: 项目支出绩效自评报告
 * @param issuer       the unit signing the report (实施单位), printed under the body
 * @param draft        a preview of an evaluation not yet finalized: renderers mark every page 草稿
 * @param body         the sections in the template's order: numbered headings, paragraphs, tables, charts
 * @param form         the appendix 项目支出绩效自评表
 * @param missing      the parts still 未填写, by name, in the order they appear; empty when complete. A final
 *                     render is refused while any is missing
 */
public record ReportDocument(String projectName, String documentName, String issuer, boolean draft,
                             List<Block> body, SelfEvaluationForm form, List<String> missing) {

    public ReportDocument {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(documentName, "documentName");
        body = List.copyOf(body);
        Objects.requireNonNull(form, "form");
        missing = List.copyOf(missing);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
