package cn.jixiao.project.execution;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.budget.Amounts;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Enters a project's 全年执行数 as a summary figure on top of the version the editor read, saved with its
 * {@code ExecutionSummaryReported} event and audit entry in one document write. The amount follows the budget's
 * rules ({@link Amounts}: exact 元, two decimals at most, not negative); 其他 needs the source named.
 */
@Service
class ExecutionSummaryChanges {

    private final ProjectAccess access;
    private final ExecutionSummaries summaries;
    private final AuditTrail audit;
    private final Clock clock;

    ExecutionSummaryChanges(ProjectAccess access, ExecutionSummaries summaries,
                            AuditTrail audit, Clock clock) {
        this.access = access;
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<ExecutionSummary> report(TenantAccess editor, String projectId, ReportExecutionSummary request) {
        return access.editable(editor, projectId).flatMap(project -> summaries.findVisible(editor, projectId)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(current -> {
                    Long storedVersion = current.map(ExecutionSummary::version).orElse(null);
                    if (!Objects.equals(storedVersion, request.version())) {
                        throw new OptimisticLockingFailureException("The execution summary of project " + projectId
                                + " is at version " + storedVersion + ", the change is based on " + request.version());
                    }
                    Yuan executed = Amounts.nonNegative("executed", request.executed());
                    String detail = blankToNull(request.sourceDetail());
                    if (request.source() == ExecutionSource.OTHER && detail == null) {
                        throw new ProblemException(HttpStatus.BAD_REQUEST, "execution-source-unnamed",
                                Bilingual.of("来源为“其他”时须写明来源", "An OTHER source must be named"),
                                Bilingual.of("全年执行数的来源选择了“其他”，请在 sourceDetail 中写明来源（如：街道资金台账）",
                                        "The source of 全年执行数 is OTHER: name it in sourceDetail (e.g. the street's"
                                                + " own spending register)"))
                                .with("field", "sourceDetail");
                    }
                    if (request.source() != ExecutionSource.OTHER) {
                        detail = null;
                    }
                    // to the millisecond, as the store keeps it: the answer shows what a later read will
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                    ExecutionSummary next = new ExecutionSummary(project.id(), project.districtId(), project.tenantId(),
                            executed, request.source(), detail, blankToNull(request.note()), editor.username(), now,
                            storedVersion, current.map(ExecutionSummary::outbox).orElse(List.of()));
                    ExecutionSummaryReported reported = next.snapshot(next.nextVersion());
                    ExecutionSummaryReported before = current.map(stored -> stored.snapshot(stored.version())).orElse(null);
                    List<PendingEvent> events = List.of(
                            PendingEvent.of(Topics.PROJECT_EVENTS, project.id(), EventEnvelope.of(
                                    ProjectEvents.EXECUTION_SUMMARY_REPORTED, project.tenantId(), now, reported)),
                            audit.entry(editor, project.id(), project.districtId(), project.tenantId(),
                                    "execution-summary", current.isPresent() ? "updated" : "set", before, reported, now));
                    return summaries.store(next.withEvents(events));
                }));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
