package cn.jixiao.project.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.jixiao.project.review.ReviewPolicy;
import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.tenancy.TenantAccess;

import static cn.jixiao.project.review.Accounts.APPROVER;
import static cn.jixiao.project.review.Accounts.AUDITOR;
import static cn.jixiao.project.review.Accounts.EDITOR;
import static cn.jixiao.project.review.Accounts.OVERSEER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who fills a 绩效监控表 and when, and the table of its steps (the shared rule of who takes a step is
 * {@code ReviewPolicyTest}'s): the policy alone, without a service.
 */
class MonitoringPolicyTest {


    @Test
    void theStreetsEditorFillsWhileTheFormIsWithTheStreet() {
        for (MonitoringState state : new MonitoringState[]{MonitoringState.NOT_STARTED, MonitoringState.FILLED,
                MonitoringState.RETURNED}) {
            assertThat(MonitoringPolicy.mayFill(EDITOR, "panlong", "jinchen", state).outcome())
                    .isEqualTo(Outcome.ALLOWED);
        }
        assertThat(MonitoringPolicy.mayFill(EDITOR, "panlong", "jinchen", MonitoringState.SUBMITTED).outcome())
                .isEqualTo(Outcome.NOT_NOW);
        assertThat(MonitoringPolicy.mayFill(EDITOR, "panlong", "jinchen", MonitoringState.APPROVED).outcome())
                .isEqualTo(Outcome.NOT_NOW);
    }

    @Test
    void nobodyButTheStreetsEditorFills() {
        for (TenantAccess other : new TenantAccess[]{APPROVER, OVERSEER, AUDITOR}) {
            assertThat(MonitoringPolicy.mayFill(other, "panlong", "jinchen", MonitoringState.FILLED).outcome())
                    .isEqualTo(Outcome.WRONG_ROLE);
        }
    }

    @Test
    void theStreetSubmitsAFormNotWithTheDistrictTheDistrictApprovesOrReturnsWithACommentWhatWasSubmitted() {
        for (MonitoringState state : new MonitoringState[]{MonitoringState.NOT_STARTED, MonitoringState.FILLED,
                MonitoringState.RETURNED}) {
            assertThat(decide(MonitoringStep.SUBMIT, APPROVER, state, null).next()).isEqualTo(MonitoringState.SUBMITTED);
        }
        ReviewPolicy.Verdict<MonitoringState> again = decide(MonitoringStep.SUBMIT, EDITOR, MonitoringState.SUBMITTED,
                null);
        assertThat(again.outcome()).isEqualTo(Outcome.NOT_NOW);
        assertThat(again.reason().zh()).isEqualTo("绩效监控表当前为「已提交」，不能提交");
        assertThat(again.reason().en()).isEqualTo("The monitoring form is submitted; it cannot be submitted now");
        assertThat(decide(MonitoringStep.APPROVE, OVERSEER, MonitoringState.SUBMITTED, null).next())
                .isEqualTo(MonitoringState.APPROVED);
        assertThat(decide(MonitoringStep.RETURN, OVERSEER, MonitoringState.SUBMITTED, "请补充").next())
                .isEqualTo(MonitoringState.RETURNED);
        assertThat(decide(MonitoringStep.RETURN, OVERSEER, MonitoringState.SUBMITTED, " ").outcome())
                .isEqualTo(Outcome.COMMENT_REQUIRED);
        assertThat(decide(MonitoringStep.APPROVE, OVERSEER, MonitoringState.FILLED, null).outcome())
                .isEqualTo(Outcome.NOT_NOW);
        assertThat(decide(MonitoringStep.RETURN, OVERSEER, MonitoringState.APPROVED, "x").outcome())
                .isEqualTo(Outcome.NOT_NOW);
        assertThat(decide(MonitoringStep.APPROVE, APPROVER, MonitoringState.SUBMITTED, null).reason().zh())
                .isEqualTo("绩效监控表只能由区复核人员「审核通过」");
    }

    @Test
    void aRoundIsPastDueFromTheDayAfterItsDueDateInBeijing() {
        MonitoringRound round = new MonitoringRound("r1", "2023年年中绩效监控", 2023, LocalDate.parse("2023-06-30"),
                LocalDate.parse("2023-07-31"), BigDecimal.TEN, "overseer", Instant.parse("2023-07-01T00:00:00Z"));
        // 31 July 23:59 in Beijing is 15:59 UTC
        assertThat(round.pastDue(Instant.parse("2023-07-31T15:59:59Z"))).isFalse();
        assertThat(round.pastDue(Instant.parse("2023-07-31T16:00:00Z"))).isTrue();
        assertThat(MonitoringState.SUBMITTED.handedIn()).isTrue();
        assertThat(MonitoringState.RETURNED.handedIn()).as("a returned form is with the street again").isFalse();
    }

    private static ReviewPolicy.Verdict<MonitoringState> decide(MonitoringStep step, TenantAccess actor,
                                                                MonitoringState current, String comment) {
        return ReviewPolicy.decide(step, actor, current, comment, MonitoringStep.SUBJECT);
    }
}
