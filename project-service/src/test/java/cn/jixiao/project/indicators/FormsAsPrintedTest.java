package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.ActualReadingKind;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.DirectionSource;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published 项目支出绩效自评表 typed in exactly as printed (issue #17): blank cells, "/" rows, units in their own
 * column (bare numbers), 百分比, 8-point weights, a form whose page was cut off. Each saves as a draft and reads
 * back with what is still missing listed per line and in the summary; nothing is refused for being incomplete.
 */
class FormsAsPrintedTest extends IndicatorApiSpecification {

    /** One printed row: "" is a blank cell, "/" a slash; the direction column is often not printed at all. */
    record Printed(IndicatorDimension dimension, String name, String target, IndicatorDirection direction,
                   String weight, String actual) {

        IndicatorInput input(int row) {
            boolean slashed = "/".equals(weight);
            return new IndicatorInput("row-" + row, dimension.category(), dimension, name, target, direction,
                    weight.isBlank() || slashed ? null : new BigDecimal(weight), null, slashed ? Boolean.TRUE : null);
        }
    }

    @Test
    void aFormWithBlankCellsSavesAndListsTheBlanksPerLineAndInTheSummary() {
        String project = typedIn(List.of(
                new Printed(IndicatorDimension.QUANTITY, "培训人次", "≥300人次", null, "20", "320人次"),
                new Printed(IndicatorDimension.QUALITY, "培训合格率", "", null, "10", ""),
                new Printed(IndicatorDimension.TIMELINESS, "按时完成培训", "按时完成", null, "", "按时完成"),
                new Printed(IndicatorDimension.SOCIAL_BENEFIT, "群众就业技能提升", "有效提升", null, "30", "")));

        IndicatorTreeView tree = api.tree(JINCHEN, project);

        assertThat(names(tree.completeness().missingTargets())).containsExactly("培训合格率");
        assertThat(names(tree.completeness().missingWeights())).containsExactly("按时完成培训");
        assertThat(names(tree.completeness().missingActuals())).containsExactly("培训合格率", "群众就业技能提升");
        assertThat(tree.completeness().complete()).isFalse();
        assertThat(tree.completeness().templateDefaultDirection())
                .as("a blank target is missing; its direction follows from the target once written").isEmpty();
        assertThat(lines(tree).get("培训合格率").directionLabel()).isNull();
        assertThat(lines(tree).get("培训合格率").missing())
                .containsExactly(Indicator.Missing.TARGET, Indicator.Missing.ACTUAL);
        assertThat(lines(tree).get("培训人次").missing()).isEmpty();
        assertThat(tree.categories().get(0).weight()).as("blank weights count for nothing yet").isEqualByComparingTo("30");
        IndicatorsDefined.Indicator published = definedLine(project, "row-1");
        assertThat(published.target()).isNull();
        assertThat(published.weight()).isEqualByComparingTo("10");
    }

    @Test
    void aRowPrintedAsASlashIsNotApplicableWithoutWeightAndTravelsSoInTheEvent() {
        String project = typedIn(List.of(
                new Printed(IndicatorDimension.QUANTITY, "新建站点数量", "≥2个", null, "30", "2个"),
                new Printed(IndicatorDimension.ECONOMIC_BENEFIT, "经济效益", "/", null, "/", "/"),
                new Printed(IndicatorDimension.ECOLOGICAL_BENEFIT, "生态效益", "/", null, "", "")));

        IndicatorTreeView tree = api.tree(JINCHEN, project);

        assertThat(names(tree.completeness().notApplicable())).containsExactly("经济效益", "生态效益");
        assertThat(tree.completeness().complete()).isTrue();
        assertThat(lines(tree).get("经济效益").notApplicable()).isTrue();
        assertThat(lines(tree).get("经济效益").weight()).isNull();
        assertThat(tree.completeness().templateDefaultDirection()).as("a 不适用 line is not scored at all").isEmpty();
        assertThat(lines(tree).get("经济效益").directionLabel()).isNull();
        IndicatorsDefined.Indicator slashed = definedLine(project, "row-1");
        assertThat(slashed.markedNotApplicable()).isTrue();
        assertThat(slashed.weight()).isNull();
        assertThat(slashed.target().text()).isEqualTo("/");
    }

    @Test
    void unitsInTheirOwnColumnBareNumbersAndPercentWordsAreReadInTheTargetsUnitAndShownBack() {
        String project = typedIn(List.of(
                new Printed(IndicatorDimension.QUALITY, "验收合格率", "≥100百分比", null, "8", "100"),
                new Printed(IndicatorDimension.QUALITY, "设备完好率", "≥95%", null, "8", "98"),
                new Printed(IndicatorDimension.OUTPUT_COST, "项目成本", "=6万元", null, "8", "58000元"),
                new Printed(IndicatorDimension.QUANTITY, "新建站点数量", "1", null, "8.5", "1"),
                new Printed(IndicatorDimension.QUANTITY, "购置设备数量", "≥5个", null, "8", "5项"),
                new Printed(IndicatorDimension.QUANTITY, "完成改造项目", "≥2个", null, "7.5", "已完成")));

        Map<String, IndicatorTreeView.IndicatorView> lines = lines(api.tree(JINCHEN, project));

        assertThat(lines.get("验收合格率").target().unit()).isEqualTo("%");
        assertThat(lines.get("验收合格率").actualReadAs()).isEqualTo("100%");
        assertThat(lines.get("验收合格率").actual().reading()).isEqualTo(ActualReadingKind.TARGET_UNIT);
        assertThat(lines.get("验收合格率").reached()).isTrue();
        assertThat(lines.get("设备完好率").actualReadAs()).isEqualTo("98%");
        assertThat(lines.get("项目成本").actualReadAs()).isEqualTo("5.8万元");
        assertThat(lines.get("项目成本").actual().reading()).isEqualTo(ActualReadingKind.CONVERTED);
        assertThat(lines.get("新建站点数量").direction()).isNull();
        assertThat(lines.get("新建站点数量").directionSource()).isEqualTo(DirectionSource.TEMPLATE_DEFAULT);
        assertThat(lines.get("新建站点数量").directionLabel()).isEqualTo("按评价模板的默认方向");
        assertThat(names(api.tree(JINCHEN, project).completeness().templateDefaultDirection()))
                .containsExactly("新建站点数量");
        assertThat(lines.get("购置设备数量").actual().unit()).isEqualTo("项");
        assertThat(lines.get("购置设备数量").actual().reading()).isEqualTo(ActualReadingKind.OTHER_COUNT_UNIT);
        assertThat(lines.get("完成改造项目").actual().reading()).isEqualTo(ActualReadingKind.TEXT_ON_NUMERIC_TARGET);
        assertThat(lines.get("完成改造项目").reached()).isNull();
        List<ActualsReported> reported = events.await(project, ProjectEvents.ACTUALS_REPORTED, 6).stream()
                .map(event -> event.payload()).toList();
        // in the form's order: 数量, 质量, 成本
        assertThat(reported.get(reported.size() - 1).actuals()).extracting(ActualsReported.Actual::reading).containsExactly(
                ActualReadingKind.AS_WRITTEN, ActualReadingKind.OTHER_COUNT_UNIT, ActualReadingKind.TEXT_ON_NUMERIC_TARGET,
                ActualReadingKind.TARGET_UNIT, ActualReadingKind.TARGET_UNIT, ActualReadingKind.CONVERTED);
        assertThat(reported.get(reported.size() - 1).actuals().get(5).value()).isEqualByComparingTo("5.8");
        assertThat(definedLine(project, "row-3").direction()).isNull();
        assertThat(definedLine(project, "row-3").directionSource()).isEqualTo(DirectionSource.TEMPLATE_DEFAULT);
    }

    @Test
    void aFormWhosePageWasCutOffSavesWhatWasPrintedAndListsTheRest() {
        String project = typedIn(List.of(
                new Printed(IndicatorDimension.QUANTITY, "改造老旧小区数量", "≥3个", null, "8", "3个"),
                new Printed(IndicatorDimension.QUANTITY, "加装电梯数量", "≥12部", null, "8", ""),
                new Printed(IndicatorDimension.QUALITY, "工程验收合格率", "95%-100%", null, "8", "")));

        IndicatorTreeView tree = api.tree(JINCHEN, project);

        assertThat(tree.categories()).extracting(IndicatorTreeView.CategoryView::category)
                .containsExactly(IndicatorCategory.OUTPUT);
        assertThat(tree.categories().get(0).weight()).isEqualByComparingTo("24");
        assertThat(names(tree.completeness().missingActuals())).containsExactly("加装电梯数量", "工程验收合格率");
        assertThat(lines(tree).get("工程验收合格率").directionLabel()).isEqualTo("区间");
        assertThat(lines(tree).get("工程验收合格率").directionSource()).isEqualTo(DirectionSource.TARGET);
    }

    @Test
    void theRefusalsThatStayNameTheRowIndicatorAndColumnAndWhatWouldBeAccepted() {
        String project = api.register(JINCHEN);
        List<IndicatorInput> rows = List.of(
                new Printed(IndicatorDimension.QUANTITY, "培训人次", "≥300人次", IndicatorDirection.NEGATIVE, "8", "").input(0),
                new Printed(IndicatorDimension.QUALITY, "培训合格率", "满意度≥90%", null, "8", "").input(1));

        api.define(JINCHEN, project, new DefineIndicators(null, rows)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("indicators-invalid")
                .jsonPath("$.cells[0].row").isEqualTo(1)
                .jsonPath("$.cells[0].indicator").isEqualTo("培训人次")
                .jsonPath("$.cells[0].column").isEqualTo("指标方向")
                .jsonPath("$.cells[0].reason").value(reason -> assertThat((String) reason)
                        .contains("指标方向“反向”与“≥300人次”的 ≥ 相互矛盾").contains("可接受：指标方向选正向或留空"))
                .jsonPath("$.cells[1].row").isEqualTo(2)
                .jsonPath("$.cells[1].column").isEqualTo("年度指标值")
                .jsonPath("$.cells[1].reason").value(reason -> assertThat((String) reason)
                        .contains("第 2 行“培训合格率”的年度指标值").contains("如 ≥90%"));
        String saved = api.register(JINCHEN);
        api.defined(JINCHEN, saved, new DefineIndicators(null, List.of(
                new Printed(IndicatorDimension.QUANTITY, "培训人次", "≥300人次", null, "8", "").input(0))));
        api.report(JINCHEN, saved, "row-0", new ReportActual(0L, "300天", null)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("actual-unreadable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("“培训人次”的实际完成值“300天”").contains("可填 300人次、不带单位的 300"));
    }

    /** Registers a project, defines the rows as printed and reports every printed actual, one at a time. */
    private String typedIn(List<Printed> form) {
        String project = api.register(JINCHEN);
        List<IndicatorInput> inputs = new ArrayList<>();
        for (int row = 0; row < form.size(); row++) {
            inputs.add(form.get(row).input(row));
        }
        long version = api.defined(JINCHEN, project, new DefineIndicators(null, inputs)).version();
        for (int row = 0; row < form.size(); row++) {
            if (!form.get(row).actual().isBlank()) {
                version = api.report(JINCHEN, project, "row-" + row, new ReportActual(version, form.get(row).actual(), null))
                        .expectStatus().isOk().expectBody(IndicatorTreeView.class).returnResult().getResponseBody().version();
            }
        }
        return project;
    }

    private IndicatorsDefined.Indicator definedLine(String project, String id) {
        return events.await(project, ProjectEvents.INDICATORS_DEFINED, 1).get(0).payload().indicators().stream()
                .filter(indicator -> indicator.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> names(List<IndicatorTreeView.MissingLine> lines) {
        return lines.stream().map(IndicatorTreeView.MissingLine::name).toList();
    }

    private static Map<String, IndicatorTreeView.IndicatorView> lines(IndicatorTreeView tree) {
        return tree.categories().stream().flatMap(category -> category.dimensions().stream())
                .flatMap(dimension -> dimension.indicators().stream())
                .collect(Collectors.toMap(IndicatorTreeView.IndicatorView::name, Function.identity()));
    }
}
