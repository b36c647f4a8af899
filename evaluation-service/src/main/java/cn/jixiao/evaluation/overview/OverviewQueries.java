package cn.jixiao.evaluation.overview;

import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;

/** Runs the overview's pipelines on the self-evaluations as they are stored; reads only. */
@Repository
class OverviewQueries {

    private final ReactiveMongoTemplate mongo;

    OverviewQueries(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param scope the evaluations to show, already limited to what the caller may see */
    Mono<List<Document>> page(Criteria scope, OverviewSort sort, int page, int size) {
        return run(OverviewPipeline.page(scope.getCriteriaObject(), sort, page, size));
    }

    Mono<List<Document>> summary(Criteria scope) {
        return run(OverviewPipeline.summary(scope.getCriteriaObject()));
    }

    private Mono<List<Document>> run(List<Document> stages) {
        List<AggregationOperation> operations = stages.stream()
                .<AggregationOperation>map(stage -> context -> stage)
                .toList();
        return mongo.aggregate(Aggregation.newAggregation(operations), SelfEvaluation.COLLECTION, Document.class)
                .collectList();
    }
}
