package cn.jixiao.project.review;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import cn.jixiao.project.review.ReviewPolicy.Outcome;
import cn.jixiao.project.review.ReviewPolicy.Verdict;
import cn.jixiao.tenancy.TenantAccess;

import static cn.jixiao.project.review.Accounts.APPROVER;
import static cn.jixiao.project.review.Accounts.AUDITING_EDITOR;
import static cn.jixiao.project.review.Accounts.AUDITING_OVERSEER;
import static cn.jixiao.project.review.Accounts.AUDITOR;
import static cn.jixiao.project.review.Accounts.EDITOR;
import static cn.jixiao.project.review.Accounts.OVERSEER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule every review of the service shares (绩效目标, 目标调整, 绩效监控表, 整改事项), on a review made up for the
 * purpose: the street hands a 报表 in, the district accepts it or returns it with a comment. Each workflow's own table
 * (which states, which steps) is specified by its own tests.
 */
class ReviewPolicyTest {

    enum State implements ReviewState {
        WITH_STREET, HANDED_IN, ACCEPTED;

        @Override
        public String label() {
            return switch (this) {
                case WITH_STREET -> "填报中";
                case HANDED_IN -> "已报送";
                case ACCEPTED -> "已接收";
            };
        }

        @Override
        public String english() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    enum Step implements ReviewStep<State> {
        HAND_IN, ACCEPT, RETURN;

        @Override
        public Rule<State> rule() {
            return switch (this) {
                case HAND_IN -> new Rule<>("报送", "hand in", "handed in", Side.STREET, EnumSet.of(State.WITH_STREET),
                        State.HANDED_IN, false);
                case ACCEPT -> new Rule<>("接收", "accept", "accepted", Side.DISTRICT, EnumSet.of(State.HANDED_IN),
                        State.ACCEPTED, false);
                case RETURN -> new Rule<>("退回", "return", "returned", Side.DISTRICT, EnumSet.of(State.HANDED_IN),
                        State.WITH_STREET, true);
            };
        }
    }

    private static final Subject REPORT = new Subject("报表", "the report", "The report", false, "需要修改的内容",
            "what to change");
    private static final Subject FIGURES = new Subject("数据", "the figures", "The figures", true, "需要核实的数据",
            "what to check");

    @Test
    void theStreetsEditorOrApproverTakesTheStreetsStepAndTheDistrictsOverseerTheDistricts() {
        for (TenantAccess street : new TenantAccess[]{EDITOR, APPROVER}) {
            assertThat(decide(Step.HAND_IN, street, State.WITH_STREET, null).allowed()).isTrue();
            assertThat(decide(Step.ACCEPT, street, State.HANDED_IN, null).outcome()).isEqualTo(Outcome.WRONG_ROLE);
        }
        assertThat(decide(Step.ACCEPT, OVERSEER, State.HANDED_IN, null).allowed()).isTrue();
        assertThat(decide(Step.HAND_IN, OVERSEER, State.WITH_STREET, null).outcome()).isEqualTo(Outcome.WRONG_ROLE);
    }

    @Test
    void anAllowedStepLeadsToItsState() {
        Verdict<State> returned = decide(Step.RETURN, OVERSEER, State.HANDED_IN, "第三行请核实");
        assertThat(returned.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(returned.next()).isEqualTo(State.WITH_STREET);
        assertThat(returned.reason()).isNull();
    }

    @Test
    void anAuditorTakesNoStepEvenWithAWritingRoleOnTheSameAccount() {
        for (Step step : Step.values()) {
            for (TenantAccess auditor : new TenantAccess[]{AUDITOR, AUDITING_OVERSEER, AUDITING_EDITOR}) {
                assertThat(decide(step, auditor, State.HANDED_IN, "意见").outcome()).as(auditor.username())
                        .isEqualTo(Outcome.WRONG_ROLE);
            }
        }
    }

    @Test
    void theWrongRoleIsNamedWithTheSubjectAndTheStepBeforeAWrongMoment() {
        Verdict<State> street = decide(Step.ACCEPT, EDITOR, State.ACCEPTED, null);
        assertThat(street.outcome()).isEqualTo(Outcome.WRONG_ROLE);
        assertThat(street.reason().zh()).isEqualTo("报表只能由区复核人员「接收」");
        assertThat(street.reason().en()).isEqualTo("Only the district's overseer may accept the report");
        assertThat(decide(Step.HAND_IN, OVERSEER, State.WITH_STREET, null).reason().zh())
                .isEqualTo("报表只能由本街道的填报或审核人员「报送」");
    }

    @Test
    void aStepOnlyStartsFromItsStatesAndTheRefusalSaysWhereTheSubjectStands() {
        Verdict<State> again = decide(Step.HAND_IN, EDITOR, State.HANDED_IN, null);
        assertThat(again.outcome()).isEqualTo(Outcome.NOT_NOW);
        assertThat(again.next()).as("nothing moves").isEqualTo(State.HANDED_IN);
        assertThat(again.reason().zh()).isEqualTo("报表当前为「已报送」，不能报送");
        assertThat(again.reason().en()).isEqualTo("The report is handed in; it cannot be handed in now");
        assertThat(ReviewPolicy.decide(Step.ACCEPT, OVERSEER, State.ACCEPTED, null, FIGURES).reason().en())
                .isEqualTo("The figures are accepted; they cannot be accepted now");
    }

    @Test
    void aStepThatNeedsACommentIsRefusedWithoutOneAfterTheMoment() {
        for (String none : new String[]{null, "", "  "}) {
            Verdict<State> verdict = decide(Step.RETURN, OVERSEER, State.HANDED_IN, none);
            assertThat(verdict.outcome()).isEqualTo(Outcome.COMMENT_REQUIRED);
            assertThat(verdict.reason().zh()).isEqualTo("退回须填写意见，说明需要修改的内容");
            assertThat(verdict.reason().en()).isEqualTo("A return needs a comment saying what to change");
        }
        assertThat(decide(Step.RETURN, OVERSEER, State.ACCEPTED, null).outcome()).isEqualTo(Outcome.NOT_NOW);
        assertThat(decide(Step.ACCEPT, OVERSEER, State.HANDED_IN, null).allowed()).as("a comment is optional")
                .isTrue();
    }

    private static Verdict<State> decide(Step step, TenantAccess actor, State current, String comment) {
        return ReviewPolicy.decide(step, actor, current, comment, REPORT);
    }
}
