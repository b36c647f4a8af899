package cn.jixiao.project.templates;

import reactor.core.publisher.Mono;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;

/**
 * Another feature of this service that follows evaluation-service's snapshots ({@link EvaluationEventsFeed} hands each
 * one to every listener, in the service's one consumer of the evaluation topic): the feed knows the interface, not
 * the feature, so the feature may depend on templates and not the other way round.
 */
public interface EvaluationSnapshotListener {

    /** Handles the snapshot; a snapshot may arrive again (another event of the same state), so idempotently. */
    Mono<Void> onSnapshot(EvaluationSnapshot snapshot);
}
