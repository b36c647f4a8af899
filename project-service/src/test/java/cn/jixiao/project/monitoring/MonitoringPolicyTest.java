package cn.jixiao.project.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

import static org.assertj.core.api.Assertions.assertThat;

/** Who fills, submits, approves and returns a 绩效监控表, and when: the policy alone, without a service. */
class MonitoringPolicyTest {

    private static final TenantAccess EDITOR = street("jinchen-editor", Role.STREET_EDITOR);
    private static final TenantAccess APPROVER = street("jinchen-approver", Role.STREET_APPROVER);
    private static final TenantAccess OVERSEER = district("overseer", Role.DISTRICT_OVERSEER);
    private static final TenantAccess AUDITOR = district("auditor", Role.AUDITOR);
    private static final TenantAccess AUDITING_OVERSEER = district("both", Role.AUDITOR, Role.DISTRICT_OVERSEER);

    @Test
    void theStreetsEditorFillsWhileTheFormIsWithTheStreet() {
        for (MonitoringState state : new MonitoringState[]{MonitoringState.NOT_STARTED, MonitoringState.FILLED,
                MonitoringState.RETURNED}) {
            assertThat(MonitoringPolicy.mayFill(EDITOR, "panlong", "jinchen", state).outcome())
                    .isEqualTo(MonitoringPolicy.Outcome.ALLOWED);
        }
        assertThat(MonitoringPolicy.mayFill(EDITOR, "panlong", "jinchen", MonitoringState.SUBMITTED).outcome())
                .isEqualTo(MonitoringPolicy.Outcome.NOT_NOW);
        assertThat(MonitoringPolicy.mayFill(EDITOR, "panlong", "jinchen", MonitoringState.APPROVED).outcome())
                .isEqualTo(MonitoringPolicy.Outcome.NOT_NOW);
    }

    @Test
    void nobodyButTheStreetsEditorFills() {
        for (TenantAccess other : new TenantAccess[]{APPROVER, OVERSEER, AUDITOR}) {
            assertThat(MonitoringPolicy.mayFill(other, "panlong", "jinchen", MonitoringState.FILLED).outcome())
                    .isEqualTo(MonitoringPolicy.Outcome.WRONG_ROLE);
        }
    }

    @Test
    void theStreetsEditorOrApproverSubmitsAFormNotWithTheDistrict() {
        for (TenantAccess street : new TenantAccess[]{EDITOR, APPROVER}) {
            for (MonitoringState state : new MonitoringState[]{MonitoringState.NOT_STARTED, MonitoringState.FILLED,
                    MonitoringState.RETURNED}) {
                assertThat(MonitoringPolicy.decide(MonitoringStep.SUBMIT, street, state, null).outcome())
                        .isEqualTo(MonitoringPolicy.Outcome.ALLOWED);
            }
        }
        MonitoringPolicy.Verdict again = MonitoringPolicy.decide(MonitoringStep.SUBMIT, EDITOR,
                MonitoringState.SUBMITTED, null);
        assertThat(again.outcome()).isEqualTo(MonitoringPolicy.Outcome.NOT_NOW);
        assertThat(again.reason().zh()).contains("已提交");
        assertThat(again.reason().en()).contains("cannot be submitted");
    }

    @Test
    void theDistrictsOverseerApprovesOrReturnsWithACommentWhatWasSubmitted() {
        assertThat(MonitoringPolicy.decide(MonitoringStep.APPROVE, OVERSEER, MonitoringState.SUBMITTED, null).outcome())
                .isEqualTo(MonitoringPolicy.Outcome.ALLOWED);
        assertThat(MonitoringPolicy.decide(MonitoringStep.RETURN, OVERSEER, MonitoringState.SUBMITTED, "请补充").outcome())
                .isEqualTo(MonitoringPolicy.Outcome.ALLOWED);
        assertThat(MonitoringPolicy.decide(MonitoringStep.RETURN, OVERSEER, MonitoringState.SUBMITTED, " ").outcome())
                .isEqualTo(MonitoringPolicy.Outcome.COMMENT_REQUIRED);
        assertThat(MonitoringPolicy.decide(MonitoringStep.APPROVE, OVERSEER, MonitoringState.FILLED, null).outcome())
                .isEqualTo(MonitoringPolicy.Outcome.NOT_NOW);
        assertThat(MonitoringPolicy.decide(MonitoringStep.RETURN, OVERSEER, MonitoringState.APPROVED, "x").outcome())
                .isEqualTo(MonitoringPolicy.Outcome.NOT_NOW);
    }

    @Test
    void theStreetDoesNotReviewTheDistrictDoesNotSubmitAndAnAuditorTakesNoStep() {
        assertThat(MonitoringPolicy.decide(MonitoringStep.APPROVE, APPROVER, MonitoringState.SUBMITTED, null).outcome())
                .isEqualTo(MonitoringPolicy.Outcome.WRONG_ROLE);
        assertThat(MonitoringPolicy.decide(MonitoringStep.SUBMIT, OVERSEER, MonitoringState.FILLED, null).outcome())
                .isEqualTo(MonitoringPolicy.Outcome.WRONG_ROLE);
        for (MonitoringStep step : MonitoringStep.values()) {
            assertThat(MonitoringPolicy.decide(step, AUDITOR, MonitoringState.SUBMITTED, "x").outcome())
                    .isEqualTo(MonitoringPolicy.Outcome.WRONG_ROLE);
            assertThat(MonitoringPolicy.decide(step, AUDITING_OVERSEER, MonitoringState.SUBMITTED, "x").outcome())
                    .as("an auditor's account writes nothing, whatever other role it holds")
                    .isEqualTo(MonitoringPolicy.Outcome.WRONG_ROLE);
        }
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

    private static TenantAccess street(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", "jinchen", Set.of(roles));
    }

    private static TenantAccess district(String name, Role... roles) {
        return new TenantAccess("sub-" + name, name, "panlong", null, Set.of(roles));
    }
}
