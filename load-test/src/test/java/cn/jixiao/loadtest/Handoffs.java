package cn.jixiao.loadtest;

import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The work one kind of user passes to the next, as in a real week: a street editor's finished project waits for its
 * street's approver to submit it, and a submitted evaluation for the district to review. A visit that finds nothing
 * waiting does what else its role does (reading) and leaves.
 */
final class Handoffs {

    /** A project and the street (its editor account) it belongs to. */
    record Work(String street, String projectId, String evaluationId) {
    }

    private final ConcurrentLinkedQueue<Work> readyToSubmit = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Work> submitted = new ConcurrentLinkedQueue<>();

    void projectCompleted(String street, String projectId) {
        readyToSubmit.add(new Work(street, projectId, null));
    }

    Optional<Work> nextToSubmit() {
        return Optional.ofNullable(readyToSubmit.poll());
    }

    void evaluationSubmitted(Work work) {
        submitted.add(work);
    }

    Optional<Work> nextToReview() {
        return Optional.ofNullable(submitted.poll());
    }
}
