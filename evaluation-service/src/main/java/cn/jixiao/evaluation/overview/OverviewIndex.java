package cn.jixiao.evaluation.overview;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;

/**
 * The index the overview's pipelines run on: the district and year to match, then project and round descending,
 * so each project's latest round comes first without an in-memory sort. Created here, next to the queries that
 * need it, rather than on the self-evaluation document, whose own indexes serve the workflow. (The in-memory wire
 * server of the tests accepts and ignores non-unique indexes; see docs/measurements.md.)
 */
@Component
class OverviewIndex implements ApplicationRunner {

    static final String NAME = "district_year_project_round";

    private final ReactiveMongoTemplate mongo;

    OverviewIndex(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        mongo.indexOps(SelfEvaluation.COLLECTION)
                .createIndex(new Index().on("districtId", Sort.Direction.ASC).on("year", Sort.Direction.ASC)
                        .on("projectId", Sort.Direction.ASC).on("round", Sort.Direction.DESC).named(NAME))
                .block();
    }
}
