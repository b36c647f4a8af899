package cn.jixiao.evaluation.selfevaluation;

/**
 * Told of every self-evaluation as {@link SelfEvaluations} has just written it (a draft opened, a new round
 * inserted, any save), with the version the write gave it. This service is the only writer of evaluations, so a
 * read model kept current from here misses no change made by this instance (the district overview's board).
 * Called on the write's thread after the write succeeded; it must be quick and must not fail.
 */
@FunctionalInterface
public interface EvaluationStored {

    void stored(SelfEvaluation evaluation);
}
