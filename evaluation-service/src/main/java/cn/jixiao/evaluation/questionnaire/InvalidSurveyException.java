package cn.jixiao.evaluation.questionnaire;

import java.util.List;

/** A questionnaire, a response file or counts that cannot give a satisfaction rate; {@link #problems()} lists why. */
public class InvalidSurveyException extends IllegalArgumentException {

    private final transient List<String> problems;

    public InvalidSurveyException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
