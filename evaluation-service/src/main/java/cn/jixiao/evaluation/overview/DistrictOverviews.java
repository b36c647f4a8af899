package cn.jixiao.evaluation.overview;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;

/**
 * The district overview for a caller. District overseers and auditors see every street of their district; a
 * street's own users see their street's rows only, with totals over their street (the same rule as every list of
 * the platform, {@link TenantCriteria}); another district's overview is empty, as a list of data one may not see
 * is everywhere else. A district user with neither oversight role is refused (403).
 */
@Service
class DistrictOverviews {

    private final OverviewQueries queries;

    DistrictOverviews(OverviewQueries queries) {
        this.queries = queries;
    }

    Mono<DistrictOverview> overview(TenantAccess access, String districtId, int year, OverviewSort sort,
                                    int page, int size, Integer monitoringMonth) {
        if (!access.isStreetUser() && !access.has(Role.DISTRICT_OVERSEER) && !access.has(Role.AUDITOR)) {
            return Mono.error(ProblemException.forbidden(Bilingual.of(
                    "只有区级监管人员和审计人员可以查看区级总览",
                    "Only the district's overseers and auditors may see the district overview")));
        }
        String district = districtId == null || districtId.isBlank() ? access.districtId() : districtId;
        Criteria scope = new Criteria().andOperator(
                Criteria.where(TenantCriteria.DISTRICT).is(district).and("year").is(year),
                TenantCriteria.visibleTo(access));
        return Mono.zip(queries.page(scope, sort, page, size), queries.summary(scope))
                .map(found -> new DistrictOverview(district, year, monitoringMonth, page, size,
                        sort.key().parameter() + (sort.descending() ? ",desc" : ",asc"),
                        found.getT1().stream().map(row -> OverviewRow.of(row, monitoringMonth)).toList(),
                        OverviewSummary.of(found.getT2())));
    }
}
