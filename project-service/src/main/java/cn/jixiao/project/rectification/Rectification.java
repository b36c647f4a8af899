package cn.jixiao.project.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One 整改 item of a project: the finding, where it came from, the deadline, and where it stands. The street answers
 * with measures (and evidence register entries), the district confirms or sends it back with a comment. Overdue is
 * computed, never stored: past the deadline in Beijing and not confirmed. Plain Java, specified by its tests.
 *
 * @param deadlineDays the setting's days when the deadline was set by default (an automatic item), else {@code null}
 * @param comment      the district's comment of the last confirmation or sending back, {@code null} before
 */
record Rectification(
        String id,
        String districtId,
        String streetId,
        String projectId,
        String projectCode,
        int year,
        Finding finding,
        LocalDate deadline,
        Integer deadlineDays,
        RectificationState state,
        String measures,
        List<String> evidenceIds,
        String comment,
        Instant openedAt,
        Instant changedAt,
        long version) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    Rectification {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    /** Names a finding once in its project: the key that keeps an automatic opening idempotent. */
    static String sourceKey(String projectId, Finding finding) {
        return projectId + "|" + finding.source().name() + "|" + finding.reference();
    }

    /** An item opened by hand, with the overseer's deadline. */
    static Rectification openByHand(String id, ProjectRef project, String text, LocalDate deadline, Instant now) {
        if (deadline == null) {
            throw new IllegalArgumentException("a rectification item opened by hand needs its deadline");
        }
        return new Rectification(id, project.districtId(), project.streetId(), project.projectId(), project.projectCode(),
                project.year(), new Finding(RectificationSource.MANUAL, id, text), deadline, null,
                RectificationState.OPEN, null, List.of(), null, now, now, 0);
    }

    /** An item opened from a finding, due the setting's number of days after the day it was opened in Beijing. */
    static Rectification openAutomatically(String id, ProjectRef project, Finding finding, int deadlineDays,
                                           Instant now) {
        if (!finding.source().automatic()) {
            throw new IllegalArgumentException("a finding entered by hand has its own deadline");
        }
        LocalDate deadline = LocalDate.ofInstant(now, BEIJING).plusDays(deadlineDays);
        return new Rectification(id, project.districtId(), project.streetId(), project.projectId(), project.projectCode(),
                project.year(), finding, deadline, deadlineDays, RectificationState.OPEN, null, List.of(), null, now,
                now, 0);
    }

    /** Past the deadline (a day in Beijing) and not confirmed. */
    boolean overdue(Instant now) {
        return state != RectificationState.CONFIRMED && LocalDate.ofInstant(now, BEIJING).isAfter(deadline);
    }

    /** The street's measures, the item with the district. Call after {@link RectificationPolicy#decide}. */
    Rectification answered(String measuresText, List<String> evidence, Instant now) {
        if (measuresText == null || measuresText.isBlank()) {
            throw new IllegalArgumentException("an answer needs its measures");
        }
        return moved(RectificationStep.ANSWER, measuresText, evidence, comment, now);
    }

    /** The district's confirmation (with an optional comment) or its sending back (comment required). */
    Rectification decided(RectificationStep step, String districtComment, Instant now) {
        if (step == RectificationStep.ANSWER) {
            throw new IllegalArgumentException("the street answers with measures");
        }
        return moved(step, measures, evidenceIds, districtComment, now);
    }

    private Rectification moved(RectificationStep step, String measuresText, List<String> evidence, String newComment,
                                Instant now) {
        if (!step.allowedIn(state)) {
            throw new IllegalStateException("cannot " + step.english() + " an item that is " + state.english());
        }
        if (step.commentRequired() && (newComment == null || newComment.isBlank())) {
            throw new IllegalArgumentException("to " + step.english() + " needs a comment");
        }
        return new Rectification(id, districtId, streetId, projectId, projectCode, year, finding, deadline,
                deadlineDays, step.to(), measuresText, evidence, newComment, openedAt, now, version + 1);
    }

    /** The project an item belongs to, as the item keeps it. */
    record ProjectRef(String districtId, String streetId, String projectId, String projectCode, int year) {
    }
}
