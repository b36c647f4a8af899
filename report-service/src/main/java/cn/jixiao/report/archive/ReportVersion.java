package cn.jixiao.report.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored version of a report. Never changed once stored: a new render makes the next version.
 *
 * @param number             1, 2, …
 * @param evaluationId       the evaluation it reflects, {@code null} for a draft rendered before any score
 * @param evaluationRevision the evaluation snapshot it reflects
 */
public record ReportVersion(int number, boolean finalReport, String evaluationId, long evaluationRevision, String templateId,
                            int templateVersion, String renderedBy, Instant renderedAt, List<StoredFile> files) {

    public ReportVersion {
        files = List.copyOf(files);
    }

    public Optional<StoredFile> file(String format) {
        return files.stream().filter(file -> file.format().equalsIgnoreCase(format)).findFirst();
    }
}
