package cn.jixiao.contracts.evaluation;

import cn.jixiao.contracts.EventType;

/** The events evaluation-service publishes on {@link cn.jixiao.contracts.Topics#EVALUATION_EVENTS}. */
public final class EvaluationEvents {

    public static final EventType<TemplatePublished> TEMPLATE_PUBLISHED =
            new EventType<>("TemplatePublished", 1, TemplatePublished.class);

    private EvaluationEvents() {
    }
}
