package cn.jixiao.report.summary;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.report.document.DistrictSummary;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.EvaluationRecord;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * A district's summary for a year, across all its streets, from report-service's read model: for the district's
 * overseers and auditors, who hand it to the finance bureau. Computed again at most every few seconds while it is
 * being asked for ({@link RecentSummaries}).
 */
@Service
class DistrictSummaries {

    private final ReactiveMongoTemplate mongo;
    private final TenantNames names;
    private final RecentSummaries recent;

    DistrictSummaries(ReactiveMongoTemplate mongo, TenantNames names, Clock clock) {
        this.mongo = mongo;
        this.names = names;
        this.recent = new RecentSummaries(clock);
    }

    Mono<DistrictSummary> of(TenantAccess access, String districtId, int year) {
        if (!districtId.equals(access.districtId())) {
            return Mono.error(ProblemException.notFound(Bilingual.of("区", "District"), districtId));
        }
        if (access.isStreetUser() || !(access.has(Role.DISTRICT_OVERSEER) || access.has(Role.AUDITOR))) {
            return Mono.error(ProblemException.forbidden(Bilingual.of("只有区级监管和审计人员可以查看全区汇总",
                    "Only the district's overseers and auditors see the district summary")));
        }
        return recent.of(districtId, year, () -> computed(districtId, year));
    }

    /** Reads every project and evaluation of the district and year from the read model. */
    private Mono<DistrictSummary> computed(String districtId, int year) {
        Mono<List<ProjectFacts>> projects = mongo.find(Query.query(Criteria.where("districtId").is(districtId)
                .and("registration.year").is(year)), ProjectFacts.class).collectList();
        Mono<Map<String, Evaluation>> latest = mongo.find(Query.query(Criteria.where("districtId").is(districtId)),
                        EvaluationRecord.class)
                .collect(Collectors.toMap(EvaluationRecord::projectId, EvaluationRecord::snapshot, latestRound()));
        return Mono.zip(projects, latest, (facts, evaluations) -> SummaryTotals.summarize(districtId,
                names.of(districtId), year, SummaryRows.rows(facts, evaluations, names)));
    }

    private static BinaryOperator<Evaluation> latestRound() {
        return (one, other) -> one.round() >= other.round() ? one : other;
    }
}
