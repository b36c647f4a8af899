package cn.jixiao.project.templates;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The templates read model: what evaluation-service published, each district's choice, and which template applies. */
@Repository
public class Templates {

    private static final String TEMPLATE_ID = "template.templateId";

    private final ReactiveMongoTemplate mongo;

    Templates(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> store(EvaluationTemplate template) {
        return mongo.save(StoredTemplate.of(template)).then();
    }

    /**
     * Keeps the district's newest choice. An older revision arriving late matches no document to update, and its
     * upsert then collides with the newer one's id: it is dropped.
     */
    Mono<Void> choose(DistrictChoice choice) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(choice.districtId()).and("revision").lt(choice.revision()));
        Update newer = new Update().set("templateId", choice.templateId()).set("version", choice.version())
                .set("revision", choice.revision());
        return mongo.upsert(olderOrNone, newer, DistrictChoice.class)
                .onErrorResume(DuplicateKeyException.class, older -> Mono.empty())
                .then();
    }

    /** The template a project of this district is checked against now (see {@link TemplateSelection}). */
    public Mono<EvaluationTemplate> applicableTo(String districtId) {
        return mongo.findById(districtId, DistrictChoice.class)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(choice -> {
                    Criteria national = Criteria.where(TEMPLATE_ID).is(EvaluationTemplate.NATIONAL_DEFAULT_ID);
                    Criteria candidates = choice.map(chosen -> new Criteria().orOperator(national,
                            Criteria.where(TEMPLATE_ID).is(chosen.templateId()))).orElse(national);
                    return mongo.find(Query.query(candidates), StoredTemplate.class)
                            .map(StoredTemplate::template)
                            .collectList()
                            .map(published -> TemplateSelection.applicable(choice.orElse(null), published));
                });
    }
}
