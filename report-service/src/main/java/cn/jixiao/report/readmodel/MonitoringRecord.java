package cn.jixiao.report.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.monitoring.MonitoringLight;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * A project's 绩效监控表 of one monitoring round as the street last submitted it, and the district's review of it,
 * from project-service's {@code MonitoringReported} and {@code MonitoringReviewed}. One document per project and
 * round, so applying an event is one write.
 *
 * <p>The events carry no revision, so each part keeps the newest by the time it happened: a resubmission after a
 * return replaces the form, and a review counts only for a submission made before it. A review delivered before
 * the submission it answers is kept and shows once that submission arrives.
 *
 * @param id         {@link #idOf(String, String)}
 * @param tenantId   the street that owns the project
 * @param submission the latest submitted form, {@code null} while only a review was heard of
 * @param review     the district's latest review, {@code null} before any
 */
@Document(MonitoringRecord.COLLECTION)
public record MonitoringRecord(@Id String id, String projectId, String roundId, String districtId, String tenantId,
                               Submission submission, Review review, @Version Long version)
        implements TenantDocuments.OfAStreet {

    public static final String COLLECTION = "report_monitoring_forms";

    /** The form's document id: one per project and round. */
    public static String idOf(String projectId, String roundId) {
        return projectId + "/" + roundId;
    }

    public static MonitoringRecord opened(String projectId, String roundId, String districtId, String tenantId) {
        return new MonitoringRecord(idOf(projectId, roundId), projectId, roundId, districtId, tenantId, null, null,
                null);
    }

    /** With this submission, unless a later one was applied already (a redelivery changes nothing). */
    public MonitoringRecord with(Submission submitted) {
        if (submission != null && !submitted.at().isAfter(submission.at())) {
            return this;
        }
        return new MonitoringRecord(id, projectId, roundId, districtId, tenantId, submitted, review, version);
    }

    /** With this review, unless a later one was applied already. */
    public MonitoringRecord with(Review reviewed) {
        if (review != null && !reviewed.at().isAfter(review.at())) {
            return this;
        }
        return new MonitoringRecord(id, projectId, roundId, districtId, tenantId, submission, reviewed, version);
    }

    /** The review of the submission in force: none when the street submitted again after it. */
    public Review reviewOfSubmission() {
        return review == null || submission == null || review.at().isBefore(submission.at()) ? null : review;
    }

    /**
     * The form as submitted.
     *
     * @param at when it was submitted
     */
    public record Submission(LocalDate asOf, String submittedBy, Instant at, Spending spending,
                             List<IndicatorLine> indicators) {

        public Submission {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * 资金执行: spending to the round's date against the budget and the planned curve.
     *
     * @param fullYearBudget {@code null} while no budget above 0 was entered (then no rate and no light)
     * @param plan           {@code LINEAR} (序时进度, month ÷ 12) or {@code MONTHLY} (the budget's own plan)
     */
    public record Spending(Yuan executed, Yuan fullYearBudget, BigDecimal executionRate, BigDecimal plannedPercent,
                           String plan, BigDecimal marginPoints, MonitoringLight light, String cause,
                           String measure) {
    }

    /** One indicator's progress, as the street wrote it. */
    public record IndicatorLine(String indicatorId, String name, String target, String progress, String expected,
                                MonitoringLight light, String cause, String measure) {
    }

    /**
     * @param outcome {@code APPROVED} or {@code RETURNED}
     * @param comment the district's comment; a return always has one
     */
    public record Review(String outcome, String reviewedBy, String comment, Instant at) {

        public boolean approved() {
            return "APPROVED".equals(outcome);
        }
    }
}
