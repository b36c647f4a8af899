package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.evaluation.selfevaluation.Review;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluations;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static cn.jixiao.evaluation.overview.OverviewProjects.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The board, once loaded, follows every write of the store: the project's events as the feed saves them, a new
 * round, and a late write of an older round, which never replaces the round in progress.
 */
@ServiceTest
class OverviewBoardSavesTest {

    private static final String DISTRICT = "ovs";

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    SelfEvaluations evaluations;

    @Test
    void aLaterRoundReplacesTheEarlierOnTheBoardAndALateWriteOfTheEarlierDoesNot() throws Exception {
        OverviewProjects projects = new OverviewProjects(new ProjectEventsFixture(kafka));
        String projectId = projects.scored(DISTRICT, "jinchen", "S-001", "1000000.00", "100", month(12, "1000000.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> row("S-001"),
                // every event applied: all spent and every output produced score 100
                row -> row != null && row.selfScore() != null && row.selfScore().compareTo(new BigDecimal("100")) == 0
                        && row.executed() != null);
        // the board of the district-year is loaded now; what follows reaches it only through the store's writes
        projects.registered(DISTRICT, "tuodong", "S-002");
        await().atMost(Duration.ofSeconds(30)).until(() -> row("S-002"), row -> row != null);

        SelfEvaluation first = round(projectId, 1);
        SelfEvaluation second = evaluations.insert(new SelfEvaluation(projectId + "-2", projectId, 2, first.districtId(),
                first.tenantId(), first.projectCode(), "第二轮", first.year(), first.openedAt(), first.template(),
                first.selfScore(), Review.NONE, null, null, List.of())).block();
        assertThat(row("S-001")).extracting(OverviewRow::round, OverviewRow::projectName).containsExactly(2, "第二轮");

        evaluations.save(withName(round(projectId, 1), "第一轮迟到的写入")).block();
        assertThat(row("S-001")).extracting(OverviewRow::round, OverviewRow::projectName).containsExactly(2, "第二轮");

        evaluations.save(withName(second, "第二轮（改名）")).block();
        assertThat(row("S-001")).extracting(OverviewRow::round, OverviewRow::projectName).containsExactly(2, "第二轮（改名）");
        assertThat(overview().summary().projects()).isEqualTo(2);
        assertThat(overview().rows()).extracting(OverviewRow::selfScore).first()
                .satisfies(score -> assertThat(score).isEqualByComparingTo(new BigDecimal("100")));
    }

    private SelfEvaluation round(String projectId, int round) {
        return mongo.findOne(Query.query(Criteria.where("projectId").is(projectId).and("round").is(round)),
                SelfEvaluation.class).block();
    }

    private static SelfEvaluation withName(SelfEvaluation evaluation, String name) {
        return new SelfEvaluation(evaluation.id(), evaluation.projectId(), evaluation.round(), evaluation.districtId(),
                evaluation.tenantId(), evaluation.projectCode(), name, evaluation.year(), evaluation.openedAt(),
                evaluation.template(), evaluation.selfScore(), evaluation.review(), evaluation.workflow(),
                evaluation.version(), evaluation.outbox());
    }

    private OverviewRow row(String code) {
        return overview().rows().stream().filter(row -> code.equals(row.projectCode())).findFirst().orElse(null);
    }

    private DistrictOverview overview() {
        return web.mutateWith(Tokens.overseer(DISTRICT)).get().uri("/api/evaluations/overview?year=2023&sort=projectCode")
                .exchange().expectStatus().isOk()
                .expectBody(DistrictOverview.class).returnResult().getResponseBody();
    }
}
