package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.project.indicators.demo.DemoActual;
import cn.jixiao.project.indicators.demo.JinchenIndicators;
import cn.jixiao.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The table of actuals a clerk fills in and saves once: {@code PUT …/indicators/actuals}. */
class ActualsInOneSaveTest extends IndicatorApiSpecification {

    @Test
    void theActualsOfEveryLineAreSavedInOneChangePublishedOnceAndAuditedOnce() {
        String project = definedJinchenProject();
        List<ReportActuals.Line> lines = new ArrayList<>(everyJinchenActual());
        Collections.reverse(lines); // the order of the lines sent changes nothing of the tree's order

        IndicatorTreeView saved = api.reportAll(JINCHEN, project, new ReportActuals(0L, lines)).expectStatus().isOk()
                .expectBody(IndicatorTreeView.class).returnResult().getResponseBody();

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.completeness().missingActuals()).isEmpty();
        assertThat(ids(saved)).containsExactlyElementsOf(JinchenIndicators.indicators().stream().map(IndicatorInput::id).toList());
        IndicatorTreeView.IndicatorView activities = line(saved, JinchenIndicators.ACTIVITIES);
        assertThat(activities.actual().value()).isEqualByComparingTo("9");
        assertThat(activities.actual().deviationNote()).contains("顺延");
        assertThat(activities.actual().reportedBy()).isEqualTo("panlong-jinchen-editor");
        assertThat(activities.reached()).isFalse();
        assertThat(line(saved, "jc-residents").actualReadAs()).isEqualTo("96%");
        IndicatorTreeView read = api.tree(Tokens.auditor("panlong"), project);
        assertThat(read.version()).isEqualTo(saved.version());
        assertThat(ids(read)).isEqualTo(ids(saved));
        assertThat(line(read, JinchenIndicators.ACTIVITIES).actual().text()).isEqualTo("9次");

        List<EventEnvelope<ActualsReported>> reported = events.await(project, ProjectEvents.ACTUALS_REPORTED, 1);
        assertThat(reported).singleElement().satisfies(event -> {
            assertThat(event.payload().revision()).isEqualTo(2);
            assertThat(event.payload().actuals()).extracting(ActualsReported.Actual::indicatorId)
                    .containsExactlyElementsOf(ids(saved));
        });
        List<Map> trail = await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.overseer("panlong"))
                .get().uri("/api/projects/{id}/audit", project).exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody(), entries -> entries.size() == 3);
        assertThat(trail.get(2)).containsEntry("subject", "actuals").containsEntry("action", "reported");
    }

    @Test
    void aSecondSaveChangesOnlyTheLinesItListsAndKeepsTheOthers() {
        String project = definedJinchenProject();
        api.reportAll(JINCHEN, project, new ReportActuals(0L, everyJinchenActual())).expectStatus().isOk();

        IndicatorTreeView changed = api.reportAll(JINCHEN, project, new ReportActuals(1L, List.of(
                        new ReportActuals.Line(JinchenIndicators.ACTIVITIES, "10次", "  "))))
                .expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody();

        assertThat(changed.version()).isEqualTo(2);
        assertThat(line(changed, JinchenIndicators.ACTIVITIES).actual().text()).isEqualTo("10次");
        assertThat(line(changed, JinchenIndicators.ACTIVITIES).actual().deviationNote()).isNull();
        assertThat(line(changed, JinchenIndicators.ACTIVITIES).reached()).isTrue();
        assertThat(line(changed, "jc-merchants").actual().text()).isEqualTo("94%");
    }

    @Test
    void aSaveWithBadLinesIsRefusedNamingEachLineAndItsCellInChineseAndEnglishAndNothingIsSaved() {
        String project = definedJinchenProject();

        api.reportAll(JINCHEN, project, new ReportActuals(0L, List.of(
                        new ReportActuals.Line(JinchenIndicators.ACTIVITIES, "9次", "顺延至次年"),
                        new ReportActuals.Line("jc-residents", "96天", null),
                        new ReportActuals.Line("no-such-indicator", "3个", null),
                        new ReportActuals.Line("jc-merchants", " ", null),
                        new ReportActuals.Line(JinchenIndicators.ACTIVITIES, "10次", null))))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("actuals-rejected")
                .jsonPath("$.title").value(title -> assertThat((String) title).contains("实际完成值未保存")
                        .contains("Actual values not saved"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("有 4 行需要修改")
                        .contains("4 line(s) need fixing"))
                .jsonPath("$.errors.length()").isEqualTo(4)
                .jsonPath("$.errors[0].field").isEqualTo("actuals[1].actual")
                .jsonPath("$.errors[0].rejectedValue").isEqualTo("96天")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("第 2 行“辖区居民满意度”的实际完成值").contains("两者无法换算")
                        .contains("Line 2 \"辖区居民满意度\", actual"))
                .jsonPath("$.errors[1].field").isEqualTo("actuals[2].indicatorId")
                .jsonPath("$.errors[2].field").isEqualTo("actuals[3].actual")
                .jsonPath("$.errors[3].field").isEqualTo("actuals[4].indicatorId")
                .jsonPath("$.cells.length()").isEqualTo(4)
                .jsonPath("$.cells[0].row").isEqualTo(2)
                .jsonPath("$.cells[0].indicator").isEqualTo("辖区居民满意度")
                .jsonPath("$.cells[0].column").isEqualTo("实际完成值")
                .jsonPath("$.cells[0].value").isEqualTo("96天")
                .jsonPath("$.cells[1].row").isEqualTo(3)
                .jsonPath("$.cells[1].column").isEqualTo("指标编号")
                .jsonPath("$.cells[1].reason").value(reason -> assertThat((String) reason).contains("本项目没有这个指标"))
                .jsonPath("$.cells[2].indicator").isEqualTo("商圈经营主体满意度")
                .jsonPath("$.cells[3].reason").value(reason -> assertThat((String) reason).contains("出现了不止一次"));

        IndicatorTreeView unchanged = api.tree(JINCHEN, project);
        assertThat(unchanged.version()).isZero();
        assertThat(unchanged.completeness().missingActuals()).hasSize(11);
    }

    @Test
    void aStaleVersionConflictsAndOnlyAnEditorOfTheProjectsStreetMaySave() {
        String project = api.register(JINCHEN);
        ReportActuals first = new ReportActuals(0L, everyJinchenActual());

        api.reportAll(JINCHEN, project, first).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("indicators-not-defined");
        api.defined(JINCHEN, project, JinchenIndicators.definition());
        api.reportAll(JINCHEN, project, new ReportActuals(3L, everyJinchenActual())).expectStatus().isEqualTo(409);
        api.reportAll(Tokens.streetEditor("panlong", "tuodong"), project, first).expectStatus().isNotFound();
        api.reportAll(Tokens.streetEditor("wuhua", "huashan"), project, first).expectStatus().isNotFound();
        api.reportAll(Tokens.overseer("panlong"), project, first).expectStatus().isForbidden();
        api.reportAll(Tokens.auditor("panlong"), project, first).expectStatus().isForbidden();
        api.reportAll(JINCHEN, project, new ReportActuals(0L, List.of())).expectStatus().isBadRequest();

        assertThat(api.tree(JINCHEN, project).version()).isZero();
        api.reportAll(JINCHEN, project, first).expectStatus().isOk();
    }

    @Test
    void theTreeListsEachPartsLinesInTheOrderTheStreetEnteredThemBeforeAndAfterActuals() {
        String project = api.register(JINCHEN);
        // neither by id nor by name: the order the clerk typed them in, 质量 lines between 数量 lines
        api.defined(JINCHEN, project, new DefineIndicators(null, List.of(
                line("z-tables", IndicatorDimension.QUANTITY, "购置桌椅数量", "≥40套"),
                line("b-acceptance", IndicatorDimension.QUALITY, "验收合格率", "100%"),
                line("m-lamps", IndicatorDimension.QUANTITY, "安装路灯数量", "≥12个"),
                line("a-benches", IndicatorDimension.QUANTITY, "安装长椅数量", "≥6个"),
                line("k-residents", IndicatorDimension.BENEFICIARY_SATISFACTION, "居民满意度", "≥90%"))));
        List<String> entered = List.of("z-tables", "m-lamps", "a-benches", "b-acceptance", "k-residents");

        assertThat(ids(api.tree(JINCHEN, project))).containsExactlyElementsOf(entered);
        api.reportAll(JINCHEN, project, new ReportActuals(0L, List.of(
                new ReportActuals.Line("k-residents", "95%", null),
                new ReportActuals.Line("a-benches", "6个", null),
                new ReportActuals.Line("z-tables", "40套", null)))).expectStatus().isOk();
        IndicatorTreeView tree = api.tree(JINCHEN, project);
        assertThat(ids(tree)).containsExactlyElementsOf(entered);
        assertThat(tree.categories().get(0).dimensions().get(0).indicators())
                .extracting(IndicatorTreeView.IndicatorView::name).containsExactly("购置桌椅数量", "安装路灯数量", "安装长椅数量");
    }

    private String definedJinchenProject() {
        String project = api.register(JINCHEN);
        api.defined(JINCHEN, project, JinchenIndicators.definition());
        return project;
    }

    private static List<ReportActuals.Line> everyJinchenActual() {
        return JinchenIndicators.actuals().stream()
                .map((DemoActual actual) -> new ReportActuals.Line(actual.indicatorId(), actual.actual(), actual.deviationNote()))
                .toList();
    }

    private static IndicatorInput line(String id, IndicatorDimension dimension, String name, String target) {
        return new IndicatorInput(id, dimension.category(), dimension, name, target, IndicatorDirection.POSITIVE,
                new BigDecimal("10"), "台账");
    }

    /** Every line's id as the tree lists them: by 一级 and 二级 指标 in the form's order, then as stored. */
    private static List<String> ids(IndicatorTreeView tree) {
        return tree.categories().stream().flatMap(category -> category.dimensions().stream())
                .flatMap(dimension -> dimension.indicators().stream()).map(IndicatorTreeView.IndicatorView::id).toList();
    }

    private static IndicatorTreeView.IndicatorView line(IndicatorTreeView tree, String id) {
        return tree.categories().stream().flatMap(category -> category.dimensions().stream())
                .flatMap(dimension -> dimension.indicators().stream()).filter(indicator -> indicator.id().equals(id))
                .findFirst().orElseThrow();
    }
}
