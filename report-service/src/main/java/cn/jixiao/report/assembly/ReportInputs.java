package cn.jixiao.report.assembly;

import java.util.Objects;

import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.texts.SectionTexts;

/**
 * What one report is assembled from, all of it report-service's own copy.
 *
 * @param evaluation the newest snapshot of the round's evaluation, {@code null} while evaluation-service has
 *                   published none
 * @param texts      the street's texts for the round (possibly the standard wording)
 */
public record ReportInputs(ProjectFacts project, Evaluation evaluation, SectionTexts texts,
                           ReportOutline outline) {

    public ReportInputs {
        Objects.requireNonNull(project, "project");
        texts = texts == null ? SectionTexts.NONE : texts;
        outline = outline == null ? ReportOutline.standard() : outline;
    }
}
