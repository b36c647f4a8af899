package cn.jixiao.project.targets;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.project.indicators.TargetsState;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district's 目标审核 queue: the projects of its streets whose targets are submitted, each with its street and
 * when it was submitted, longest waiting first; a street sees only its own, another district nothing of them.
 */
@ServiceTest
class TargetsListApiTest {

    static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor("panlong", "jinchen");
    static final WebTestClientConfigurer TUODONG = Tokens.streetEditor("panlong", "tuodong");
    static final WebTestClientConfigurer PANLONG = Tokens.overseer("panlong");

    @Autowired
    WebTestClient web;

    @Test
    void theDistrictListsItsStreetsSubmittedTargetsWithWhoSubmittedThemAndWhen() {
        TargetsClient api = new TargetsClient(web);
        String jinchenSubmitted = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        TargetsView submitted = api.submitted(JINCHEN, jinchenSubmitted);
        String tuodongSubmitted = api.projectWith(TUODONG, SubmittableTrees.jinchenFirstDefinition());
        api.submitted(TUODONG, tuodongSubmitted);
        String draft = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        String approved = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        api.submitted(JINCHEN, approved);
        api.approved(PANLONG, approved, null);

        List<TargetsListRow> queue = list(PANLONG, "state=SUBMITTED&year=2023");

        assertThat(queue).extracting(TargetsListRow::projectId)
                .contains(jinchenSubmitted, tuodongSubmitted).doesNotContain(draft, approved);
        TargetsListRow jinchen = row(queue, jinchenSubmitted);
        assertThat(jinchen.streetId()).endsWith("jinchen");
        assertThat(jinchen.projectCode()).startsWith("MB-");
        assertThat(jinchen.projectName()).isEqualTo("创建全省民族团结进步示范街道专项资金");
        assertThat(jinchen.year()).isEqualTo(2023);
        assertThat(jinchen.state()).isEqualTo(TargetsState.SUBMITTED);
        assertThat(jinchen.stateLabel()).isEqualTo("已提交");
        assertThat(jinchen.lastStepBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(jinchen.lastStepAt()).isEqualTo(submitted.history().get(0).at());
        assertThat(jinchen.version()).as("the version the review sends back").isEqualTo(submitted.version());
        assertThat(queue.indexOf(jinchen)).as("longest waiting first")
                .isLessThan(queue.indexOf(row(queue, tuodongSubmitted)));
        assertThat(list(Tokens.auditor("panlong"), "state=SUBMITTED")).extracting(TargetsListRow::projectId)
                .contains(jinchenSubmitted, tuodongSubmitted);
        assertThat(list(PANLONG, "state=APPROVED")).extracting(TargetsListRow::projectId)
                .contains(approved).doesNotContain(jinchenSubmitted, draft);
        assertThat(list(PANLONG, "state=DRAFT")).extracting(TargetsListRow::projectId)
                .contains(draft).doesNotContain(jinchenSubmitted, approved);
    }

    @Test
    void theDistrictNarrowsToOneStreetAStreetSeesOnlyItsOwnAndAnotherDistrictNone() {
        TargetsClient api = new TargetsClient(web);
        String jinchenSubmitted = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        api.submitted(JINCHEN, jinchenSubmitted);
        String tuodongSubmitted = api.projectWith(TUODONG, SubmittableTrees.jinchenFirstDefinition());
        api.submitted(TUODONG, tuodongSubmitted);
        String tuodong = row(list(PANLONG, "state=SUBMITTED"), tuodongSubmitted).streetId();

        assertThat(list(PANLONG, "state=SUBMITTED&streetId=" + tuodong)).extracting(TargetsListRow::projectId)
                .contains(tuodongSubmitted).doesNotContain(jinchenSubmitted);
        assertThat(list(JINCHEN, "state=SUBMITTED")).extracting(TargetsListRow::projectId)
                .contains(jinchenSubmitted).doesNotContain(tuodongSubmitted);
        assertThat(list(JINCHEN, "state=SUBMITTED&streetId=" + tuodong)).as("a street asking for another: its own")
                .extracting(TargetsListRow::projectId).doesNotContain(tuodongSubmitted);
        assertThat(list(Tokens.overseer("wuhua"), "state=SUBMITTED")).extracting(TargetsListRow::projectId)
                .doesNotContain(jinchenSubmitted, tuodongSubmitted);
        assertThat(list(Tokens.overseer("wuhua"), "state=SUBMITTED&year=2024")).isEmpty();
    }

    @Test
    void theDistrictsOtherQueueIsTheApprovedTargetsWithAnAdjustmentRequestOpen() {
        TargetsClient api = new TargetsClient(web);
        String adjusting = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        api.submitted(JINCHEN, adjusting);
        TargetsView approved = api.approved(PANLONG, adjusting, null);
        api.requestAdjustment(JINCHEN, adjusting, approved.version(), "文化活动中心下半年修缮停用",
                TargetsAdjustmentApiTest.eightActivities()).expectStatus().isOk();
        String settled = api.projectWith(JINCHEN, SubmittableTrees.jinchenFirstDefinition());
        api.submitted(JINCHEN, settled);
        api.approved(PANLONG, settled, null);

        List<TargetsListRow> open = list(PANLONG, "state=APPROVED&adjustmentOpen=true");

        assertThat(open).extracting(TargetsListRow::projectId).contains(adjusting).doesNotContain(settled);
        assertThat(row(open, adjusting).adjustmentOpen()).isTrue();
        assertThat(row(open, adjusting).adjustmentRequestedBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(row(open, adjusting).adjustmentRequestedAt()).isNotNull();
        assertThat(list(PANLONG, "state=APPROVED&adjustmentOpen=false")).extracting(TargetsListRow::projectId)
                .contains(settled).doesNotContain(adjusting);
        assertThat(row(list(PANLONG, "state=APPROVED"), settled).adjustmentOpen()).isFalse();
    }

    @Test
    void theStateIsRequired() {
        web.mutateWith(PANLONG).get().uri("/api/projects/targets").exchange().expectStatus().isBadRequest();
    }

    private List<TargetsListRow> list(WebTestClientConfigurer user, String query) {
        return web.mutateWith(user).get().uri("/api/projects/targets?" + query).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<List<TargetsListRow>>() { })
                .returnResult().getResponseBody();
    }

    private static TargetsListRow row(List<TargetsListRow> rows, String projectId) {
        return rows.stream().filter(row -> row.projectId().equals(projectId)).findFirst().orElseThrow();
    }
}
