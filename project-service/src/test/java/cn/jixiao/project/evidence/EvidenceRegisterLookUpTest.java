package cn.jixiao.project.evidence;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.project.project.Project;
import cn.jixiao.project.project.StreetDocuments;
import cn.jixiao.testing.ServiceTest;

/** The evidence register, read by the project id alone: found for its street and district, for nobody else. */
@ServiceTest
class EvidenceRegisterLookUpTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    EvidenceRegisters registers;

    @Test
    void theRegisterIsReadByTheProjectsIdAndShownOnlyToItsStreetAndItsDistrict() {
        new StreetDocuments(mongo, EvidenceRegister.COLLECTION).holdApart(
                (id, street) -> StreetDocuments.ofStreet(id, street).append("version", 1L),
                // what the caller may not see is answered as the empty state, never as the stored document
                (caller, id) -> registers.of(caller, project(id)).filter(register -> register.version() != null));
    }

    private static Project project(String id) {
        return new Project(id, null, null, null, 2025, null, null, null, null, List.of());
    }
}
