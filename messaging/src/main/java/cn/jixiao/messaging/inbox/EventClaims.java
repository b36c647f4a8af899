package cn.jixiao.messaging.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.report.ReportEvents;

/**
 * Whom each event type of the contracts belongs to, in one place, so a consumer gets the tenant check by
 * registering a handler: every project fact is its project's street's; an evaluation snapshot is its project's
 * and its evaluation's; a district's template and its template choice are the district's; a template the
 * platform publishes names no tenant and stays with its first publisher.
 */
final class EventClaims {

    private static final Map<EventType<?>, Function<?, TenantClaim>> CLAIMS = new HashMap<>();

    static {
        claim(ProjectEvents.PROJECT_REGISTERED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.PROJECT_UPDATED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.BUDGET_CHANGED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        for (var version : ProjectEvents.EXPENDITURE_RECORDED_VERSIONS) {
            claim(version, p -> project(p.streetId(), p.districtId(), p.projectId()));
        }
        claim(ProjectEvents.EXECUTION_SUMMARY_REPORTED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.INDICATORS_DEFINED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.ACTUALS_REPORTED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.EVIDENCE_ATTACHED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.EVIDENCE_WITHDRAWN, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.TARGETS_SUBMITTED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.TARGETS_RETURNED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.TARGETS_APPROVED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.TARGETS_ADJUSTMENT_REQUESTED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.TARGETS_ADJUSTMENT_RETURNED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.TARGETS_ADJUSTED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        // a monitoring round is its district's; each project's form in it is the project's street's
        claim(ProjectEvents.MONITORING_ROUND_OPENED,
                p -> TenantClaim.ofDistrict(p.districtId(), Aggregate.monitoringRound(p.roundId())));
        claim(ProjectEvents.MONITORING_REPORTED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.MONITORING_REVIEWED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        // a 整改 item is its project's, so its street's
        claim(ProjectEvents.RECTIFICATION_OPENED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.RECTIFICATION_ANSWERED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.RECTIFICATION_CONFIRMED, p -> project(p.streetId(), p.districtId(), p.projectId()));
        claim(ProjectEvents.RECTIFICATION_SENT_BACK, p -> project(p.streetId(), p.districtId(), p.projectId()));

        claim(EvaluationEvents.TEMPLATE_PUBLISHED, EventClaims::template);
        claim(EvaluationEvents.TEMPLATE_CHOSEN,
                p -> TenantClaim.ofDistrict(p.districtId(), Aggregate.templateChoice(p.districtId())));
        claim(EvaluationEvents.EVALUATION_SCORED, EventClaims::evaluation);
        claim(EvaluationEvents.EVALUATION_SUBMITTED, EventClaims::evaluation);
        claim(EvaluationEvents.EVALUATION_REVIEW_STARTED, EventClaims::evaluation);
        claim(EvaluationEvents.EVALUATION_RETURNED, EventClaims::evaluation);
        claim(EvaluationEvents.EVALUATION_APPROVED, EventClaims::evaluation);
        claim(EvaluationEvents.EVALUATION_FINALIZED, EventClaims::evaluation);
        claim(EvaluationEvents.EVALUATION_REOPENED, EventClaims::evaluation);

        claim(ReportEvents.REPORT_RENDERED, p -> TenantClaim.ofStreet(p.streetId(), p.districtId(),
                Aggregate.project(p.projectId()), Aggregate.report(p.reportId())));
    }

    private EventClaims() {
    }

    /** How events of this type say whom they belong to, if the type is one of the contracts'. */
    @SuppressWarnings("unchecked")
    static <P> Optional<Function<P, TenantClaim>> of(EventType<P> type) {
        return Optional.ofNullable((Function<P, TenantClaim>) CLAIMS.get(type));
    }

    /**
     * Whether the contracts this service was built with define a type of this name, in any version. A type they
     * do not know means the publisher is newer than this consumer.
     */
    static boolean knowsType(String name) {
        return CLAIMS.keySet().stream().anyMatch(type -> type.name().equals(name));
    }

    private static <P> void claim(EventType<P> type, Function<P, TenantClaim> claim) {
        CLAIMS.put(type, claim);
    }

    private static TenantClaim project(String streetId, String districtId, String projectId) {
        return TenantClaim.ofStreet(streetId, districtId, Aggregate.project(projectId));
    }

    /** The project first: an evaluation is about a project, and the project is what a forger is after. */
    private static TenantClaim evaluation(EvaluationSnapshot snapshot) {
        return TenantClaim.ofStreet(snapshot.streetId(), snapshot.districtId(),
                Aggregate.project(snapshot.projectId()), Aggregate.evaluation(snapshot.evaluationId()));
    }

    /** A district's copy belongs to the district; a platform-wide template names no owner in its payload. */
    private static TenantClaim template(TemplatePublished template) {
        Aggregate aggregate = Aggregate.template(template.templateId());
        return template.ownerDistrictId() == null ? TenantClaim.platformWide(aggregate)
                : TenantClaim.ofDistrict(template.ownerDistrictId(), aggregate);
    }
}
