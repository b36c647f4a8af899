package cn.jixiao.project.redflags;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.project.project.ProjectFilter;
import cn.jixiao.project.project.Projects;
import cn.jixiao.project.rectification.RedFlagFindings;
import cn.jixiao.project.redflags.RedFlagViews.DistrictFlags;
import cn.jixiao.project.redflags.RedFlagViews.FlagView;
import cn.jixiao.project.redflags.RedFlagViews.ProjectCounts;
import cn.jixiao.project.redflags.RedFlagViews.ProjectFlags;
import cn.jixiao.project.redflags.RedFlagViews.RuleView;
import cn.jixiao.project.redflags.RedFlagViews.StreetCounts;
import cn.jixiao.project.redflags.rules.RedFlag;
import cn.jixiao.project.redflags.rules.RedFlagRule;
import cn.jixiao.project.redflags.rules.RedFlagRules;
import cn.jixiao.tenancy.TenantAccess;

/**
 * A project's red flags, computed from its ledger on every read, with the overseer's decisions on them; the
 * district's counts; dismissing a flag with a reason and turning one into a 整改 item. Flags never touch a score.
 * The order of the refusals: the caller's role (403, streets included), the project visible (404), the key well formed
 * (400), the flag among the project's current flags (404), the flag not decided otherwise yet (409).
 */
@Service
class RedFlags {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** More projects than a district has in a year: the district's list reads them all. */
    private static final int ALL_PROJECTS = 10_000;
    private static final String SUBJECT = "red-flag";

    private final ProjectAccess access;
    private final Projects projects;
    private final LedgerFactsReader facts;
    private final RedFlagRules rules;
    private final FlagDecisionStore decisions;
    private final RedFlagFindings rectification;
    private final AuditTrail audit;
    private final Clock clock;

    RedFlags(ProjectAccess access, Projects projects, LedgerFactsReader facts, RedFlagRules rules,
             FlagDecisionStore decisions, RedFlagFindings rectification, AuditTrail audit, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.facts = facts;
        this.rules = rules;
        this.decisions = decisions;
        this.rectification = rectification;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<ProjectFlags> ofProject(TenantAccess caller, String projectId) {
        return Mono.fromRunnable(() -> RedFlagPolicy.mayRead(caller))
                .then(access.readable(caller, projectId))
                .flatMap(project -> read(caller, project).map(read -> {
                    Set<String> current = read.flags().stream().map(RedFlag::key).collect(Collectors.toSet());
                    return new ProjectFlags(project.id(), project.code(), project.details().name(), project.tenantId(),
                            project.year(), ruleViews(), read.flags().stream()
                            .map(flag -> view(flag, read.decisions().of(flag.key()).orElse(null))).toList(),
                            read.decisions().decisions().stream()
                                    .filter(decision -> !current.contains(decision.flagKey())).toList());
                }));
    }

    Mono<FlagView> dismiss(TenantAccess caller, String projectId, String flagKey, DismissFlag request) {
        String reason = request.reason().strip();
        return decide(caller, projectId, flagKey, FlagStatus.DISMISSED, (project, flag) -> Mono.just(
                new FlagDecision(flag.key(), flag.rule(), FlagStatus.DISMISSED, flag.finding(), reason, null,
                        caller.username(), now())));
    }

    /** Opens the flag's 整改 item once: asked again, answers the flag as it is. */
    Mono<FlagView> rectify(TenantAccess caller, String projectId, String flagKey) {
        return decide(caller, projectId, flagKey, FlagStatus.RECTIFICATION, (project, flag) -> rectification
                .open(project, flag.key(), "审计线索（" + flag.rule().label() + "）：" + flag.finding())
                .map(itemId -> new FlagDecision(flag.key(), flag.rule(), FlagStatus.RECTIFICATION, flag.finding(),
                        null, itemId, caller.username(), now())))
                // two overseers at once: the item is opened once either way, and the second finds the decision
                .retryWhen(Retry.max(2).filter(OptimisticLockingFailureException.class::isInstance));
    }

    private Mono<FlagView> decide(TenantAccess caller, String projectId, String flagKey, FlagStatus status,
                                  BiFunction<Project, RedFlag, Mono<FlagDecision>> decision) {
        return Mono.fromRunnable(() -> RedFlagPolicy.mayDecide(caller))
                .then(Mono.defer(() -> access.readable(caller, projectId)))
                .doOnNext(project -> refuseMalformed(flagKey))
                .flatMap(project -> read(caller, project).flatMap(read -> {
                    RedFlag flag = read.flags().stream().filter(found -> found.key().equals(flagKey)).findFirst()
                            .orElseThrow(() -> ProblemException.notFound(Bilingual.of("审计线索", "Red flag"), flagKey));
                    FlagDecision earlier = read.decisions().of(flagKey).orElse(null);
                    if (earlier != null && earlier.status() == status && status == FlagStatus.RECTIFICATION) {
                        return Mono.just(view(flag, earlier));
                    }
                    if (earlier != null) {
                        throw alreadyDecided(earlier);
                    }
                    return decision.apply(project, flag).flatMap(decided -> decisions.save(read.decisions().plus(
                            decided, audit.entry(caller, project.id(), project.districtId(), project.tenantId(),
                                    SUBJECT, status == FlagStatus.DISMISSED ? "dismissed" : "rectification", null,
                                    auditPart(decided), decided.decidedAt()))).thenReturn(view(flag, decided)));
                }));
    }

    /** The district's counts of flags per rule, street and project in a year (the current one by default). */
    Mono<DistrictFlags> ofDistrict(TenantAccess caller, Integer year, String streetId) {
        return Mono.fromRunnable(() -> RedFlagPolicy.mayRead(caller)).then(Mono.defer(() -> {
            int inYear = year != null ? year : LocalDate.ofInstant(clock.instant(), BEIJING).getYear();
            return projects.visibleTo(caller, new ProjectFilter(inYear, streetId, null, null), 0, ALL_PROJECTS)
                    .flatMapSequential(project -> read(caller, project).map(read -> read.counts(project)), 4)
                    .filter(counts -> counts.total() > 0)
                    .collectList()
                    .map(counted -> district(inYear, counted));
        }));
    }

    private DistrictFlags district(int year, List<ProjectCounts> counted) {
        List<ProjectCounts> ordered = counted.stream().sorted(Comparator.comparing(ProjectCounts::streetId)
                .thenComparing(ProjectCounts::projectCode)).toList();
        Map<String, List<ProjectCounts>> byStreet = ordered.stream()
                .collect(Collectors.groupingBy(ProjectCounts::streetId, TreeMap::new, Collectors.toList()));
        List<StreetCounts> streets = byStreet.entrySet().stream().map(street -> new StreetCounts(street.getKey(),
                street.getValue().stream().mapToInt(ProjectCounts::total).sum(),
                street.getValue().stream().mapToInt(counts -> counts.byStatus().get(FlagStatus.OPEN)).sum(),
                perRule(street.getValue()))).toList();
        return new DistrictFlags(year, ruleViews(), perRule(ordered), streets, ordered);
    }

    private static Map<RedFlagRule, Integer> perRule(List<ProjectCounts> counted) {
        Map<RedFlagRule, Integer> sums = zeroPerRule();
        counted.forEach(counts -> counts.byRule().forEach((rule, count) -> sums.merge(rule, count, Integer::sum)));
        return sums;
    }

    private static Map<RedFlagRule, Integer> zeroPerRule() {
        Map<RedFlagRule, Integer> zero = new EnumMap<>(RedFlagRule.class);
        for (RedFlagRule rule : RedFlagRule.values()) {
            zero.put(rule, 0);
        }
        return zero;
    }

    private Mono<Read> read(TenantAccess caller, Project project) {
        return Mono.zip(facts.of(caller, project), decisions.of(caller, project))
                .map(found -> new Read(rules.flags(found.getT1()), found.getT2()));
    }

    private List<RuleView> ruleViews() {
        return rules.rules().stream().map(rule -> new RuleView(rule.kind(), rule.kind().label(), rule.threshold()))
                .toList();
    }

    private FlagView view(RedFlag flag, FlagDecision decision) {
        return FlagView.of(flag, rules.rule(flag.rule()).threshold(), decision);
    }

    private static Map<String, Object> auditPart(FlagDecision decision) {
        Map<String, Object> part = new TreeMap<>();
        part.put("flag", decision.flagKey());
        part.put("rule", decision.rule().name());
        part.put("status", decision.status().name());
        part.put("finding", decision.finding());
        part.put(decision.status() == FlagStatus.DISMISSED ? "reason" : "rectificationId",
                decision.status() == FlagStatus.DISMISSED ? decision.reason() : decision.rectificationId());
        return part;
    }

    /** A key no flag can have: answered only after the tenant checks, so it tells a stranger nothing. */
    private static void refuseMalformed(String flagKey) {
        if (!RedFlag.isKey(flagKey)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "red-flag-key-malformed",
                    Bilingual.of("审计线索标识格式不正确", "Malformed red flag key"),
                    Bilingual.of("“" + flagKey + "”不是审计线索的标识（规则名-24位十六进制）",
                            "'" + flagKey + "' is not a red flag's key (the rule's name and 24 hex digits)"));
        }
    }

    private static ProblemException alreadyDecided(FlagDecision earlier) {
        return new ProblemException(HttpStatus.CONFLICT, "red-flag-already-decided",
                Bilingual.of("该审计线索已处理", "Red flag already decided"),
                Bilingual.of("该审计线索已于 " + earlier.decidedAt() + " 由 " + earlier.decidedBy() + " 处理为「"
                                + earlier.status().label() + "」，不能再次处理",
                        "The red flag was decided as " + earlier.status() + " by " + earlier.decidedBy() + " at "
                                + earlier.decidedAt() + "; it cannot be decided again"))
                .with("flagStatus", earlier.status()).with("flagStatusLabel", earlier.status().label());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A project's current flags and the decisions on its flags. */
    private record Read(List<RedFlag> flags, ProjectFlagDecisions decisions) {

        ProjectCounts counts(Project project) {
            Map<FlagStatus, Integer> byStatus = new EnumMap<>(FlagStatus.class);
            for (FlagStatus status : FlagStatus.values()) {
                byStatus.put(status, 0);
            }
            Map<RedFlagRule, Integer> byRule = zeroPerRule();
            for (RedFlag flag : flags) {
                byStatus.merge(decisions.of(flag.key()).map(FlagDecision::status).orElse(FlagStatus.OPEN), 1,
                        Integer::sum);
                byRule.merge(flag.rule(), 1, Integer::sum);
            }
            return new ProjectCounts(project.id(), project.code(), project.details().name(), project.tenantId(),
                    flags.size(), byStatus, byRule);
        }
    }
}
