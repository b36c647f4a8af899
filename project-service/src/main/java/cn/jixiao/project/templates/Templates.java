package cn.jixiao.project.templates;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The templates read model: what evaluation-service published, and which of them applies to a district. */
@Repository
public class Templates {

    private static final String OWNER = "template.ownerDistrictId";

    private final ReactiveMongoTemplate mongo;

    Templates(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> store(EvaluationTemplate template) {
        return mongo.save(StoredTemplate.of(template)).then();
    }

    /** The template a project of this district is checked against now (see {@link TemplateSelection}). */
    public Mono<EvaluationTemplate> applicableTo(String districtId) {
        Query candidates = Query.query(new Criteria().orOperator(
                Criteria.where(OWNER).is(districtId), Criteria.where(OWNER).is(null)));
        return mongo.find(candidates, StoredTemplate.class)
                .map(StoredTemplate::template)
                .collectList()
                .map(published -> TemplateSelection.applicable(districtId, published));
    }
}
