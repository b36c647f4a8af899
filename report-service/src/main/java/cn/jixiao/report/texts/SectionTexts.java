package cn.jixiao.report.texts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * The texts a street writes for its report, one per part. A paragraph break is a line break. A {@code null} or
 * blank text is 未填写: the preview marks it and a final render is refused.
 */
@Schema(description = "报告中由街道撰写的文字 / the texts the street writes for its report")
public record SectionTexts(
        @Schema(description = "二（一）绩效评价目的 / purpose of the evaluation") @Size(max = MAX) String purpose,
        @Schema(description = "二（二）绩效评价工作方案制定过程 / how the work plan was drawn up") @Size(max = MAX) String planning,
        @Schema(description = "二（三）绩效评价原则、评价方法 / principles and methods") @Size(max = MAX) String principlesAndMethods,
        @Schema(description = "二（四）绩效评价实施过程 / how the evaluation was carried out") @Size(max = MAX) String implementation,
        @Schema(description = "三 主要绩效 / main achievements") @Size(max = MAX) String mainAchievements,
        @Schema(description = "三（二）具体绩效分析 / analysis of the performance") @Size(max = MAX) String performanceAnalysis,
        @Schema(description = "自评表 年度总体目标 实际完成情况 / what the year's goals achieved, for the form") @Size(max = MAX) String goalsAchieved,
        @Schema(description = "五（一）主要经验及做法 / experience and practice") @Size(max = MAX) String experience,
        @Schema(description = "五（二）存在的问题 / problems") @Size(max = MAX) String problems,
        @Schema(description = "五（三）建议和改进措施 / suggestions and improvements") @Size(max = MAX) String suggestions) {

    /** Generous for a report section, small enough that one report stays a small document. */
    public static final int MAX = 20_000;

    public static final SectionTexts NONE = new SectionTexts(null, null, null, null, null, null, null, null, null, null);

    /** Whether a text counts as written: anything but blanks. */
    public static boolean isWritten(String text) {
        return text != null && !text.isBlank();
    }
}
