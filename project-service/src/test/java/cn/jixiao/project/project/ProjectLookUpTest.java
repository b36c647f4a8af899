package cn.jixiao.project.project;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.testing.ServiceTest;

/** The project every write starts with, read by its id alone: found for its street and district, for nobody else. */
@ServiceTest
class ProjectLookUpTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Projects projects;

    @Test
    void theProjectIsReadByItsIdAndShownOnlyToItsStreetAndItsDistrict() {
        new StreetDocuments(mongo, Project.COLLECTION).holdApart(
                (id, street) -> StreetDocuments.ofStreet(id, street).append("year", 2025).append("code", id),
                (caller, id) -> projects.findVisible(caller, id));
    }
}
