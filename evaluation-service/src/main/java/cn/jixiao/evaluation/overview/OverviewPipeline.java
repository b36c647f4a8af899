package cn.jixiao.evaluation.overview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bson.Document;

import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;

/**
 * The aggregation pipelines of the district overview, as plain BSON stages. Only stages and operators that both
 * MongoDB and the in-memory wire server of the tests run are used ($match, $sort, $project, $group/$first/$sum, $addFields
 * with $cond/$divide/$ifNull/$indexOfArray, $skip, $limit); no $facet, so the page and the summary are two
 * pipelines over the same latest rounds.
 *
 * <p>A project may have several rounds (reopening a finalized evaluation starts round n+1); the overview shows the
 * latest. Sorting by project and descending round right after the match, before anything else, lets MongoDB read
 * the rounds in that order from the {@code district_year_project_round} index ({@link OverviewIndex}) instead of
 * sorting in memory; the projection that follows keeps only the columns shown.
 */
public final class OverviewPipeline {

    /** The grade the distribution counts: the district's 复核 grade once set, else the self-evaluation's. */
    static final String GRADE = "grade";

    private OverviewPipeline() {
    }

    /** One page of rows, in the requested order with a stable tie-break. */
    public static List<Document> page(Document scope, OverviewSort sort, int page, int size) {
        int direction = sort.descending() ? -1 : 1;
        Document order = new Document(sort.key().field(), direction);
        for (String tieBreak : List.of("streetId", "projectCode", "_id")) {
            order.putIfAbsent(tieBreak, 1);
        }
        List<Document> stages = latestRounds(scope);
        stages.add(new Document("$sort", order));
        stages.add(new Document("$skip", (long) page * size));
        stages.add(new Document("$limit", size));
        return stages;
    }

    /** One document per grade (null for 未评分): how many projects, their budget and their spending. */
    public static List<Document> summary(Document scope) {
        List<Document> stages = latestRounds(scope);
        stages.add(new Document("$group", new Document("_id", "$" + GRADE)
                .append("projects", new Document("$sum", 1))
                .append("budget", new Document("$sum", "$budget"))
                .append("executed", new Document("$sum", "$executed"))));
        return stages;
    }

    static List<Document> latestRounds(Document scope) {
        List<Document> stages = new ArrayList<>();
        stages.add(new Document("$match", scope));
        stages.add(new Document("$sort", new Document("projectId", 1).append("round", -1)));
        // only the columns shown: the indicators, actuals and score lines are most of each document
        Document columns = new Document();
        for (String field : List.of("projectId", "round", "tenantId", "projectCode", "projectName", "workflow.status",
                "selfScore.inputs.fullYearBudget", "selfScore.inputs.executed", "selfScore.inputs.spentByMonth",
                "selfScore.inputs.executionSummary.executed",
                "selfScore.card.total", "selfScore.card.grade", "review.total", "review.grade")) {
            columns.append(field, 1);
        }
        stages.add(new Document("$project", columns));
        stages.add(new Document("$group", new Document("_id", "$projectId")
                .append("evaluationId", first("$_id"))
                .append("round", first("$round"))
                .append("streetId", first("$tenantId"))
                .append("projectCode", first("$projectCode"))
                .append("projectName", first("$projectName"))
                .append("status", first("$workflow.status"))
                .append("budget", first("$selfScore.inputs.fullYearBudget"))
                // the ledger's 全年执行数, else the summary figure of a street without one, as the score takes it
                .append("executed", first(new Document("$ifNull", Arrays.asList("$selfScore.inputs.executed",
                        "$selfScore.inputs.executionSummary.executed"))))
                .append("spentByMonth", first("$selfScore.inputs.spentByMonth"))
                .append("selfScore", first("$selfScore.card.total"))
                .append("selfGrade", first("$selfScore.card.grade"))
                .append("reviewScore", first("$review.total"))
                .append("reviewGrade", first("$review.grade"))));
        List<String> workflowOrder = Arrays.stream(EvaluationStatus.values()).map(Enum::name).toList();
        stages.add(new Document("$addFields", new Document()
                // the rate only sorts; the figure shown is computed exactly from budget and executed
                .append("rate", new Document("$cond", Arrays.asList(
                        new Document("$gt", Arrays.asList("$budget", 0)),
                        new Document("$divide", Arrays.asList(new Document("$ifNull", Arrays.asList("$executed", 0)), "$budget")),
                        null)))
                .append("statusOrder", new Document("$indexOfArray", Arrays.asList(workflowOrder, "$status")))
                .append(GRADE, new Document("$ifNull", Arrays.asList("$reviewGrade", "$selfGrade")))));
        return stages;
    }

    private static Document first(Object field) {
        return new Document("$first", field);
    }
}
