package cn.jixiao.messaging.inbox;

/**
 * What an event is about (a project, an evaluation, a template, a district's template choice), named by its kind
 * and id. A consumer binds each aggregate to the tenant it first saw it with ({@link TenantBindings}).
 *
 * @param kind e.g. {@code project}
 * @param id   the aggregate's id as the payload names it; {@code null} or blank when the payload names none
 */
public record Aggregate(String kind, String id) {

    public static Aggregate project(String projectId) {
        return new Aggregate("project", projectId);
    }

    public static Aggregate evaluation(String evaluationId) {
        return new Aggregate("evaluation", evaluationId);
    }

    public static Aggregate template(String templateId) {
        return new Aggregate("template", templateId);
    }

    /** A district's choice of template: one per district, owned by that district. */
    public static Aggregate templateChoice(String districtId) {
        return new Aggregate("template-choice", districtId);
    }

    /** A district's 绩效运行监控 round (its projects' forms in it are the projects'). */
    public static Aggregate monitoringRound(String roundId) {
        return new Aggregate("monitoring-round", roundId);
    }

    public static Aggregate report(String reportId) {
        return new Aggregate("report", reportId);
    }

    /** Whether the payload named it at all; an event about an unnamed aggregate cannot be bound and is refused. */
    public boolean named() {
        return id != null && !id.isBlank();
    }

    /** The binding's key: kinds keep a project and a template of the same id apart. */
    public String key() {
        return kind + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
