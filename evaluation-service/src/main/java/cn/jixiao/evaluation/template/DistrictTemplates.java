package cn.jixiao.evaluation.template;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;

/**
 * Which template version scores a district's self-evaluations: the version a draft recorded when it was
 * opened, so that an evaluation keeps its score when templates change; for a draft that has recorded none yet,
 * the district's choice for the project's budget year (the year's own, else the district's default); and,
 * before a district has chosen, the national default. The version is
 * recorded once: the indicators' weights are checked against it when the draft is scored (a mismatch blocks
 * submission), so redefining the indicators never moves a draft to another template. The district's overseer may
 * set another version on one draft ({@link #choosable}); see ADR 0008.
 */
@Component
public class DistrictTemplates {

    static final Bilingual TEMPLATE = Bilingual.of("评价模板", "Evaluation template");

    private final TemplateLibrary library;

    DistrictTemplates(TemplateLibrary library) {
        this.library = library;
    }

    /**
     * The version a draft of this budget year opened now in this district records: the year's own choice, else
     * the district's default, else the national template. Year 0 (a draft opened before its registration told
     * the year) has no choice of its own, so it gets the default.
     */
    public Mono<TemplateRef> chosenFor(String districtId, int year) {
        return library.choiceOf(districtId)
                .mapNotNull(choice -> choice.inForce(year))
                .defaultIfEmpty(ShippedTemplates.national().ref());
    }

    /**
     * Whether the template is one the district's new drafts may record: its default (the national template while
     * it has chosen none) or a budget year's own choice. Such a template cannot be archived.
     */
    Mono<Boolean> inUse(String districtId, String templateId) {
        return library.choiceOf(districtId)
                .defaultIfEmpty(TemplateChoice.none(districtId))
                .map(choice -> choice.uses(templateId)
                        || (choice.chosen() == null && ShippedTemplates.national().id().equals(templateId)));
    }

    /**
     * A template version the district may choose, as its own choice or for one project: the platform's or the
     * district's own (another district's is not found, 404, so its existence is not disclosed), published, and
     * not archived by the district (409).
     *
     * @param version the version, {@code null} for the template's latest
     */
    public Mono<EvaluationTemplate> choosable(String districtId, String templateId, Integer version) {
        Mono<EvaluationTemplate> found = version == null
                ? library.latestVisible(districtId, templateId)
                : library.visibleVersion(districtId, new TemplateRef(templateId, version));
        return found
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(TEMPLATE,
                        version == null ? templateId : new TemplateRef(templateId, version).toString())))
                .flatMap(template -> library.archivedBy(districtId).flatMap(archived -> archived.contains(templateId)
                        ? Mono.error(archived(template))
                        : Mono.just(template)));
    }

    private static ProblemException archived(EvaluationTemplate template) {
        return new ProblemException(HttpStatus.CONFLICT, "template-archived",
                Bilingual.of("模板已归档", "Template archived"),
                Bilingual.of("模板「" + template.name() + "」已由本区归档，不能再选用；如需使用请先取消归档",
                        "The district archived template " + template.id() + "; it cannot be chosen unless restored"))
                .with("templateId", template.id());
    }

    /** The template that scores a draft: the version it recorded, else the district's choice for its year. */
    public Mono<EvaluationTemplate> scoring(String districtId, int year, TemplateRef recorded) {
        Mono<TemplateRef> ref = recorded == null ? chosenFor(districtId, year) : Mono.just(recorded);
        return ref.flatMap(chosen -> library.version(chosen)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Template " + chosen + " is not stored"))));
    }
}
