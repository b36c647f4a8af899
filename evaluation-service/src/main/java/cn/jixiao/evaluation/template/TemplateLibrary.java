package cn.jixiao.evaluation.template;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The stored template versions and the districts' choices. A version never changes once stored, so versions
 * read once are kept in memory: rescoring thousands of drafts does not read the same template thousands of times.
 */
@Repository
class TemplateLibrary {

    private static final Map<TemplateRef, EvaluationTemplate> SHIPPED = ShippedTemplates.all().stream()
            .collect(Collectors.toUnmodifiableMap(EvaluationTemplate::ref, Function.identity()));

    private final ReactiveMongoTemplate mongo;
    private final Map<TemplateRef, EvaluationTemplate> versionsRead = new ConcurrentHashMap<>();

    TemplateLibrary(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new version with its {@code TemplatePublished} event; an existing version is refused as a duplicate. */
    Mono<EvaluationTemplate> publish(EvaluationTemplate template, Instant at, String publishedBy) {
        return mongo.insert(StoredTemplate.publish(template, at, publishedBy)).map(StoredTemplate::template);
    }

    /** One version; the shipped templates are known without reading them. */
    Mono<EvaluationTemplate> version(TemplateRef ref) {
        EvaluationTemplate known = SHIPPED.getOrDefault(ref, versionsRead.get(ref));
        if (known != null) {
            return Mono.just(known);
        }
        return mongo.findById(StoredTemplate.idOf(ref), StoredTemplate.class)
                .map(StoredTemplate::template)
                .doOnNext(read -> versionsRead.put(ref, read));
    }

    /** Every version of the platform's templates and the district's own copies, by template then version. */
    Flux<EvaluationTemplate> visibleTo(String districtId) {
        return mongo.find(Query.query(visibility(districtId))
                        .with(Sort.by("templateId").and(Sort.by("version"))), StoredTemplate.class)
                .map(StoredTemplate::template);
    }

    /** The newest version of a template the district may see. */
    Mono<EvaluationTemplate> latestVisible(String districtId, String templateId) {
        Query query = Query.query(new Criteria().andOperator(Criteria.where("templateId").is(templateId),
                visibility(districtId))).with(Sort.by(Sort.Direction.DESC, "version")).limit(1);
        return mongo.findOne(query, StoredTemplate.class).map(StoredTemplate::template);
    }

    /** One version, if the district may see it. */
    Mono<EvaluationTemplate> visibleVersion(String districtId, TemplateRef ref) {
        return version(ref).filter(template -> template.ownerDistrictId() == null
                || template.ownerDistrictId().equals(districtId));
    }

    Mono<TemplateChoice> choiceOf(String districtId) {
        return mongo.findById(districtId, TemplateChoice.class);
    }

    /** Inserts a first choice or saves a changed one; a concurrent change fails the version check (409). */
    Mono<TemplateChoice> save(TemplateChoice choice) {
        return choice.version() == null ? mongo.insert(choice) : mongo.save(choice);
    }

    /** The templates the district has archived; none before it archives one. */
    Mono<ArchivedTemplates> archivedBy(String districtId) {
        return mongo.findById(districtId, ArchivedTemplates.class).defaultIfEmpty(ArchivedTemplates.none(districtId));
    }

    /** Inserts the district's first archive or saves a changed one; a concurrent change fails the version check (409). */
    Mono<ArchivedTemplates> save(ArchivedTemplates archived) {
        return archived.version() == null ? mongo.insert(archived) : mongo.save(archived);
    }

    private static Criteria visibility(String districtId) {
        return new Criteria().orOperator(Criteria.where("ownerDistrictId").is(null),
                Criteria.where("ownerDistrictId").is(districtId));
    }
}
