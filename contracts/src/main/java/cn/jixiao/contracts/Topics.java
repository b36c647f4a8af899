package cn.jixiao.contracts;

/**
 * One topic per publishing service. Records are keyed by the aggregate id (the project id),
 * so all facts about one project stay in order on one partition.
 */
public final class Topics {

    /** Published by project-service: projects, budgets, spending, indicators, evidence. */
    public static final String PROJECT_EVENTS = "jixiao.project-events";

    /** Published by evaluation-service: templates, scores, the review workflow. */
    public static final String EVALUATION_EVENTS = "jixiao.evaluation-events";

    /** Published by report-service: rendered reports. */
    public static final String REPORT_EVENTS = "jixiao.report-events";

    /**
     * Written by every consumer: the records it refused (an event for an aggregate of another tenant, or whose
     * payload names another tenant than its envelope), each with its original value and the reason in headers.
     */
    public static final String DEAD_LETTERS = "jixiao.dead-letters";

    private Topics() {
    }
}
