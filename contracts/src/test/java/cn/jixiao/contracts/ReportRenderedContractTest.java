package cn.jixiao.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.report.ReportEvents;
import cn.jixiao.contracts.report.ReportRendered;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins {@code ReportRendered} v1: the stored files of a report version, with their content hashes. */
class ReportRenderedContractTest {

    static final String FILE = "ReportRendered.v1.json";

    static final EventEnvelope<ReportRendered> JINCHEN_REPORT = new EventEnvelope<>(
            UUID.fromString("5c7e9a1b-3d5f-4a7b-9c1d-3e5f7a9b1c3d"), "ReportRendered", 1, "jinchen",
            Instant.parse("2024-03-20T08:30:05Z"),
            new ReportRendered("r-6b8d0f2a", 1, "b3c1d7e0-5a2f-4c8e-8f00-123456789abc", "panlong", "jinchen",
                    "e1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b", 1, 14, "national", 1, true, List.of(
                    new ReportRendered.RenderedFile("DOCX", "6600a1b2c3d4e5f6a7b8c9d0",
                            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 48213),
                    new ReportRendered.RenderedFile("PDF", "6600a1b2c3d4e5f6a7b8c9d1",
                            "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", 301877))));

    private final EventCodec codec = new EventCodec();

    @Test
    void theRenderedReportIsReadFromThePinnedJson() {
        assertThat(codec.payloadAs(codec.read(PinnedJson.text(FILE)), ReportEvents.REPORT_RENDERED))
                .isEqualTo(JINCHEN_REPORT);
    }

    @Test
    void theRenderedReportIsWrittenExactlyAsPinned() {
        assertThat(PinnedJson.tree(codec.write(JINCHEN_REPORT))).isEqualTo(PinnedJson.pinnedTree(FILE));
    }

    @Test
    void readersIgnoreFieldsThePublisherAddsLater() {
        ObjectNode extended = PinnedJson.pinnedTree(FILE);
        ((ObjectNode) extended.get("payload")).put("pageCount", 12);

        assertThat(codec.payloadAs(codec.read(PinnedJson.write(extended)), ReportEvents.REPORT_RENDERED).payload())
                .isEqualTo(JINCHEN_REPORT.payload());
    }
}
