package cn.jixiao.evaluation.selfevaluation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A project's performance self-evaluation (绩效自评). One is opened as a draft as soon as the project is
 * registered, from the facts carried by the event, so this service never asks project-service.
 *
 * @param id          the evaluation's id
 * @param projectId   the project it evaluates
 * @param round       1 for the first evaluation; reopening a finalized one starts the next round
 */
@Document(SelfEvaluation.COLLECTION)
@CompoundIndex(name = "project_round_unique", def = "{'projectId': 1, 'round': 1}", unique = true)
@CompoundIndex(name = "district_street_year", def = "{'districtId': 1, 'tenantId': 1, 'year': 1}")
public record SelfEvaluation(
        @Id String id,
        String projectId,
        int round,
        String districtId,
        String tenantId,
        String projectCode,
        String projectName,
        int year,
        EvaluationStatus status,
        Instant openedAt,
        @Version Long version) {

    public static final String COLLECTION = "self_evaluations";
}
