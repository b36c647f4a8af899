package cn.jixiao.project.targets;

import java.time.Instant;
import java.util.Comparator;

import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

import cn.jixiao.project.indicators.IndicatorSystems;
import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.project.project.Projects;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The projects whose targets stand in one state, as the caller may see them: for the district, the 目标审核 queue of
 * its streets' submitted targets; for a street, its own. The state lives in the indicator tree's document, not in the
 * project list's rows, so the list starts from the trees (tenant-filtered in the query) and reads each one's project
 * by id (tenant-checked again). The longest waiting comes first. Approved targets with a 目标调整 request open are the
 * district's other queue: the same list, narrowed to them.
 */
@Service
class TargetsList {

    /** Reads of the projects at once: a queue is tens of lines, each read by id. */
    private static final int CONCURRENT_READS = 8;

    private static final Comparator<TargetsListRow> LONGEST_WAITING_FIRST = Comparator
            .comparing(TargetsListRow::lastStepAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(TargetsListRow::projectCode);

    private final IndicatorSystems systems;
    private final Projects projects;

    TargetsList(IndicatorSystems systems, Projects projects) {
        this.systems = systems;
        this.projects = projects;
    }

    Flux<TargetsListRow> inState(TenantAccess caller, TargetsState state, Integer year, String streetId,
                                 Boolean adjustmentOpen) {
        // a street's user sees only its own street whatever it asks for; the tenant filter says so as well
        String street = caller.isStreetUser() ? caller.streetId() : streetId;
        return systems.withTargetsIn(caller, state, street)
                .flatMap(system -> projects.findVisible(caller, system.projectId())
                        .map(project -> TargetsListRow.of(project, system)), CONCURRENT_READS)
                .filter(row -> year == null || row.year() == year)
                .filter(row -> adjustmentOpen == null || row.adjustmentOpen() == adjustmentOpen)
                .sort(LONGEST_WAITING_FIRST);
    }
}
