package cn.jixiao.project.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.evidence.EvidenceEntries;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.StepRefusal;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Opens, answers and decides 整改 items and reads them. Every write is one versioned write of the district-year
 * document (the item, its event and its audit entry together) on top of the item's version the person read (else 409). The order
 * of the refusals: the project and the item visible (404), the caller's role (403), the version current (409), the
 * step possible now (409), a sending back commented (400), the evidence the project's own (400).
 */
@Service
class Rectifications {

    private final ProjectAccess access;
    private final RectificationStore store;
    private final EvidenceEntries evidence;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultDeadlineDays;

    Rectifications(ProjectAccess access, RectificationStore store, EvidenceEntries evidence, AuditTrail audit,
                   Clock clock, @Value("${jixiao.rectification.default-deadline-days:60}") int defaultDeadlineDays) {
        this.access = access;
        this.store = store;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
        this.defaultDeadlineDays = defaultDeadlineDays;
    }

    /** The project's items, and last year's of the same code and street (open or confirmed). */
    Mono<ProjectRectifications> ofProject(TenantAccess caller, String projectId) {
        return access.readable(caller, projectId).flatMap(project -> Mono.zip(
                        store.of(project.districtId(), project.year()),
                        store.of(project.districtId(), project.year() - 1))
                .map(found -> {
                    Instant now = clock.instant();
                    List<RectificationView> items = found.getT1().ofProject(projectId).stream()
                            .map(item -> RectificationView.of(item, now)).toList();
                    List<RectificationView> carried = found.getT2().items().stream()
                            .filter(item -> item.streetId().equals(project.tenantId())
                                    && Objects.equals(item.projectCode(), project.code()))
                            .map(item -> RectificationView.of(item, now)).toList();
                    return new ProjectRectifications(projectId, items, carried);
                }));
    }

    /**
     * The year's items the caller sees: a district's overseer or auditor every street's (narrowed to one by
     * {@code streetId}), a street's users their own. A district's administrator reads no project data (403).
     */
    Mono<RectificationList> list(TenantAccess caller, Integer year, RectificationState status, Boolean overdue,
                                 String streetId) {
        if (caller.districtId() == null || !caller.canRead(caller.districtId(), caller.streetId())) {
            return Mono.error(ProblemException.forbidden(Bilingual.of("无权查看本区的整改事项",
                    "Not allowed to read the district's rectification items")));
        }
        Instant now = clock.instant();
        int inYear = year != null ? year : LocalDate.ofInstant(now, Rectification.BEIJING).getYear();
        return store.of(caller.districtId(), inYear).map(document -> {
            List<Rectification> seen = document.items().stream()
                    .filter(item -> caller.canRead(item.districtId(), item.streetId()))
                    .filter(item -> streetId == null || streetId.equals(item.streetId()))
                    .toList();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (RectificationState state : RectificationState.values()) {
                counts.put(state.name(), seen.stream().filter(item -> item.state() == state).count());
            }
            counts.put("OVERDUE", seen.stream().filter(item -> item.overdue(now)).count());
            List<RectificationView> items = seen.stream()
                    .filter(item -> status == null || item.state() == status)
                    .filter(item -> overdue == null || item.overdue(now) == overdue)
                    .map(item -> RectificationView.of(item, now)).toList();
            return new RectificationList(inYear, counts, items);
        });
    }

    Mono<RectificationView> open(TenantAccess caller, String projectId, OpenRectification request) {
        return access.readable(caller, projectId).flatMap(project -> {
            StepRefusal.unlessMayAct(RectificationPolicy.mayOpen(caller), null);
            Instant now = now();
            Rectification opened = Rectification.openByHand(UUID.randomUUID().toString(), refOf(project),
                    request.finding().strip(), request.deadline(), now);
            return store.change(project.districtId(), project.year(), document -> new RectificationStore.Changed<>(
                    document.plus(opened, List.of(RectificationEvents.opened(opened, caller.username()),
                            auditOf(caller, project, "open", null, opened, now))), opened));
        }).map(item -> RectificationView.of(item, clock.instant()));
    }

    Mono<RectificationView> answer(TenantAccess caller, String projectId, String itemId, AnswerRectification request) {
        List<String> evidenceIds = request.evidenceIds() == null ? List.of()
                : request.evidenceIds().stream().distinct().toList();
        return access.readable(caller, projectId).flatMap(project -> evidence.listed(caller, project)
                .flatMap(listed -> store.change(project.districtId(), project.year(), document -> {
                    Rectification current = itemOf(document, projectId, itemId);
                    refuse(RectificationStep.ANSWER, caller, current, null, request.version());
                    refuseUnknown(evidenceIds, listed);
                    Instant now = now();
                    Rectification next = current.answered(request.measures().strip(), evidenceIds, now);
                    return new RectificationStore.Changed<>(document.replacing(next, List.of(
                            RectificationEvents.answered(next, caller.username(), now),
                            auditOf(caller, project, "answer", current, next, now))), next);
                }))).map(item -> RectificationView.of(item, clock.instant()));
    }

    Mono<RectificationView> decide(RectificationStep step, TenantAccess caller, String projectId, String itemId,
                                   DecideRectification request) {
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        return access.readable(caller, projectId).flatMap(project -> store.change(project.districtId(),
                project.year(), document -> {
                    Rectification current = itemOf(document, projectId, itemId);
                    refuse(step, caller, current, comment, request.version());
                    Instant now = now();
                    Rectification next = current.decided(step, comment, now);
                    return new RectificationStore.Changed<>(document.replacing(next, List.of(
                            RectificationEvents.decided(step, next, caller.username(), now),
                            auditOf(caller, project, step.name().toLowerCase(), current, next, now))), next);
                })).map(item -> RectificationView.of(item, clock.instant()));
    }

    /**
     * Opens an item for each finding of the project not opened yet, due the default number of days; a finding
     * delivered again (a redelivered event, a later snapshot of the same review) changes nothing. Answers the items
     * opened now.
     */
    Mono<List<Rectification>> openFromFindings(Rectification.ProjectRef project, List<Finding> findings) {
        if (findings.isEmpty()) {
            return Mono.just(List.of());
        }
        return store.change(project.districtId(), project.year(), document -> {
            Instant now = now();
            DistrictYearRectifications next = document;
            List<Rectification> opened = new ArrayList<>();
            for (Finding finding : findings) {
                if (next.holds(project.projectId(), finding)) {
                    continue;
                }
                Rectification item = Rectification.openAutomatically(UUID.randomUUID().toString(), project, finding,
                        defaultDeadlineDays, now);
                next = next.plus(item, List.of(RectificationEvents.opened(item, null)));
                opened.add(item);
            }
            return new RectificationStore.Changed<>(opened.isEmpty() ? null : next, List.copyOf(opened));
        });
    }

    private static Rectification itemOf(DistrictYearRectifications document, String projectId, String itemId) {
        return document.item(itemId).filter(item -> item.projectId().equals(projectId))
                .orElseThrow(() -> ProblemException.notFound(Bilingual.of("整改事项", "Rectification item"), itemId));
    }

    private static Rectification.ProjectRef refOf(Project project) {
        return new Rectification.ProjectRef(project.districtId(), project.tenantId(), project.id(), project.code(),
                project.year());
    }

    private PendingEvent auditOf(TenantAccess caller, Project project, String action, Rectification before,
                                 Rectification after, Instant now) {
        return audit.entry(caller, project.id(), project.districtId(), project.tenantId(), "rectification", action,
                before == null ? null : Map.of("item", before.id(), "state", before.state()),
                Map.of("item", after.id(), "state", after.state(), "comment",
                        after.comment() == null ? "" : after.comment()), now);
    }

    /** The shared refusals of a step on an item; the 409 says where the item stands. */
    private static void refuse(RectificationStep step, TenantAccess caller, Rectification current, String comment,
                               Long versionRead) {
        StepRefusal.of(step, "rectification", Bilingual.of("当前状态下不能进行此操作",
                        "Not possible in the item's current state"), Map.of("rectificationState", current.state(),
                        "rectificationStateLabel", current.state().label()))
                .unlessAllowed(ReviewPolicy.decide(step, caller, current.state(), comment, RectificationStep.SUBJECT),
                        versionRead, current.version(), "rectification item " + current.id());
    }

    private static void refuseUnknown(List<String> evidenceIds, Set<String> listed) {
        List<String> unknown = evidenceIds.stream().filter(id -> !listed.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "rectification-evidence-unknown",
                    Bilingual.of("佐证材料不在本项目的佐证材料清单中", "Evidence not in the project's register"),
                    Bilingual.of("佐证材料“" + String.join("”“", unknown) + "”不在本项目的佐证材料清单中（或已撤回）",
                            "The evidence " + unknown.stream().collect(Collectors.joining(", ")) + " is not listed in "
                                    + "the project's evidence register (or was withdrawn)"))
                    .with("evidenceIds", unknown);
        }
    }

    private Instant now() {
        // to the millisecond, as the store keeps it: the answer to a step shows what every later read shows
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
