package cn.jixiao.evaluation.template;

import java.util.List;

/** A template whose settings cannot score an evaluation; {@link #reasons()} lists every problem found. */
public class InvalidTemplateException extends IllegalArgumentException {

    private final transient List<String> reasons;

    public InvalidTemplateException(String templateId, List<String> reasons) {
        super("Template " + templateId + " is invalid: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
