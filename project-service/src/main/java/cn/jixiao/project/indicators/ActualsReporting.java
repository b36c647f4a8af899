package cn.jixiao.project.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Service;

import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.messaging.outbox.PendingEvent;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.problems.ProblemHandling.FieldProblem;
import cn.jixiao.project.audit.AuditTrail;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectAccess;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.uploads.ReceivedFile;

/**
 * Records actual values (实际完成值): one at a time, many lines at once (the table the street saves once), or a whole
 * workbook. Either way it is one write of the indicator system carrying {@code ActualsReported} (with every current
 * actual) and the audit entry, and the indicators stay in the order the street entered them.
 */
@Service
public class ActualsReporting {

    private final ProjectAccess access;
    private final IndicatorSystems systems;
    private final AuditTrail audit;
    private final Clock clock;

    ActualsReporting(ProjectAccess access, IndicatorSystems systems, AuditTrail audit, Clock clock) {
        this.access = access;
        this.systems = systems;
        this.audit = audit;
        this.clock = clock;
    }

    /** One indicator's actual, on top of the version the street read. */
    public Mono<IndicatorSystem> report(TenantAccess editor, String projectId, String indicatorId, ReportActual request) {
        return access.editable(editor, projectId).flatMap(project -> systems.of(editor, project).flatMap(current -> {
            Indicator indicator = current.indicators().stream().filter(candidate -> candidate.id().equals(indicatorId))
                    .findFirst().orElseThrow(() -> ProblemException.notFound(Bilingual.of("指标", "Indicator"), indicatorId));
            if (!Objects.equals(request.version(), current.version())) {
                throw new OptimisticLockingFailureException("indicators of " + projectId + " changed meanwhile");
            }
            ActualReading actual;
            try {
                actual = ActualRules.read(indicator, request.actual());
            } catch (UnreadableValue unreadable) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "actual-unreadable",
                        Bilingual.of("实际完成值有误", "Invalid actual value"), unreadable.reason())
                        .with("errors", List.of(new FieldProblem("actual", unreadable.reason().combined(), request.actual())));
            }
            return save(editor, project, current, Map.of(indicatorId, Change.of(actual, request.deviationNote())),
                    "reported");
        }));
    }

    /**
     * The actuals of many lines on top of the version the street read, all or nothing: a stale version is refused
     * with 409 before any line is judged, then every bad line is named in one refusal ({@link ActualsBatch}).
     */
    public Mono<IndicatorSystem> reportAll(TenantAccess editor, String projectId, ReportActuals request) {
        return access.editable(editor, projectId).flatMap(project -> systems.of(editor, project).flatMap(current -> {
            if (!current.isStored()) {
                return Mono.error(notDefined());
            }
            if (!Objects.equals(request.version(), current.version())) {
                return Mono.error(new OptimisticLockingFailureException("indicators of " + projectId + " changed meanwhile"));
            }
            Map<String, Change> changes = new LinkedHashMap<>();
            ActualsBatch.read(request.actuals(), current.indicators()).forEach(entry -> changes.put(entry.indicatorId(),
                    Change.of(entry.actual(), entry.deviationNote())));
            return save(editor, project, current, changes, "reported");
        }));
    }

    /**
     * Every actual filled in an uploaded workbook, all or nothing. The editor, the project and its indicators are
     * checked before a byte of the file is read; the file is received to disk under {@code maxSize} and read as a
     * stream off the event loop.
     */
    public Mono<IndicatorSystem> importWorkbook(TenantAccess editor, String projectId, Mono<FilePart> file, DataSize maxSize) {
        return access.editable(editor, projectId).flatMap(project -> systems.of(editor, project).flatMap(current -> {
            if (!current.isStored()) {
                return Mono.error(notDefined());
            }
            return file.switchIfEmpty(Mono.error(() -> new ProblemException(HttpStatus.BAD_REQUEST, "no-file",
                            Bilingual.of("缺少文件", "No file"),
                            Bilingual.of("请在表单字段 file 中上传填好的模板", "Upload the filled-in workbook in the form field \"file\""))))
                    .flatMap(part -> ReceivedFile.using(part, maxSize, () -> tooLarge(maxSize), upload -> Mono
                            .fromCallable(() -> ActualsWorkbook.read(upload.path(), current.indicators()))
                            .subscribeOn(Schedulers.boundedElastic())))
                    .flatMap(entries -> {
                        Map<String, Change> changes = new LinkedHashMap<>();
                        entries.forEach(entry -> changes.put(entry.indicatorId(),
                                Change.of(entry.actual(), entry.deviationNote())));
                        return save(editor, project, current, changes, "imported");
                    });
        }));
    }

    private static ProblemException notDefined() {
        return new ProblemException(HttpStatus.CONFLICT, "indicators-not-defined",
                Bilingual.of("尚未设定绩效指标", "No indicators defined"),
                Bilingual.of("请先设定绩效指标，再填报实际完成值", "Define the indicators before reporting actual values"));
    }

    private static ProblemException tooLarge(DataSize maxSize) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                Bilingual.of("文件过大", "File too large"),
                Bilingual.of("实际完成值模板不超过 " + maxSize.toMegabytes() + " MB",
                        "An actuals workbook is at most " + maxSize.toMegabytes() + " MB"))
                .with("limit", "maxUploadSize").with("maxValue", maxSize.toBytes());
    }

    private Mono<IndicatorSystem> save(TenantAccess editor, Project project, IndicatorSystem current,
                                       Map<String, Change> changes, String action) {
        Instant now = clock.instant();
        List<Indicator> indicators = current.indicators().stream().map(indicator -> {
            Change change = changes.get(indicator.id());
            return change == null ? indicator : indicator.withActual(new ReportedActual(change.actual().text(),
                    change.actual().value(), change.actual().unit(), change.deviationNote(), editor.username(), now,
                    change.actual().kind()));
        }).toList();
        List<PendingEvent> events = List.of(
                IndicatorEvents.actualsReported(current, indicators, now),
                audit.entry(editor, project.id(), project.districtId(), project.tenantId(), "actuals", action,
                        Actuals.of(current.indicators(), changes), Actuals.of(indicators, changes), now));
        return systems.save(current.next(indicators, current.version(), events));
    }

    private record Change(ActualReading actual, String deviationNote) {

        static Change of(ActualReading actual, String deviationNote) {
            return new Change(actual, deviationNote == null || deviationNote.isBlank() ? null : deviationNote.strip());
        }
    }

    /** The changed indicators' actuals, as the audit trail keeps them before and after. */
    record Actuals(List<ActualsReported.Actual> actuals) {

        static Actuals of(List<Indicator> indicators, Map<String, Change> changed) {
            return new Actuals(IndicatorEvents.actualsOf(indicators.stream()
                    .filter(indicator -> changed.containsKey(indicator.id())).toList()));
        }
    }
}
