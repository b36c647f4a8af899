package cn.jixiao.evaluation.overview;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;

/**
 * The district overview for a caller, from the {@link OverviewBoard}. District overseers and auditors see every
 * street of their district; a street's own users see their street's rows only, with totals over their street (the
 * same rule as every list of the platform, {@link TenantCriteria}); another district's overview is empty, as a list
 * of data one may not see is everywhere else. A district user with neither oversight role is refused (403).
 */
@Service
class DistrictOverviews {

    private final OverviewBoard board;

    DistrictOverviews(OverviewBoard board) {
        this.board = board;
    }

    Mono<DistrictOverview> overview(TenantAccess access, String districtId, int year, OverviewFilter filter,
                                    OverviewSort sort, int page, int size, Integer monitoringMonth) {
        if (!mayOversee(access)) {
            return Mono.error(refused());
        }
        String district = districtOf(access, districtId);
        if (district == null || !district.equals(access.districtId())) {
            // nothing there is visible to the caller: answered without loading another district into memory
            return Mono.just(new DistrictOverview(district, year, monitoringMonth, page, size, sort.text(), 0, List.of(),
                    OverviewSummary.of(List.of())));
        }
        return board.rows(district, year).map(rows -> {
            DistrictYearRows.OverviewPage found = rows.page(access, filter, sort, page, size, monitoringMonth);
            return new DistrictOverview(district, year, monitoringMonth, page, size, sort.text(), found.total(),
                    found.rows(), found.summary());
        });
    }

    /** 全区汇总: the same summary as the overview's, from the same board, under the same rule of who sees what. */
    Mono<DistrictSummary> summary(TenantAccess access, String districtId, int year, Integer monitoringMonth) {
        if (!mayOversee(access)) {
            return Mono.error(refused());
        }
        String district = districtOf(access, districtId);
        if (district == null || !district.equals(access.districtId())) {
            return Mono.just(new DistrictSummary(district, year, monitoringMonth, OverviewSummary.of(List.of())));
        }
        return board.rows(district, year)
                .map(rows -> new DistrictSummary(district, year, monitoringMonth, rows.summary(access, monitoringMonth)));
    }

    private static boolean mayOversee(TenantAccess access) {
        return access.isStreetUser() || access.has(Role.DISTRICT_OVERSEER) || access.has(Role.AUDITOR);
    }

    private static ProblemException refused() {
        return ProblemException.forbidden(Bilingual.of(
                "只有区级监管人员和审计人员可以查看区级总览",
                "Only the district's overseers and auditors may see the district overview"));
    }

    private static String districtOf(TenantAccess access, String districtId) {
        return districtId == null || districtId.isBlank() ? access.districtId() : districtId;
    }
}
