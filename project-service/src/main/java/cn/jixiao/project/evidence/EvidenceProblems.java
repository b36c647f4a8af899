package cn.jixiao.project.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/** The refusals of evidence uploads and downloads, worded once. */
final class EvidenceProblems {

    private static final String ACCEPTED = "PDF, DOCX, XLSX, JPG, PNG";

    private EvidenceProblems() {
    }

    static ProblemException tooLarge(DataSize limit) {
        String size = readable(limit);
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "evidence-too-large",
                Bilingual.of("文件过大", "File too large"),
                Bilingual.of("佐证材料文件不能超过 " + size + "，请压缩或拆分后再上传",
                        "An evidence file may be at most " + size + "; compress or split it and upload again"))
                .with("maxSize", limit.toBytes());
    }

    static ProblemException unsupported(UnsupportedContent.Reason reason, String fileName) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence-unsupported-content",
                Bilingual.of("不支持的文件类型", "Unsupported file type"), reason.message())
                .with("reason", reason.code())
                .with("fileName", fileName)
                .with("accepted", ACCEPTED);
    }

    static ProblemException unknownType(String type) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "evidence-unknown-type",
                Bilingual.of("佐证材料类别无效", "Unknown kind of evidence"),
                Bilingual.of("没有名为 " + type + " 的佐证材料类别", "There is no kind of evidence named " + type))
                .with("allowed", EvidenceType.names());
    }

    static ProblemException alreadyAttached(EvidenceItem existing) {
        return new ProblemException(HttpStatus.CONFLICT, "evidence-already-attached",
                Bilingual.of("文件已上传", "File already attached"),
                Bilingual.of("同一文件已作为第 " + existing.position() + " 项佐证材料“" + existing.title() + "”上传",
                        "The same file is already attached as item " + existing.position() + ", " + existing.title()))
                .with("evidenceId", existing.evidenceId())
                .with("position", existing.position());
    }

    static ProblemException alreadyWithdrawn(EvidenceItem item) {
        return new ProblemException(HttpStatus.CONFLICT, "evidence-already-withdrawn",
                Bilingual.of("已撤回", "Already withdrawn"),
                Bilingual.of("佐证材料“" + item.title() + "”已于 " + item.withdrawal().withdrawnAt() + " 撤回",
                        "The evidence " + item.title() + " was withdrawn at " + item.withdrawal().withdrawnAt()))
                .with("evidenceId", item.evidenceId());
    }

    static ProblemException notFound(String evidenceId) {
        return ProblemException.notFound(Bilingual.of("佐证材料", "Evidence"), evidenceId);
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
