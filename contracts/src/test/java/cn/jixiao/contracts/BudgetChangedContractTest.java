package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@code BudgetChanged} v1 as evaluation-service and report-service read it: the whole budget, money as
 * JSON numbers with two decimals, dates as ISO days. A change that breaks this file needs a v2 of the event.
 */
class BudgetChangedContractTest {

    private final EventCodec codec = new EventCodec();
    /** Compares amounts as decimals, so 2000000.00 is never confused with a rounded double. */
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The seed's 200.00万元, all 本年财政拨款 and 委托业务费, after one 追加 and one 调减. */
    static final EventEnvelope<BudgetChanged> JINCHEN_ADJUSTED = new EventEnvelope<>(
            UUID.fromString("0b6d3c8e-8a41-4f3a-9d2e-5c7a1e9f2b34"), "BudgetChanged", 1, "jinchen",
            Instant.parse("2023-10-08T03:30:00Z"),
            new BudgetChanged("b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen",
                    Yuan.parse("2000000.00"),
                    List.of(new BudgetChanged.Adjustment(LocalDate.of(2023, 7, 15), Yuan.parse("150000.00"),
                                    "追加民族团结进步宣传月活动经费"),
                            new BudgetChanged.Adjustment(LocalDate.of(2023, 10, 8), Yuan.parse("-50050.00"),
                                    "调减：部分培训改为线上开展")),
                    Yuan.parse("2099950.00"),
                    List.of(new BudgetChanged.SourceLine("CURRENT_YEAR_APPROPRIATION", Yuan.parse("2000000.00"),
                                    Yuan.parse("2099950.00")),
                            new BudgetChanged.SourceLine("PRIOR_YEAR_CARRYOVER", Yuan.ZERO, Yuan.ZERO),
                            new BudgetChanged.SourceLine("OTHER", Yuan.ZERO, Yuan.ZERO)),
                    List.of(new BudgetChanged.ClassificationLine("30227", "委托业务费", Yuan.parse("2099950.00"))),
                    2));

    @Test
    void budgetChangedIsWrittenExactlyAsPinned() throws IOException {
        JsonNode written = json.readTree(codec.write(JINCHEN_ADJUSTED));
        assertThat(written).isEqualTo(pinned());
    }

    @Test
    void amountsAreWrittenAsNumbersWithTwoDecimalsAndDatesAsDays() {
        assertThat(codec.write(JINCHEN_ADJUSTED)).contains(
                "\"initialBudget\":2000000.00", "\"amount\":-50050.00", "\"initial\":0.00", "\"date\":\"2023-07-15\"");
    }

    @Test
    void budgetChangedIsReadBackFromThePinnedJson() throws IOException {
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(pinned()));
        assertThat(codec.payloadAs(raw, ProjectEvents.BUDGET_CHANGED)).isEqualTo(JINCHEN_ADJUSTED);
    }

    @Test
    void readersIgnoreFieldsAPublisherAddsLaterInsideTheLinesToo() throws IOException {
        JsonNode extended = pinned();
        ((ObjectNode) extended.get("payload")).put("addedLater", "新字段");
        ((ObjectNode) extended.get("payload").get("bySource").get(0)).put("note", "区级");
        EventEnvelope<JsonNode> raw = codec.read(json.writeValueAsString(extended));
        assertThat(codec.payloadAs(raw, ProjectEvents.BUDGET_CHANGED).payload()).isEqualTo(JINCHEN_ADJUSTED.payload());
    }

    private JsonNode pinned() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contracts/BudgetChanged.v1.json")) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
