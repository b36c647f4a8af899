package cn.jixiao.evaluation.template;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Which template version scores a district's self-evaluations: the version a draft recorded when it was
 * opened, so that an evaluation keeps its score when templates change; for a draft that has recorded none yet,
 * the district's current choice; and, before a district has chosen, the national default. The version is
 * recorded once: the indicators' weights are checked against it when the draft is scored (a mismatch blocks
 * submission), so redefining the indicators never moves a draft to another template.
 */
@Component
public class DistrictTemplates {

    private final TemplateLibrary library;

    DistrictTemplates(TemplateLibrary library) {
        this.library = library;
    }

    /** The version a draft opened now in this district records. */
    public Mono<TemplateRef> chosenFor(String districtId) {
        return library.choiceOf(districtId)
                .map(TemplateChoice::chosen)
                .defaultIfEmpty(ShippedTemplates.national().ref());
    }

    /** The template that scores a draft: the version it recorded, else the district's current choice. */
    public Mono<EvaluationTemplate> scoring(String districtId, TemplateRef recorded) {
        Mono<TemplateRef> ref = recorded == null ? chosenFor(districtId) : Mono.just(recorded);
        return ref.flatMap(chosen -> library.version(chosen)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Template " + chosen + " is not stored"))));
    }
}
