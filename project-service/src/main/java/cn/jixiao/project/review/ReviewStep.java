package cn.jixiao.project.review;

import java.util.Set;

/**
 * One step of a review, read from its {@link Rule}: which side takes it, from which states, where it leads, and
 * whether it needs a comment. {@link ReviewPolicy} answers "may I?" from it, the same way for every workflow.
 *
 * @param <S> the states of the subject reviewed
 */
public interface ReviewStep<S extends ReviewState> {

    /**
     * A step's row in its workflow's table.
     *
     * @param label     the step as the page names it: 提交, 退回, 确认整改
     * @param english   the verb in English: "submit", "send back"
     * @param pastTense the verb's past participle: "submitted", "sent back"
     * @param from      the states the step starts from
     * @param to        the state it leads to
     */
    record Rule<S>(String label, String english, String pastTense, Side side, Set<S> from, S to,
                   boolean commentRequired) {

        public Rule {
            from = Set.copyOf(from);
        }
    }

    Rule<S> rule();

    /** The enum constant's name, as events, audit entries and histories record the step. */
    String name();

    default String label() {
        return rule().label();
    }

    default String english() {
        return rule().english();
    }

    default String pastTense() {
        return rule().pastTense();
    }

    default Side side() {
        return rule().side();
    }

    default boolean allowedIn(S state) {
        return rule().from().contains(state);
    }

    default S to() {
        return rule().to();
    }

    default boolean commentRequired() {
        return rule().commentRequired();
    }
}
