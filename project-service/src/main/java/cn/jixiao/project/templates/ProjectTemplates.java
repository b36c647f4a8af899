package cn.jixiao.project.templates;

import java.time.Duration;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.TemplatePublished;
import cn.jixiao.project.project.Project;

/**
 * Which evaluation template's parts a project's weights must add up to: a read model kept from evaluation-service's
 * events ({@link EvaluationEventsFeed}), which owns the templates and records the one each evaluation is scored
 * under (ADR 0008). project-service decides nothing about templates; it only reads this copy to tell the street,
 * before it submits its targets, what the self-evaluation would later block on.
 */
@Repository
public class ProjectTemplates {

    /** Two instances applying snapshots of one project at once: the loser reads again and decides again. */
    private static final Retry LOST_RACE = Retry.backoff(5, Duration.ofMillis(20))
            .filter(error -> error instanceof DuplicateKeyException || error instanceof OptimisticLockingFailureException);

    private final ReactiveMongoTemplate mongo;

    ProjectTemplates(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The parts of the template the project's latest evaluation is scored under; empty while evaluation-service has
     * announced no evaluation of the project that names its template, or not published that version (yet).
     */
    public Mono<Optional<TemplateParts>> partsFor(Project project) {
        return mongo.findById(project.id(), ProjectTemplate.class)
                .filter(known -> known.districtId().equals(project.districtId()))
                .flatMap(known -> mongo.findById(TemplateParts.idOf(known.templateId(), known.templateVersion()),
                        TemplateParts.class))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** A published template version; the same version published again changes nothing. */
    Mono<Void> recordTemplate(TemplatePublished published) {
        return mongo.save(TemplateParts.of(published)).then();
    }

    /** The template an evaluation snapshot names, if it is the project's latest; a snapshot naming none is skipped. */
    Mono<Void> recordEvaluation(EvaluationSnapshot snapshot) {
        EvaluationSnapshot.TemplateVersion template = snapshot.scoringTemplate();
        if (template == null || template.templateId() == null) {
            return Mono.empty();
        }
        ProjectTemplate announced = new ProjectTemplate(snapshot.projectId(), snapshot.districtId(),
                snapshot.streetId(), snapshot.evaluationId(), snapshot.round(), snapshot.revision(),
                template.templateId(), template.version());
        return Mono.defer(() -> mongo.findById(announced.projectId(), ProjectTemplate.class)
                        .flatMap(known -> announced.isNewerThan(known) ? mongo.save(announced) : Mono.just(known))
                        .switchIfEmpty(Mono.defer(() -> mongo.insert(announced))))
                .retryWhen(LOST_RACE)
                .then();
    }
}
