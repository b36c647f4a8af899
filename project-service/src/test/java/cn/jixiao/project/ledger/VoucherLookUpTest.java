package cn.jixiao.project.ledger;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import looks for the vouchers of its file among the project's booked entries (a voucher is booked once per
 * project). It asks for them by their keys, the project and the voucher number, so it reads no other project's
 * entries; a ledger opened before entries had such keys is still searched as before.
 */
@ServiceTest
class VoucherLookUpTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aFilesVouchersAreFoundAmongItsOwnProjectsEntriesAndNowhereElse() {
        LedgerApi api = new LedgerApi(web);
        byte[] ledger = LedgerFiles.xlsx(LedgerFiles.jinchen2023());
        String project = api.register("VK-001");
        String sameStreetsOther = api.register("VK-002");
        String anotherStreets = register(api.as(Tokens.streetEditor("panlong", "jinning")), "VK-011");
        String anotherDistricts = register(api.as(Tokens.streetEditor("wuhua", "jinchen")), "VK-012");
        api.upload(project, "ledger.xlsx", ledger).expectStatus().isCreated();

        // the same voucher numbers are another project's own, whoever keeps it
        api.upload(sameStreetsOther, "ledger.xlsx", ledger).expectStatus().isCreated();
        LedgerApi.upload(api.as(Tokens.streetEditor("panlong", "jinning")), anotherStreets, "ledger.xlsx", ledger)
                .expectStatus().isCreated();
        LedgerApi.upload(api.as(Tokens.streetEditor("wuhua", "jinchen")), anotherDistricts, "ledger.xlsx", ledger)
                .expectStatus().isCreated();

        // in the project itself every one of them is found again
        api.upload(project, "ledger-again.xlsx", ledger).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errorCount").isEqualTo(30)
                .jsonPath("$.errors[0].value").isEqualTo("记-2023-02-001")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
                        .contains("凭证号已在台账中（2023-02-10，68000.00 元）"));
        Document entry = mongo.findById(Expenditure.keyOf(project, "记-2023-02-001"), Document.class, Expenditure.COLLECTION)
                .block();
        assertThat(entry).isNotNull();
        assertThat(entry.getString("projectId")).isEqualTo(project);
        assertThat(entry.getString("tenantId")).isEqualTo("jinchen");
    }

    @Test
    void aLedgerOpenedBeforeEntriesWereKeyedByTheirVoucherStillFindsItsVouchers() {
        LedgerApi api = new LedgerApi(web);
        byte[] ledger = LedgerFiles.xlsx(LedgerFiles.jinchen2023());
        String project = api.register("VK-003");
        api.upload(project, "ledger.xlsx", ledger).expectStatus().isCreated();
        storedAsBefore(project);

        api.upload(project, "ledger-again.xlsx", ledger).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errorCount").isEqualTo(30)
                .jsonPath("$.errors[0].value").isEqualTo("记-2023-02-001");
        api.jinchen().get().uri("/api/projects/{id}/ledger/summary", project).exchange().expectBody()
                .jsonPath("$.executed").isEqualTo(2000000.00).jsonPath("$.entryCount").isEqualTo(30);
    }

    /** The project's ledger and entries as a store written before December 2026 holds them. */
    private void storedAsBefore(String project) {
        Query itsEntries = Query.query(Criteria.where("projectId").is(project));
        List<Document> entries = mongo.find(itsEntries, Document.class, Expenditure.COLLECTION).collectList().block();
        assertThat(entries).hasSize(30);
        mongo.remove(itsEntries, Expenditure.COLLECTION).block();
        entries.forEach(entry -> entry.remove("_id"));
        mongo.insert(entries, Expenditure.COLLECTION).collectList().block();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(project)), new Update().unset("keyedByVoucher"),
                Ledger.COLLECTION).block();
        assertThat(mongo.findById(Expenditure.keyOf(project, "记-2023-02-001"), Document.class, Expenditure.COLLECTION)
                .blockOptional()).isEmpty();
    }

    private static String register(WebTestClient as, String code) {
        return as.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "创建全省民族团结进步示范街道专项资金", 2023, "街道办事处", "街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
    }
}
