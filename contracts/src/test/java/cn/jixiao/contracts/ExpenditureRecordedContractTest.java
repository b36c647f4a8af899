package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ExpenditureRecorded.ClassificationTotal;
import cn.jixiao.contracts.project.ExpenditureRecorded.LedgerTotals;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code ExpenditureRecorded} v2: the Jinchen 2023 ledger imported as one batch of 30 entries, 200.00万元
 * of 委托业务费, with the totals per month that in-year monitoring reads and the ledger's revision after the
 * import. Amounts are JSON numbers with two decimals. A v1 record, as still found on the topic, reads into the
 * same record without a revision.
 */
class ExpenditureRecordedContractTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    private static final LedgerTotals JINCHEN_TOTALS = new LedgerTotals(yuan("2000000.00"),
            List.of(new ClassificationTotal("30227", "委托业务费", yuan("2000000.00"))),
            months("0.00", "113600.00", "131150.50", "249920.00", "174250.75", "185180.00",
                    "134500.00", "141199.99", "102350.00", "130000.00", "246800.00", "391048.76"));

    static final EventEnvelope<ExpenditureRecorded> JINCHEN_LEDGER_IMPORTED = new EventEnvelope<>(
            UUID.fromString("9d2e7c1a-4b3f-4e8a-a1c2-5f6e7d8c9b02"), "ExpenditureRecorded", 2, "jinchen",
            Instant.parse("2024-01-10T03:30:00Z"),
            new ExpenditureRecorded("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen",
                    "5e0c9a7b-1d2e-4f3a-8b4c-6d7e8f9a0b1c", 30, yuan("2000000.00"), JINCHEN_TOTALS, 1L));

    @Test
    void expenditureRecordedIsWrittenExactlyAsPinned() throws IOException {
        JsonNode written = json.readTree(codec.write(JINCHEN_LEDGER_IMPORTED));
        assertThat(written).isEqualTo(pinned("ExpenditureRecorded.v2.json"));
    }

    @Test
    void expenditureRecordedIsReadBackFromThePinnedJson() throws IOException {
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(pinned("ExpenditureRecorded.v2.json")));
        assertThat(codec.payloadAs(raw, ProjectEvents.EXPENDITURE_RECORDED)).isEqualTo(JINCHEN_LEDGER_IMPORTED);
    }

    @Test
    void aVersionOneRecordStillReadsWithoutARevision() throws IOException {
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(pinned("ExpenditureRecorded.v1.json")));
        ExpenditureRecorded v1 = codec.payloadAs(raw, ProjectEvents.EXPENDITURE_RECORDED_V1).payload();
        assertThat(v1.revision()).isNull();
        assertThat(v1).isEqualTo(new ExpenditureRecorded("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen",
                "5e0c9a7b-1d2e-4f3a-8b4c-6d7e8f9a0b1c", 30, yuan("2000000.00"), JINCHEN_TOTALS));
    }

    @Test
    void consumersReadBothVersionsIntoTheSameRecord() {
        assertThat(ProjectEvents.EXPENDITURE_RECORDED_VERSIONS)
                .extracting(EventType::version).containsExactly(1, 2);
        assertThat(ProjectEvents.EXPENDITURE_RECORDED_VERSIONS)
                .extracting(EventType::payloadType).containsOnly(ExpenditureRecorded.class);
    }

    @Test
    void thePinnedMonthsAddUpToTheExecutedTotal() {
        LedgerTotals totals = JINCHEN_LEDGER_IMPORTED.payload().totals();
        assertThat(totals.byMonth().stream().map(MonthTotal::amount).reduce(Yuan.ZERO, Yuan::plus)).isEqualTo(totals.executed());
    }

    private static List<MonthTotal> months(String... amounts) {
        List<MonthTotal> months = new ArrayList<>();
        for (int month = 1; month <= amounts.length; month++) {
            months.add(new MonthTotal(month, yuan(amounts[month - 1])));
        }
        return months;
    }

    private static Yuan yuan(String amount) {
        return new Yuan(new BigDecimal(amount));
    }

    private JsonNode pinned(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contracts/" + file)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
