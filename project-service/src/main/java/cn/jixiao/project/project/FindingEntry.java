package cn.jixiao.project.project;

/**
 * The payload of an outbox entry that is a 整改 finding about one project: written by one part of the service (the
 * targets' return, the review of a 绩效监控表) into its own document's outbox with the change it comes from, and handed
 * by the outbox relay to the recipient named {@link #RECIPIENT}, in rectification, which opens the items. The part that
 * writes it need know nothing of 整改; rectification reads its record.
 */
public interface FindingEntry {

    /** The local recipient of every finding entry, in rectification. */
    String RECIPIENT = "rectification-findings";

    String projectId();

    String districtId();

    /** The project's street, its tenant. */
    String streetId();

    String projectCode();

    int year();
}
