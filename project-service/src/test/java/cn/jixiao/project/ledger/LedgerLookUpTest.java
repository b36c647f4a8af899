package cn.jixiao.project.ledger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.project.project.StreetDocuments;import cn.jixiao.testing.ServiceTest;

/** The ledger, read by the project id alone: found for its street and district, for nobody else. */
@ServiceTest
class LedgerLookUpTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Ledgers ledgers;

    @Test
    void theLedgerIsReadByItsProjectsIdAndShownOnlyToItsStreetAndItsDistrict() {
        new StreetDocuments(mongo, Ledger.COLLECTION).holdApart(
                (id, street) -> StreetDocuments.ofStreet(id, street).append("year", 2025),
                (caller, id) -> ledgers.visible(caller, id));
    }
}
