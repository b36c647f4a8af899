package cn.jixiao.project.budget;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.project.project.StreetDocuments;import cn.jixiao.testing.ServiceTest;

/** The budget a change is based on, read by the project id alone: found for its street and district, for nobody else. */
@ServiceTest
class BudgetLookUpTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Budgets budgets;

    @Test
    void theBudgetIsReadByItsProjectsIdAndShownOnlyToItsStreetAndItsDistrict() {
        new StreetDocuments(mongo, ProjectBudget.COLLECTION).holdApart(
                (id, street) -> StreetDocuments.ofStreet(id, street).append("year", 2025),
                (caller, id) -> budgets.findVisible(caller, id));
    }
}
