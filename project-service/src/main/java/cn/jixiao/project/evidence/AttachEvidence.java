package cn.jixiao.project.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.codec.multipart.FilePart;

/** The form a street editor submits to attach a file (multipart/form-data). */
@Schema(description = "上传佐证材料 / attach a file of evidence")
public record AttachEvidence(
        @Schema(description = "文件（PDF、DOCX、XLSX、JPG、PNG；按文件内容识别类型）/ the file; its type is judged from its bytes",
                type = "string", format = "binary")
        @NotNull FilePart file,
        // a String, not the enum: an unknown kind is answered with the list of known ones, not a conversion error
        @Schema(description = "类别 / kind of evidence", implementation = EvidenceType.class, example = "INDICATOR_SYSTEM")
        @NotBlank String type,
        @Schema(description = "在报告佐证材料清单中的名称 / the name in the report's evidence list", example = "绩效评价指标体系")
        @NotBlank @Size(max = 200) String title) {
}
