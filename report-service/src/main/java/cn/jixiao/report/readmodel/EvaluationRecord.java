package cn.jixiao.report.readmodel;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
/**
 * The newest snapshot of one evaluation (one round of a project's self-evaluation) from evaluation-service's
 * events, read into the service's own {@link Evaluation}: its status, score breakdown, review scores and survey
 * analyses. The field keeps its stored name {@code snapshot}. One document per evaluation; a snapshot
 * of a lower revision arriving late changes nothing.
 */
@Document(EvaluationRecord.COLLECTION)
@CompoundIndex(name = "project_round", def = "{'projectId': 1, 'round': 1}")
public record EvaluationRecord(
        @Id String evaluationId,
        String projectId,
        String districtId,
        String tenantId,
        int round,
        long revision,
        Evaluation snapshot,
        @Version Long version) {

    public static final String COLLECTION = "report_evaluations";

    /** The status with which the evaluation is final: the report is no longer a draft. */
    public static final String FINALIZED = "FINALIZED";

    public static EvaluationRecord of(Evaluation snapshot) {
        return new EvaluationRecord(snapshot.evaluationId(), snapshot.projectId(), snapshot.districtId(),
                snapshot.streetId(), snapshot.round(), snapshot.revision(), snapshot, null);
    }

    /** This record with the snapshot if it is newer, else unchanged. */
    public EvaluationRecord with(Evaluation newer) {
        if (newer.revision() <= revision) {
            return this;
        }
        return new EvaluationRecord(evaluationId, projectId, districtId, tenantId, newer.round(), newer.revision(),
                newer, version);
    }

    public boolean isFinalized() {
        return FINALIZED.equals(snapshot.status());
    }
}
