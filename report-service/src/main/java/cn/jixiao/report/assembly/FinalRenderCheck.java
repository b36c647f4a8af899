package cn.jixiao.report.assembly;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.document.ReportDocument;

/**
 * The precondition of a final render: a report goes out only complete. A draft preview shows 未填写 where a part is
 * missing; the final render is refused with the list of every missing part, so the street can fill them all at once.
 */
public final class FinalRenderCheck {

    public static final String CODE = "report-incomplete";

    private FinalRenderCheck() {
    }

    /** Returns the document if it is complete, else refuses with 422 listing every missing part. */
    public static ReportDocument requireComplete(ReportDocument document) {
        if (document.isComplete()) {
            return document;
        }
        List<Map<String, String>> parts = document.missing().stream()
                .map(name -> Map.of("zh", name, "en", ReportPart.named(name).map(ReportPart::en).orElse(name)))
                .toList();
        String zh = String.join("、", document.missing());
        String en = String.join(", ", parts.stream().map(part -> part.get("en")).toList());
        throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, CODE,
                Bilingual.of("报告尚未填写完整", "Report incomplete"),
                Bilingual.of("以下内容未填写，不能生成正式报告：" + zh,
                        "The final report cannot be rendered while these parts are missing: " + en))
                .with("missing", parts);
    }
}
