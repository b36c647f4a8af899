package cn.jixiao.report.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.tenancy.TenantDocuments;

/**
 * Everything report-service knows of one project from project-service's events, in report-service's own records
 * ({@link ProjectEventMapping} reads the events into them): what the report prints in its sections 一, 四 and 六
 * and on the 自评表. One document per project, so applying an event is one write.
 *
 * <p>Each part keeps the newest picture its events carried: by {@code revision} where the event has one, by the
 * time it happened for ledger totals announced without one. An older event arriving late changes nothing.
 *
 * @param tenantId     the street that owns the project
 * @param registration the project as registered, {@code null} while only later events arrived
 * @param registeredAt when it was registered, {@code null} with it
 * @param details      the latest 项目概况, 总目标, 年度目标 and names
 * @param budget       the latest budget: 年初/全年预算数, by source and by economic classification
 * @param ledger       the ledger totals after the latest batch of spending
 * @param ledgerAsOf   when that batch was recorded
 * @param indicators   the latest indicator tree
 * @param actuals      the latest 实际完成值 of the indicators
 * @param evidence     the evidence files, withdrawn ones included (marked)
 * @param executionSummary 全年执行数 as a summary figure with its source, from a street that keeps no ledger in
 *                     Jixiao; {@code null} for none
 * @param targets      the 绩效目标表's approval: submitted, returned, approved, adjusted (never {@code null})
 * @param version      optimistic lock: two deliveries racing each other cannot overwrite each other's change
 */
@Document(ProjectFacts.COLLECTION)
public record ProjectFacts(
        @Id String projectId,
        String districtId,
        String tenantId,
        Registration registration,
        Instant registeredAt,
        ProjectDetails details,
        Budget budget,
        Ledger ledger,
        Instant ledgerAsOf,
        IndicatorPlan indicators,
        Actuals actuals,
        List<EvidenceItem> evidence,
        ExecutionSummary executionSummary,
        PerformanceTargets targets,
        @Version Long version) implements TenantDocuments.OfAStreet {

    public static final String COLLECTION = "report_projects";

    public ProjectFacts {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        // a project stored before #15 has no targets part: nothing was heard of its approval
        targets = targets == null ? PerformanceTargets.NONE : targets;
    }

    /** A project heard of for the first time, by whichever of its events came first. */
    public static ProjectFacts opened(String projectId, String districtId, String tenantId) {
        return new ProjectFacts(projectId, districtId, tenantId, null, null, null, null, null, null, null, null,
                List.of(), null, PerformanceTargets.NONE, null);
    }

    public ProjectFacts with(Registration registered, Instant at) {
        return new ProjectFacts(projectId, districtId, tenantId, registered, at, details, budget, ledger, ledgerAsOf,
                indicators, actuals, evidence, executionSummary, targets, version);
    }

    public ProjectFacts with(ProjectDetails updated) {
        if (details != null && details.revision() >= updated.revision()) {
            return this;
        }
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, updated, budget, ledger,
                ledgerAsOf, indicators, actuals, evidence, executionSummary, targets, version);
    }

    public ProjectFacts with(Budget changed) {
        if (budget != null && budget.revision() >= changed.revision()) {
            return this;
        }
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, details, changed, ledger,
                ledgerAsOf, indicators, actuals, evidence, executionSummary, targets, version);
    }

    /**
     * The ledger after a batch recorded at {@code recordedAt}. Totals with a revision are ordered by it, and are
     * newer than any without one (project-service numbered its ledger from some batch on); totals without a
     * revision can only be ordered by time: the batch recorded last wins.
     */
    public ProjectFacts with(Ledger spending, Instant recordedAt) {
        if (ledger != null && !isNewer(spending, recordedAt)) {
            return this;
        }
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, details, budget, spending,
                recordedAt, indicators, actuals, evidence, executionSummary, targets, version);
    }

    private boolean isNewer(Ledger spending, Instant recordedAt) {
        if (spending.revision() != null && ledger.revision() != null) {
            return spending.revision() > ledger.revision();
        }
        if (spending.revision() != null || ledger.revision() != null) {
            return spending.revision() != null;
        }
        return ledgerAsOf == null || recordedAt.isAfter(ledgerAsOf);
    }

    public ProjectFacts with(IndicatorPlan defined) {
        if (indicators != null && indicators.revision() >= defined.revision()) {
            return this;
        }
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, details, budget, ledger,
                ledgerAsOf, defined, actuals, evidence, executionSummary, targets, version);
    }

    public ProjectFacts with(Actuals reported) {
        if (actuals != null && actuals.revision() >= reported.revision()) {
            return this;
        }
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, details, budget, ledger,
                ledgerAsOf, indicators, reported, evidence, executionSummary, targets, version);
    }

    /** The summary figure of this event, unless a later one was applied already. */
    public ProjectFacts with(ExecutionSummary summary) {
        if (executionSummary != null && executionSummary.revision() >= summary.revision()) {
            return this;
        }
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, details, budget, ledger,
                ledgerAsOf, indicators, actuals, evidence, summary, targets, version);
    }

    /**
     * 全年执行数 as the report states it without a score: the ledger's once it has any entry, else the summary figure,
     * else {@code null}.
     */
    public Yuan executed() {
        if (ledger != null) {
            return ledger.executed();
        }
        return executionSummary == null ? null : executionSummary.executed();
    }

    /** The footnote under 全年执行数 when it is a summary figure (no ledger), else {@code null}. */
    public String executedMarking() {
        return ledger == null && executionSummary != null ? executionSummary.marking() : null;
    }

    /** With the targets' approval changed as {@code change} says (each step keeps itself idempotent). */
    public ProjectFacts withTargets(UnaryOperator<PerformanceTargets> change) {
        PerformanceTargets changed = change.apply(targets);
        if (changed.equals(targets)) {
            return this;
        }
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, details, budget, ledger,
                ledgerAsOf, indicators, actuals, evidence, executionSummary, changed, version);
    }

    /** Lists a file; a file already known (a redelivery, or withdrawn before this arrived) keeps its state. */
    public ProjectFacts with(EvidenceItem attached) {
        List<EvidenceItem> items = new ArrayList<>(evidence);
        EvidenceItem known = find(attached.evidenceId());
        if (known != null && known.position() > 0) {
            return this;
        }
        items.remove(known);
        items.add(known != null && known.withdrawn() ? attached.asWithdrawn() : attached);
        return withEvidence(items);
    }

    /** Takes a file off the list; a withdrawal arriving before its attachment is kept, so the file never shows. */
    public ProjectFacts withWithdrawn(String evidenceId) {
        List<EvidenceItem> items = new ArrayList<>(evidence);
        EvidenceItem known = find(evidenceId);
        if (known != null && known.withdrawn()) {
            return this;
        }
        if (known == null) {
            items.add(new EvidenceItem(evidenceId, null, null, null, 0, true));
        } else {
            items.set(items.indexOf(known), known.asWithdrawn());
        }
        return withEvidence(items);
    }

    /** The files section 六 lists, in the order they were attached. */
    public List<EvidenceItem> listedEvidence() {
        return evidence.stream().filter(item -> !item.withdrawn() && item.position() > 0)
                .sorted(Comparator.comparingInt(EvidenceItem::position)).toList();
    }

    /** 项目名称: as last updated, else as registered. */
    public String projectName() {
        if (details != null) {
            return details.name();
        }
        return registration == null ? null : registration.name();
    }

    /** 实施单位, who signs the report. */
    public String implementingUnit() {
        if (details != null) {
            return details.implementingUnit();
        }
        return registration == null ? null : registration.implementingUnit();
    }

    public String competentDepartment() {
        if (details != null) {
            return details.competentDepartment();
        }
        return registration == null ? null : registration.competentDepartment();
    }

    /** The budget year, 0 while unknown. */
    public int year() {
        if (details != null) {
            return details.year();
        }
        return registration == null ? 0 : registration.year();
    }

    private EvidenceItem find(String evidenceId) {
        return evidence.stream().filter(item -> item.evidenceId().equals(evidenceId)).findFirst().orElse(null);
    }

    private ProjectFacts withEvidence(List<EvidenceItem> items) {
        return new ProjectFacts(projectId, districtId, tenantId, registration, registeredAt, details, budget, ledger, ledgerAsOf,
                indicators, actuals, items, executionSummary, targets, version);
    }
}
