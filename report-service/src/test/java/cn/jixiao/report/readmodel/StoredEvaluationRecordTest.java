package cn.jixiao.report.readmodel;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.SurveyAnalysis;
import cn.jixiao.report.JinchenEvents;
import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluations' documents keep their field names now that the read model stores its own {@link Evaluation}:
 * an evaluation stored while it still kept evaluation-service's snapshot itself reads as the same evaluation,
 * with no migration.
 */
@ServiceTest
class StoredEvaluationRecordTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    private final JinchenEvents jinchen = new JinchenEvents();

    @Test
    void anEvaluationStoredAsTheSnapshotWasReadsAsTheSameEvaluation() {
        EvaluationSnapshot snapshot = surveyedUnderItsTemplate(jinchen.snapshot("FINALIZED", 7));
        Document stored = new Document("_id", snapshot.evaluationId())
                .append("projectId", snapshot.projectId())
                .append("districtId", snapshot.districtId())
                .append("tenantId", snapshot.streetId())
                .append("round", snapshot.round())
                .append("revision", snapshot.revision())
                .append("snapshot", asStored(snapshot))
                .append("version", 2L);
        mongo.insert(stored, EvaluationRecord.COLLECTION).block();

        EvaluationRecord read = mongo.findById(snapshot.evaluationId(), EvaluationRecord.class).block();

        assertThat(read).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(EvaluationRecord.of(EvaluationEventMapping.evaluation(snapshot)));
        assertThat(read.snapshot().score().total()).isEqualByComparingTo("98.00");
        assertThat(read.snapshot().scoringTemplate()).isEqualTo(new Evaluation.TemplateVersion("national-default", 1));
        assertThat(read.isFinalized()).isTrue();
        assertThat(read.version()).isEqualTo(2L);
    }

    /** Every nested record of the snapshot filled in: a survey with its answers, and the template named. */
    private static EvaluationSnapshot surveyedUnderItsTemplate(EvaluationSnapshot snapshot) {
        SurveyAnalysis residents = new SurveyAnalysis("sv-1", "jc-residents", "金辰街道民族团结进步创建居民满意度调查问卷",
                205, 200, 192, new BigDecimal("96.00"), List.of(new SurveyAnalysis.Question("您对示范街区建设是否满意？",
                        List.of(new SurveyAnalysis.AnswerCount("非常满意", 150, true),
                                new SurveyAnalysis.AnswerCount("不满意", 2, false)))));
        return new EvaluationSnapshot(snapshot.evaluationId(), snapshot.projectId(), snapshot.districtId(),
                snapshot.streetId(), snapshot.projectCode(), snapshot.projectName(), snapshot.year(), snapshot.round(),
                snapshot.status(), snapshot.score(), null, List.of(residents), "通过", snapshot.actor(),
                snapshot.revision(), new EvaluationSnapshot.TemplateVersion("national-default", 1));
    }

    private Document asStored(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        // stored nested in the record, whose declared type it was, the snapshot carried no type hint
        document.remove("_class");
        return document;
    }
}
