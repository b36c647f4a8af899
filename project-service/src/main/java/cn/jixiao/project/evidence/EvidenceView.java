package cn.jixiao.project.evidence;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A file of evidence as the API shows it. */
@Schema(description = "佐证材料 / a file of evidence")
public record EvidenceView(
        @Schema(description = "标识 / id") String evidenceId,
        @Schema(description = "报告第六部分中的序号 1.、2.…；已撤回的没有序号 / the number in the report's evidence list; none once withdrawn")
        Integer number,
        @Schema(description = "上传顺序，不因撤回而改变 / the order attached, unchanged by withdrawals") int position,
        @Schema(description = "类别 / kind") EvidenceType type,
        @Schema(description = "类别名称 / name of the kind", example = "绩效评价指标体系") String typeLabel,
        @Schema(description = "名称 / title") String title,
        @Schema(description = "原文件名 / original file name") String fileName,
        @Schema(description = "按文件内容识别的类型 / media type judged from the bytes") String contentType,
        @Schema(description = "大小（字节）/ size in bytes") long size,
        @Schema(description = "SHA-256 摘要，用于核对下载的文件 / SHA-256 of the bytes, to check a download") String sha256,
        @Schema(description = "上传人 / uploaded by") String uploadedBy,
        @Schema(description = "上传时间 / uploaded at") Instant uploadedAt,
        @Schema(description = "撤回记录，未撤回时为空 / the withdrawal, empty while listed") Withdrawal withdrawal) {

    static EvidenceView of(EvidenceItem item, EvidenceRegister register) {
        return new EvidenceView(item.evidenceId(), register.numberOf(item).orElse(null), item.position(), item.type(),
                item.type().label(), item.title(), item.fileName(), item.format().mediaType(), item.size(),
                item.sha256(), item.uploadedBy(), item.uploadedAt(), item.withdrawal());
    }
}
