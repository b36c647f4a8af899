package cn.jixiao.project.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.monitoring.SpendingBehindPlan;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.project.ProjectFilter;
import cn.jixiao.project.project.ProjectListing;
import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.Side;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The district's monitoring rounds: opening one (its overseer), the rounds a caller sees (the district's, which
 * cover every street of it), and a round's dashboard. Rounds of another district are not found.
 */
@Service
class MonitoringRounds {

    /** Every project of a district-year fits one page of the list: the list itself holds them in memory. */
    private static final int ALL = 1_000_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MonitoringStore store;
    private final ProjectListing projects;
    private final Clock clock;

    MonitoringRounds(MonitoringStore store, ProjectListing projects, Clock clock) {
        this.store = store;
        this.projects = projects;
        this.clock = clock;
    }

    Mono<MonitoringRound> open(TenantAccess caller, OpenRound request) {
        if (!ReviewPolicy.mayAct(Side.DISTRICT, caller)) {
            return Mono.error(ProblemException.forbidden(Bilingual.of("绩效运行监控只能由区复核人员下达",
                    "Only the district's overseer may open a monitoring round")));
        }
        BigDecimal margin = request.marginPoints() == null ? SpendingBehindPlan.DEFAULT_MARGIN_POINTS
                : request.marginPoints();
        refuseUnlessValid(request, margin);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        MonitoringRound round = new MonitoringRound(UUID.randomUUID().toString(), request.name().strip(),
                request.asOf().getYear(), request.asOf(), request.dueDate(), margin, caller.username(), now);
        return store.rounds(caller.districtId())
                .map(rounds -> rounds.with(round, MonitoringEvents.opened(caller.districtId(), round)))
                .flatMap(store::save)
                .thenReturn(round);
    }

    private static void refuseUnlessValid(OpenRound request, BigDecimal margin) {
        if (!request.asOf().equals(YearMonth.from(request.asOf()).atEndOfMonth())) {
            throw invalid("as-of-not-month-end", Bilingual.of("数据截止日期须为月末",
                    "The as-of date must be the last day of a month"), Bilingual.of(
                    "数据截止日期“" + request.asOf() + "”不是月末；台账按月汇总，监控按月末的支出计算，如 "
                            + YearMonth.from(request.asOf()).atEndOfMonth(),
                    "The as-of date " + request.asOf() + " is not a month's last day; spending is monitored at month "
                            + "ends, e.g. " + YearMonth.from(request.asOf()).atEndOfMonth()));
        }
        if (request.dueDate().isBefore(request.asOf())) {
            throw invalid("due-before-as-of", Bilingual.of("填报截止日期早于数据截止日期",
                    "Due before the as-of date"), Bilingual.of("填报截止日期不能早于数据截止日期",
                    "The due date cannot be before the as-of date"));
        }
        if (margin.signum() <= 0 || margin.compareTo(HUNDRED) > 0 || margin.stripTrailingZeros().scale() > 2) {
            throw invalid("margin-invalid", Bilingual.of("偏差容忍度无效", "Invalid margin"), Bilingual.of(
                    "支出进度偏差容忍度须大于 0、不超过 100 个百分点，最多两位小数",
                    "The margin must be above 0 and at most 100 percentage points, with at most two decimals"));
        }
    }

    private static ProblemException invalid(String code, Bilingual title, Bilingual detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, title, detail);
    }

    /**
     * The rounds of the caller's district, newest first. A caller who reads none of the district's data (a district's
     * administrator, who manages accounts) is refused, as for the district's other lists.
     */
    Mono<List<MonitoringRound>> visible(TenantAccess caller) {
        if (!readsItsDistrict(caller)) {
            return Mono.error(ProblemException.forbidden(Bilingual.of("无权查看本区的绩效运行监控",
                    "Not allowed to read the district's monitoring rounds")));
        }
        return store.rounds(caller.districtId()).map(rounds -> rounds.rounds().stream()
                .sorted(Comparator.comparing(MonitoringRound::openedAt).reversed()).toList());
    }

    /** The round, if it is one of the caller's district's: else 404, as for any other district's data. */
    Mono<MonitoringRound> round(TenantAccess caller, String roundId) {
        Mono<MonitoringRound> found = readsItsDistrict(caller)
                ? store.rounds(caller.districtId()).flatMap(rounds -> Mono.justOrEmpty(rounds.round(roundId)))
                : Mono.empty();
        return found.switchIfEmpty(Mono.error(() -> notFound(roundId)));
    }

    static ProblemException notFound(String roundId) {
        return ProblemException.notFound(Bilingual.of("绩效监控批次", "Monitoring round"), roundId);
    }

    private static boolean readsItsDistrict(TenantAccess caller) {
        return caller.districtId() != null && caller.canRead(caller.districtId(), caller.streetId());
    }

    Mono<RoundDashboard> dashboard(TenantAccess caller, String roundId) {
        return round(caller, roundId).flatMap(round -> projects.page(caller,
                        new ProjectFilter(round.year(), null, null, null), 0, ALL)
                .flatMap(page -> store.reports(caller, page.items().stream()
                                .map(project -> MonitoringReport.idOf(round.id(), project.id())).toList())
                        .collectMap(MonitoringReport::projectId, Function.identity())
                        .map(reports -> dashboard(round, page.items(), reports))));
    }

    private RoundDashboard dashboard(MonitoringRound round, List<ProjectView> inYear,
                                     Map<String, MonitoringReport> reports) {
        boolean pastDue = round.pastDue(clock.instant());
        List<RoundDashboard.Row> rows = inYear.stream().map(project -> {
            MonitoringReport report = reports.getOrDefault(project.id(), MonitoringReport.unstored(round.id(),
                    project.id(), project.districtId(), project.streetId()));
            boolean overdue = pastDue && !report.state().handedIn();
            return new RoundDashboard.Row(project.id(), project.streetId(), project.code(), project.name(),
                    report.state(), overdue ? "OVERDUE" : report.state().name(),
                    overdue ? "逾期未提交" : report.state().label(), overdue, report.redLines(), report.yellowLines(),
                    report.version());
        }).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MonitoringState state : MonitoringState.values()) {
            counts.put(state.name(), 0L);
        }
        counts.put("OVERDUE", 0L);
        counts.putAll(rows.stream().collect(Collectors.groupingBy(RoundDashboard.Row::status, Collectors.counting())));
        return new RoundDashboard(round, pastDue, counts, rows.stream().mapToLong(RoundDashboard.Row::redLines).sum(),
                rows.stream().mapToLong(RoundDashboard.Row::yellowLines).sum(), rows);
    }
}
