package cn.jixiao.report.texts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The texts of a report as its editor sees them.
 *
 * @param version  the version to send back with a change; {@code null} while nothing was saved yet
 * @param origin   {@code SAVED} as last saved, {@code PREVIOUS_ROUND} carried over from the report of the round
 *                 before, or {@code STANDARD} the standard wording of a new report
 * @param editable whether the texts may still be changed: not once the evaluation is finalized
 */
@Schema(description = "报告文字 / the texts of a report")
public record ReportTextsView(String projectId, int round, Long version, Origin origin, boolean editable,
                              SectionTexts texts, String updatedBy, Instant updatedAt) {

    ReportTextsView editable(boolean canChange) {
        return new ReportTextsView(projectId, round, version, origin, canChange, texts, updatedBy, updatedAt);
    }

    public enum Origin { SAVED, PREVIOUS_ROUND, STANDARD }
}
