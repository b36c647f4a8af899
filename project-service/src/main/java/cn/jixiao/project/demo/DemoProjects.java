package cn.jixiao.project.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import cn.jixiao.project.budget.BudgetChanges;
import cn.jixiao.project.budget.ClassificationRow;
import cn.jixiao.project.budget.FundingSource;
import cn.jixiao.project.budget.SetBudget;
import cn.jixiao.project.budget.SourceRow;
import cn.jixiao.project.evidence.AttachEvidence;
import cn.jixiao.project.evidence.EvidenceAttachment;
import cn.jixiao.project.evidence.demo.JinchenEvidence;
import cn.jixiao.project.indicators.ActualsReporting;
import cn.jixiao.project.indicators.IndicatorDefinition;
import cn.jixiao.project.indicators.IndicatorSystem;
import cn.jixiao.project.indicators.demo.DemoActual;
import cn.jixiao.project.indicators.demo.JinchenIndicators;
import cn.jixiao.project.indicators.demo.TuodongIndicators;
import cn.jixiao.project.ledger.LedgerImport;
import cn.jixiao.project.ledger.demo.JinchenLedger;
import cn.jixiao.project.ledger.demo.TuodongLedger;
import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.ProjectDetailsUpdate;
import cn.jixiao.project.project.ProjectRegistration;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.project.project.UpdateProjectDetails;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The demo tenants' projects, entered through the same paths as a street editor's requests, so their events
 * reach the other services like any other. 金辰街道 gets the seed report's project in full (details, budget,
 * the year's ledger, indicators and actuals, and the evidence its report lists); 拓东街道 gets a project entered the same way that falls short in
 * places (85% spent, a 反向 indicator over its target, a 定性 indicator to grade), so partial scores show. Runs
 * with the {@code demo} profile (the local stack); a project that already exists is left alone, so restarts
 * change nothing.
 */
@Component
@Profile("demo")
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final ProjectRegistration registration;
    private final ProjectDetailsUpdate details;
    private final BudgetChanges budgets;
    private final IndicatorDefinition indicators;
    private final ActualsReporting actuals;
    private final LedgerImport ledger;
    private final EvidenceAttachment evidence;

    DemoProjects(ProjectRegistration registration, ProjectDetailsUpdate details, BudgetChanges budgets,
                 IndicatorDefinition indicators, ActualsReporting actuals, LedgerImport ledger,
                 EvidenceAttachment evidence) {
        this.registration = registration;
        this.details = details;
        this.budgets = budgets;
        this.indicators = indicators;
        this.actuals = actuals;
        this.ledger = ledger;
        this.evidence = evidence;
    }

    @Override
    public void run(ApplicationArguments args) {
        TenantAccess jinchen = editorOf(DemoTenants.JINCHEN);
        TenantAccess tuodong = editorOf(DemoTenants.TUODONG);
        Flux.concat(
                registerNew(jinchen, JinchenSeed.REGISTRATION).flatMap(project -> enterJinchen(jinchen, project)),
                registerNew(tuodong, TuodongSeed.REGISTRATION).flatMap(project -> enterTuodong(tuodong, project)))
                .blockLast();
    }

    private Mono<Void> enterJinchen(TenantAccess editor, Project project) {
        BigDecimal total = new BigDecimal("2000000.00");
        SetBudget budget = new SetBudget(null, total,
                List.of(new SourceRow(FundingSource.CURRENT_YEAR_APPROPRIATION, total, total)),
                List.of(new ClassificationRow("30227", total)));
        return details.update(editor, project.id(), new UpdateProjectDetails(project.version(), JinchenSeed.details()))
                .then(budgets.set(editor, project.id(), budget))
                .then(ledger.importContent(editor, project.id(), "金辰街道2023年支出明细.csv", JinchenLedger.csv()))
                .then(indicators.define(editor, project.id(), JinchenIndicators.definition()))
                .flatMap(system -> reportActuals(editor, system, JinchenIndicators.actuals()))
                .thenMany(Flux.fromIterable(JinchenEvidence.items()).concatMap(item -> evidence.attach(editor, project.id(),
                        Mono.just(new AttachEvidence(item.file(), item.type().name(), item.title())))))
                .then()
                .doOnSuccess(done -> log.info("Demo project of jinchen entered in full: {}", project.code()))
                .then();
    }

    private Mono<Void> enterTuodong(TenantAccess editor, Project project) {
        return details.update(editor, project.id(), new UpdateProjectDetails(project.version(), TuodongSeed.details()))
                .then(budgets.set(editor, project.id(), TuodongSeed.budget()))
                .then(ledger.importContent(editor, project.id(), "拓东街道2023年支出明细.csv", TuodongLedger.csv()))
                .then(indicators.define(editor, project.id(), TuodongIndicators.definition()))
                .flatMap(system -> reportActuals(editor, system, TuodongIndicators.actuals()))
                .doOnSuccess(done -> log.info("Demo project of tuodong entered in full: {}", project.code()))
                .then();
    }

    /** One actual after the other, each based on the version the previous one produced. */
    private Mono<IndicatorSystem> reportActuals(TenantAccess editor, IndicatorSystem system, List<DemoActual> remaining) {
        if (remaining.isEmpty()) {
            return Mono.just(system);
        }
        DemoActual next = remaining.get(0);
        return actuals.report(editor, system.projectId(), next.indicatorId(), next.basedOn(system.version()))
                .flatMap(updated -> reportActuals(editor, updated, remaining.subList(1, remaining.size())));
    }

    /** The newly registered project, or nothing if it was registered by an earlier start. */
    private Mono<Project> registerNew(TenantAccess editor, RegisterProject project) {
        return registration.register(editor, project)
                .doOnNext(saved -> log.info("Demo project registered for {}: {} {}", editor.streetId(), project.code(), project.name()))
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty());
    }

    private static TenantAccess editorOf(String street) {
        return new TenantAccess("demo-seed", "demo-seed", DemoTenants.PANLONG, street, Set.of(Role.STREET_EDITOR));
    }
}
