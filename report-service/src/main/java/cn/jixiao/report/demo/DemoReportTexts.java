package cn.jixiao.report.demo;

import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.texts.ReportTextsService;
import cn.jixiao.report.texts.ReportTextsView;
import cn.jixiao.report.texts.UpdateReportTexts;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * 金辰街道's report texts for its 2023 project, entered through the same path as a street editor's request, so the
 * demo report reads like the seed. The project reaches report-service through project-service's events, some time
 * after both start, so this waits for it in the background rather than holding up the start. Texts already saved
 * (an earlier start, or an editor's own changes) are left alone.
 */
@Component
@Profile("demo")
class DemoReportTexts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReportTexts.class);

    /** The code under which project-service's demo registers the seed project. */
    static final String JINCHEN_PROJECT = "530103-2023-MZTJ-001";

    private static final TenantAccess EDITOR =
            new TenantAccess("demo-seed", "demo-seed", DemoTenants.PANLONG, DemoTenants.JINCHEN, Set.of(Role.STREET_EDITOR));
    private static final Duration LOOK_EVERY = Duration.ofSeconds(5);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);

    private final ReadModel model;
    private final ReportTextsService texts;

    DemoReportTexts(ReadModel model, ReportTextsService texts) {
        this.model = model;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Flux.interval(Duration.ZERO, LOOK_EVERY)
                .concatMap(tick -> model.projectByCode(DemoTenants.PANLONG, DemoTenants.JINCHEN, JINCHEN_PROJECT))
                .next()
                .timeout(GIVE_UP_AFTER)
                .flatMap(this::enter)
                .subscribe(
                        entered -> log.info("Demo report texts of jinchen entered: {} round {}", entered.projectId(),
                                entered.round()),
                        failure -> log.warn("Demo report texts of jinchen not entered: {}", failure.toString()));
    }

    /** Enters the seed's texts for the project's first report, unless texts were saved for it already. */
    Mono<ReportTextsView> enter(ProjectFacts project) {
        return texts.read(EDITOR, project.projectId(), 1)
                .filter(current -> current.origin() != ReportTextsView.Origin.SAVED)
                .flatMap(unsaved -> texts.update(EDITOR, project.projectId(), 1,
                        new UpdateReportTexts(null, JinchenReportTexts.TEXTS)));
    }
}
