package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.document.ReportDocument;

/**
 * The precondition of a final render: a report goes out only for a finalized evaluation, and only complete. A
 * draft preview shows 未填写 where a part is missing; the final render is refused with every reason and the list
 * of every missing part, so the street can fill them all at once.
 */
public final class FinalRenderCheck {

    public static final String CODE = "report-incomplete";

    private static final Bilingual NOT_FINALIZED = Bilingual.of("评价尚未定稿，只能生成草稿",
            "The evaluation is not finalized: only a draft can be rendered");

    private FinalRenderCheck() {
    }

    /** Returns the document if it is complete, else refuses with 422 listing every missing part. */
    public static ReportDocument requireComplete(ReportDocument document) {
        List<Bilingual> reasons = reasons(document, true);
        if (!reasons.isEmpty()) {
            throw refusal(reasons, document);
        }
        return document;
    }

    /** Why a final render of the document is refused; empty when it may go out. */
    public static List<Bilingual> reasons(ReportDocument document, boolean evaluationFinalized) {
        List<Bilingual> reasons = new ArrayList<>();
        if (!evaluationFinalized) {
            reasons.add(NOT_FINALIZED);
        }
        if (!document.isComplete()) {
            reasons.add(Bilingual.of("以下内容未填写，不能生成正式报告：" + String.join("、", document.missing()),
                    "The final report cannot be rendered while these parts are missing: "
                            + String.join(", ", missingParts(document).stream().map(part -> part.get("en")).toList())));
        }
        return reasons;
    }

    /** The refusal a user reads: 422 with every reason and the missing parts in Chinese and English. */
    public static ProblemException refusal(List<Bilingual> reasons, ReportDocument document) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, CODE,
                Bilingual.of("暂不能生成正式报告", "The final report cannot be rendered yet"),
                Bilingual.of(String.join("；", reasons.stream().map(Bilingual::zh).toList()),
                        String.join("; ", reasons.stream().map(Bilingual::en).toList())))
                .with("missing", missingParts(document));
    }

    private static List<Map<String, String>> missingParts(ReportDocument document) {
        return document.missing().stream()
                .map(name -> Map.of("zh", name, "en", ReportPart.named(name).map(ReportPart::en).orElse(name)))
                .toList();
    }
}
