package cn.jixiao.evaluation.selfevaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExecutionSource;
import cn.jixiao.contracts.project.ExecutionSummaryReported;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The feed keeps a summary 全年执行数 beside the ledger's totals, stored and read back with the evaluation. */
@ServiceTest
class ExecutionSummaryFeedTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    SelfEvaluations stored;

    @Test
    void aSummaryFigureIsScoredUntilALedgerIsBookedWhichThenWinsWithTheDifferenceSaid() throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered("panlong", "jinchen", "ES-FEED-1");
        String projectId = registered.payload().projectId();
        Instant at = registered.occurredAt();
        ProjectEventsFixture events = new ProjectEventsFixture(kafka);
        events.publish(registered);

        events.publish(projectId, EventEnvelope.of(ProjectEvents.EXECUTION_SUMMARY_REPORTED, "jinchen", at.plusSeconds(1),
                new ExecutionSummaryReported(projectId, "panlong", "jinchen", Yuan.parse("1856300.00"),
                        ExecutionSource.FINAL_ACCOUNTS, null, "据部门决算", 0)));
        await().atMost(Duration.ofSeconds(15)).until(() -> inputsOf(projectId, at).executionSummary() != null);

        assertThat(inputsOf(projectId, at).scoredExecuted()).isEqualTo(Yuan.parse("1856300.00"));
        assertThat(inputsOf(projectId, at).executedProvenance()).isEqualTo("全年执行数取自部门决算（汇总数）");

        events.publish(projectId, EventEnvelope.of(ProjectEvents.EXPENDITURE_RECORDED, "jinchen", at.plusSeconds(2),
                new ExpenditureRecorded(projectId, "panlong", "jinchen", "batch-1", 1, Yuan.parse("1850000.00"),
                        new ExpenditureRecorded.LedgerTotals(Yuan.parse("1850000.00"), List.of(), List.of()), 1L)));
        await().atMost(Duration.ofSeconds(15)).until(() -> inputsOf(projectId, at).executed() != null);

        assertThat(inputsOf(projectId, at).scoredExecuted()).isEqualTo(Yuan.parse("1850000.00"));
        assertThat(inputsOf(projectId, at).executedProvenance()).contains("取自账表", "相差 -6300.00 元", "按账表计分");
    }

    private ScoringInputs inputsOf(String projectId, Instant at) {
        return stored.latestOf(projectId, "panlong", "jinchen", at).block().latestInputs();
    }
}
