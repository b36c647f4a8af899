package cn.jixiao.evaluation.survey;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import cn.jixiao.evaluation.questionnaire.Survey;
import cn.jixiao.evaluation.selfevaluation.ProjectIndicator;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluations;
import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * Enters the seed project's two satisfaction surveys as 金辰街道's editor would, through {@link SurveyEntry}. The
 * draft exists only once project-service's demo data has arrived by Kafka, so this waits for the draft with its
 * satisfaction indicators (checking every few seconds for ten minutes, without holding up the start). A survey
 * already counted is left as it is, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoSurveys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final long CHECKS = 120;
    private static final TenantAccess JINCHEN_EDITOR = new TenantAccess("demo-seed", "demo-seed", DemoTenants.PANLONG, DemoTenants.JINCHEN,
            Set.of(Role.STREET_EDITOR));

    private final SelfEvaluations evaluations;
    private final SurveyEntry surveys;

    DemoSurveys(SelfEvaluations evaluations, SurveyEntry surveys) {
        this.evaluations = evaluations;
        this.surveys = surveys;
    }

    @Override
    public void run(ApplicationArguments args) {
        Flux.interval(Duration.ZERO, CHECK_EVERY).take(CHECKS)
                .concatMap(check -> seedDraft())
                .next()
                .flatMapMany(found -> Flux.fromIterable(JinchenSurveys.all()).concatMap(this::enterMissing))
                .subscribe(entered -> log.info("Demo survey of jinchen entered: {}", entered.rateExplanation()),
                        failed -> log.warn("Demo surveys of jinchen not entered: {}", failed.toString()));
    }

    /** The seed project's draft, once its satisfaction indicators have arrived. */
    private Mono<SelfEvaluation> seedDraft() {
        List<String> needed = JinchenSurveys.all().stream().map(JinchenSurveys.Entry::indicatorId).toList();
        return evaluations.visibleTo(JINCHEN_EDITOR, null)
                .filter(evaluation -> JinchenSurveys.PROJECT_CODE.equals(evaluation.projectCode()))
                .filter(evaluation -> evaluation.inputs().indicators().stream().map(ProjectIndicator::id).toList().containsAll(needed))
                .next();
    }

    /**
     * Enters one survey into the draft as it stands now. The demo's self-grading and project-service's data change
     * the same draft meanwhile; a write that loses that race (409) reads the draft again and tries once more.
     */
    private Mono<SurveyView> enterMissing(JinchenSurveys.Entry entry) {
        return Mono.defer(() -> seedDraft().flatMap(draft -> enterMissing(draft, entry)))
                .retryWhen(Retry.fixedDelay(20, Duration.ofMillis(500))
                        .filter(OptimisticLockingFailureException.class::isInstance));
    }

    /** Defines the survey unless an earlier start did, then enters its counts unless they are in already. */
    private Mono<SurveyView> enterMissing(SelfEvaluation draft, JinchenSurveys.Entry entry) {
        Survey existing = draft.surveys().stream().filter(survey -> survey.indicatorId().equals(entry.indicatorId()))
                .findFirst().orElse(null);
        if (existing != null && existing.hasResult()) {
            return Mono.empty();
        }
        Mono<String> surveyId = existing != null ? Mono.just(existing.id())
                : surveys.define(JINCHEN_EDITOR, draft.id(), new DefineSurvey(entry.title(), entry.indicatorId(),
                        entry.questions().stream().map(text -> new DefineSurvey.QuestionInput(text, null, null)).toList(),
                        1)).map(SurveyView::id);
        EnterCounts counts = new EnterCounts(IntStream.range(0, entry.counts().size())
                .mapToObj(i -> new EnterCounts.QuestionCounts(i + 1, entry.counts().get(i))).toList(),
                entry.invalidRespondents());
        return surveyId.flatMap(id -> surveys.enterCounts(JINCHEN_EDITOR, draft.id(), id, counts));
    }
}
