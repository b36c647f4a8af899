package cn.jixiao.project.project;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.ServiceTest;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The project list's read model: loaded at start, kept current by this instance's writes and by the events of the
 * other instances' writes, never set back by a late event, and showing each caller only its own rows. Each test
 * works in a district of its own, so the projects other tests of the shared context register do not disturb it.
 */
@ServiceTest
class ProjectListReadModelTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    ProjectListReadModel readModel;

    @Autowired
    Projects projects;

    @Autowired
    ConsumerFactory<?, ?> consumers;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aProjectWrittenOnAnotherInstanceAppearsInThisOnesListOnItsEvent() throws Exception {
        await().atMost(EVENTUALLY).until(readModel::loaded);
        Project written = writtenByAnotherInstance("yiliang", "beigucheng", "OTHER-001", "北古城社区绿化");

        assertThat(codes(Tokens.streetEditor("yiliang", "beigucheng"), ""))
                .as("the store has it, but nothing told this instance yet").isEmpty();

        new ProjectEventsFixture(kafka).publish(written.id(), EventEnvelope.of(ProjectEvents.PROJECT_REGISTERED,
                written.tenantId(), written.registeredAt(), new ProjectRegistered(written.id(), written.districtId(),
                        written.tenantId(), written.code(), written.details().name(), written.year(),
                        written.details().competentDepartment(), written.details().implementingUnit())));

        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(list(Tokens.streetEditor("yiliang", "beigucheng"), "")
                .items()).singleElement().satisfies(row -> {
                    assertThat(row.code()).isEqualTo("OTHER-001");
                    assertThat(row.registeredBy()).as("re-read from the store: the event does not carry it")
                            .isEqualTo("another-instance-editor");
                }));
    }

    @Test
    void aChangeOnAnotherInstanceReplacesTheRowAndALateEventNeverSetsItBack() throws Exception {
        await().atMost(EVENTUALLY).until(readModel::loaded);
        Project written = writtenByAnotherInstance("yiliang", "goujie", "OTHER-002", "狗街社区绿化");
        readModel.keep(written);
        Project changed = mongo.save(written.withDetails(details("狗街社区绿化（二期）", ProjectStatus.IN_PROGRESS),
                written.version(), List.of())).block();
        ProjectDetails details = changed.details();

        new ProjectEventsFixture(kafka).publish(changed.id(), EventEnvelope.of(ProjectEvents.PROJECT_UPDATED,
                changed.tenantId(), Instant.now(), new ProjectUpdated(changed.id(), changed.districtId(),
                        changed.tenantId(), changed.code(), details.name(), changed.year(),
                        details.competentDepartment(), details.implementingUnit(), details.fundCategory(),
                        details.fundingSources(), details.periodStart(), details.periodEnd(), details.overview(),
                        details.overallGoal(), details.annualGoals(), details.status().name(), changed.version())));

        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(
                names(Tokens.streetEditor("yiliang", "goujie"), "?status=IN_PROGRESS")).containsExactly("狗街社区绿化（二期）"));

        readModel.keep(written);
        assertThat(names(Tokens.streetEditor("yiliang", "goujie"), ""))
                .as("the registered state arriving late does not replace the later change")
                .containsExactly("狗街社区绿化（二期）");
    }

    @Test
    void aSecondInstanceLoadsTheListAtStartAndThenFollowsTheFirstOnesWrites() {
        register("chengjiang", "fengkou", "START-001", "凤麓社区绿化", 2024);
        register("chengjiang", "fengkou", "START-002", "凤麓养老服务", 2025);
        ProjectListReadModel second = new ProjectListReadModel(mongo);
        ProjectChangesFeed secondsFeed = new ProjectChangesFeed(second, consumers, "project-service");
        secondsFeed.start();
        try {
            await().atMost(EVENTUALLY).until(second::loaded);
            assertThat(second.page(overseer("chengjiang"), everything(), 0, 50).items()).extracting(ProjectView::code)
                    .containsExactly("START-002", "START-001");

            register("chengjiang", "fengkou", "START-003", "凤麓文化活动", 2025);

            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(
                    second.page(overseer("chengjiang"), everything(), 0, 50).items()).extracting(ProjectView::code)
                    .containsExactly("START-002", "START-003", "START-001"));
        } finally {
            secondsFeed.stop();
        }
    }

    @Test
    void beforeItIsLoadedTheListIsAnsweredFromTheStore() {
        register("anning", "lianran", "EARLY-001", "连然社区绿化", 2024);
        ProjectListReadModel notYetLoaded = new ProjectListReadModel(mongo);

        ProjectPage page = new ProjectListing(notYetLoaded, projects).page(overseer("anning"), everything(), 0, 50).block();

        assertThat(notYetLoaded.loaded()).isFalse();
        assertThat(page.items()).extracting(ProjectView::code).containsExactly("EARLY-001");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void aStreetSeesOnlyItsOwnRowsWhateverItAsksFor() {
        await().atMost(EVENTUALLY).until(readModel::loaded);
        register("jinning", "kunyang", "OWN-001", "昆阳社区绿化", 2024);
        register("jinning", "jincheng", "OWN-002", "晋城社区绿化", 2024);

        assertThat(codes(Tokens.streetEditor("jinning", "kunyang"), "")).containsExactly("OWN-001");
        assertThat(codes(Tokens.streetEditor("jinning", "kunyang"), "?streetId=jincheng"))
                .as("another street of the same district, asked for by name").isEmpty();
        assertThat(codes(Tokens.overseer("jinning"), "")).as("jincheng before kunyang").containsExactly("OWN-002", "OWN-001");
        assertThat(codes(Tokens.overseer("songming"), "")).as("another district").isEmpty();
        assertThat(readModel.page(new TenantAccess("x", "clerk", "jinning", null, Set.of()), everything(), 0, 50).total())
                .as("a district user without an oversight role").isZero();
    }

    @Test
    void theReadModelAnswersEveryFilterSortAndPageAsTheStoreDoes() {
        await().atMost(EVENTUALLY).until(readModel::loaded);
        register("fumin", "yongding", "Same-001", "永定社区绿化", 2023);
        register("fumin", "yongding", "SAME-002", "永定养老服务", 2024);
        register("fumin", "luoyang", "same-003", "罗免社区绿化", 2024);
        register("fumin", "luoyang", "SAME-004", "罗免道路维修", 2023);
        ProjectListing listing = new ProjectListing(readModel, projects);
        TenantAccess overseer = overseer("fumin");
        List<ProjectFilter> filters = List.of(everything(), new ProjectFilter(2023, null, null, null),
                new ProjectFilter(null, "luoyang", null, null), new ProjectFilter(null, " ", null, " "),
                new ProjectFilter(null, null, ProjectStatus.REGISTERED, null),
                new ProjectFilter(null, null, ProjectStatus.COMPLETED, null),
                new ProjectFilter(null, null, null, "same-00"), new ProjectFilter(null, null, null, " 绿化 "),
                new ProjectFilter(null, null, null, "罗免"), new ProjectFilter(null, null, null, ".*"),
                new ProjectFilter(2024, "yongding", ProjectStatus.REGISTERED, "SAME"));

        for (ProjectFilter filter : filters) {
            for (int[] paging : new int[][] {{0, 50}, {0, 2}, {1, 2}, {1, 3}, {7, 2}}) {
                assertThat(readModel.page(overseer, filter, paging[0], paging[1]))
                        .as("%s, page %d of %d", filter, paging[0], paging[1])
                        .isEqualTo(listing.fromTheStore(overseer, filter, paging[0], paging[1]).block());
            }
        }
    }

    private Project writtenByAnotherInstance(String district, String street, String code, String name) {
        return mongo.insert(new Project(UUID.randomUUID().toString(), district, street, code, 2025,
                details(name, ProjectStatus.REGISTERED), "another-instance-editor", Instant.now(), null, List.of()))
                .block();
    }

    private static ProjectDetails details(String name, ProjectStatus status) {
        return new ProjectDetails(name, "某街道办事处", "某街道办事处", null, List.of(), null, null, null, null, List.of(),
                status);
    }

    private static TenantAccess overseer(String district) {
        return new TenantAccess(district + "-overseer-id", district + "-overseer", district, null,
                Set.of(Role.DISTRICT_OVERSEER));
    }

    private static ProjectFilter everything() {
        return new ProjectFilter(null, null, null, null);
    }

    private void register(String district, String street, String code, String name, int year) {
        web.mutateWith(Tokens.streetEditor(district, street)).post().uri("/api/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, name, year, "某街道办事处", "某街道办事处"))
                .exchange().expectStatus().isCreated();
    }

    private List<String> codes(WebTestClientConfigurer user, String query) {
        return list(user, query).items().stream().map(ProjectView::code).toList();
    }

    private List<String> names(WebTestClientConfigurer user, String query) {
        return list(user, query).items().stream().map(ProjectView::name).toList();
    }

    private ProjectPage list(WebTestClientConfigurer user, String query) {
        return web.mutateWith(user).get().uri("/api/projects" + query).exchange()
                .expectStatus().isOk().expectBody(ProjectPage.class).returnResult().getResponseBody();
    }
}
