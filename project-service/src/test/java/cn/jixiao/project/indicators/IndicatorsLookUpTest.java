package cn.jixiao.project.indicators;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.StreetDocuments;
import cn.jixiao.testing.ServiceTest;

/** The indicators a definition or a report of actuals is based on, read by the project id alone: found for their street and district, for nobody else. */
@ServiceTest
class IndicatorsLookUpTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    IndicatorSystems systems;

    @Test
    void theIndicatorsAreReadByTheProjectsIdAndShownOnlyToItsStreetAndItsDistrict() {
        new StreetDocuments(mongo, IndicatorSystem.COLLECTION).holdApart(
                (id, street) -> StreetDocuments.ofStreet(id, street).append("indicators", List.of()).append("revision", 1L).append("version", 1L),
                // what the caller may not see is answered as the empty state, never as the stored document
                (caller, id) -> systems.of(caller, project(id)).filter(IndicatorSystem::isStored));
    }

    private static Project project(String id) {
        return new Project(id, null, null, null, 2025, null, null, null, null, List.of());
    }
}
