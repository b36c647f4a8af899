package cn.jixiao.project.execution;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.project.project.StreetDocuments;import cn.jixiao.testing.ServiceTest;

/** The execution summary a change is based on, read by the project id alone: found for its street and district, for nobody else. */
@ServiceTest
class ExecutionSummaryLookUpTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ExecutionSummaries summaries;

    @Test
    void theSummaryIsReadByItsProjectsIdAndShownOnlyToItsStreetAndItsDistrict() {
        new StreetDocuments(mongo, ExecutionSummary.COLLECTION).holdApart(
                (id, street) -> StreetDocuments.ofStreet(id, street).append("year", 2025),
                (caller, id) -> summaries.findVisible(caller, id));
    }
}
