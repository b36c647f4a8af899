package cn.jixiao.evaluation.overview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ExpenditureRecorded.MonthTotal;
import cn.jixiao.evaluation.overview.DistrictYearRows.OverviewPage;
import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The board's rules over one district-year, in plain Java. The district {@value #DISTRICT} has four projects:
 * <ul>
 *   <li>J-001 道路整治 (jinchen): 100万, all spent in December, self-score 95 优, submitted;</li>
 *   <li>J-002 白塔路灯维修 (jinchen): 200万, 50万 spent in March, self-score 70 中, reviewed to 85 良, under review;</li>
 *   <li>T-001 城中绿化提升 (tuodong): 300万, 240万 spent in June, self-score 88 良, draft;</li>
 *   <li>T-002 安居小区 (tuodong): registered only, draft.</li>
 * </ul>
 */
class DistrictYearRowsTest {

    private static final String DISTRICT = "d";
    private static final TenantAccess OVERSEER = access(null, Role.DISTRICT_OVERSEER);

    private final DistrictYearRows rows = new DistrictYearRows(DISTRICT);

    DistrictYearRowsTest() {
        rows.apply(row("J-001", "jinchen", "道路整治", 1, 0, EvaluationStatus.SUBMITTED, "1000000.00", "1000000.00",
                "95", Grade.优, null, null, month(12, "1000000.00")));
        rows.apply(row("J-002", "jinchen", "白塔路灯维修", 1, 0, EvaluationStatus.UNDER_REVIEW, "2000000.00", "500000.00",
                "70", Grade.中, "85", Grade.良, month(3, "500000.00")));
        rows.apply(row("T-001", "tuodong", "城中绿化提升", 1, 0, EvaluationStatus.DRAFT, "3000000.00", "2400000.00",
                "88", Grade.良, null, null, month(6, "2400000.00")));
        rows.apply(row("T-002", "tuodong", "安居小区", 1, 0, EvaluationStatus.DRAFT, null, null, null, null, null, null));
    }

    @Test
    void theSummaryCountsEverythingVisibleWhateverTheFilter() {
        OverviewPage submitted = page(OVERSEER, filter(null, "SUBMITTED", null, null, null, null, null), "street", 12);

        assertThat(submitted.rows()).extracting(OverviewRow::projectCode).containsExactly("J-001");
        assertThat(submitted.total()).isEqualTo(1);
        OverviewSummary summary = submitted.summary();
        assertThat(summary.projects()).isEqualTo(4);
        assertThat(summary.budget().amount()).isEqualByComparingTo("6000000.00");
        assertThat(summary.executed().amount()).isEqualByComparingTo("3900000.00");
        assertThat(summary.executionRate()).isEqualByComparingTo("65.00");
        assertThat(summary.gradeDistribution()).extracting(OverviewSummary.GradeCount::grade, OverviewSummary.GradeCount::projects)
                .as("J-002 counts with its review grade").containsExactly(tuple("优", 1L), tuple("良", 2L), tuple("中", 0L),
                        tuple("差", 0L), tuple("未评分", 1L));
        assertThat(summary.statusCounts()).extracting(OverviewSummary.StatusCount::status, OverviewSummary.StatusCount::label,
                OverviewSummary.StatusCount::projects).containsExactly(tuple(EvaluationStatus.DRAFT, "草稿", 2L),
                tuple(EvaluationStatus.SUBMITTED, "已提交", 1L), tuple(EvaluationStatus.UNDER_REVIEW, "复核中", 1L),
                tuple(EvaluationStatus.RETURNED, "已退回", 0L), tuple(EvaluationStatus.APPROVED, "已通过", 0L),
                tuple(EvaluationStatus.FINALIZED, "已定稿", 0L));
        assertThat(summary.lightCounts()).extracting(OverviewSummary.LightCount::light, OverviewSummary.LightCount::label,
                OverviewSummary.LightCount::projects).as("as of December: 100%, 25%, 80%, nothing to measure")
                .containsExactly(tuple(OverviewLight.RED, "红灯", 1L), tuple(OverviewLight.YELLOW, "黄灯", 0L),
                        tuple(OverviewLight.GREEN, "绿灯", 2L), tuple(OverviewLight.NONE, "无", 1L));
    }

    @Test
    void aWriteAfterAPageWasAnsweredShowsOnTheNextPageAndInTheSummary() {
        OverviewPage before = page(OVERSEER, OverviewFilter.NONE, "score,desc", 12);
        assertThat(before.rows()).extracting(OverviewRow::projectCode).first().isEqualTo("J-001");

        rows.apply(row("T-002", "tuodong", "安居小区", 1, 1, EvaluationStatus.DRAFT, "1000000.00", "1000000.00",
                "99", Grade.优, null, null, month(12, "1000000.00")));

        OverviewPage after = page(OVERSEER, OverviewFilter.NONE, "score,desc", 12);
        assertThat(after.rows()).extracting(OverviewRow::projectCode).first().isEqualTo("T-002");
        assertThat(after.summary().budget().amount()).isEqualByComparingTo("7000000.00");
        assertThat(rows.summary(OVERSEER, 12)).isEqualTo(after.summary());
        assertThat(rows.summary(access("jinchen", Role.STREET_EDITOR), 12).projects()).as("a street sees itself only")
                .isEqualTo(2);
    }

    @Test
    void aProjectMovedToAnotherYearLeavesThePagesAndTheSummaryAlreadyAnswered() {
        assertThat(page(OVERSEER, OverviewFilter.NONE, "street", 12).total()).isEqualTo(4);

        rows.forget(row("T-002", "tuodong", "安居小区", 1, 1, EvaluationStatus.DRAFT, null, null, null, null, null, null));

        assertThat(page(OVERSEER, OverviewFilter.NONE, "street", 12).rows()).extracting(OverviewRow::projectCode)
                .containsExactly("J-001", "J-002", "T-001");
        assertThat(rows.summary(OVERSEER, 12).projects()).isEqualTo(3);
    }

    @Test
    void callersOfTheSameScopeShareWhatWasComputedAndOtherScopesNever() {
        TenantAccess anotherOverseer = new TenantAccess("o2", "o2", DISTRICT, null, Set.of(Role.DISTRICT_OVERSEER));
        TenantAccess jinchen = access("jinchen", Role.STREET_EDITOR);
        TenantAccess tuodong = access("tuodong", Role.STREET_EDITOR);

        assertThat(page(OVERSEER, OverviewFilter.NONE, "street", 12).total()).isEqualTo(4);
        assertThat(page(jinchen, OverviewFilter.NONE, "street", 12).rows()).extracting(OverviewRow::projectCode)
                .containsExactly("J-001", "J-002");
        assertThat(page(tuodong, OverviewFilter.NONE, "street", 12).rows()).extracting(OverviewRow::projectCode)
                .as("asked with the same filter and order right after jinchen").containsExactly("T-001", "T-002");
        assertThat(page(anotherOverseer, OverviewFilter.NONE, "street", 12).total()).isEqualTo(4);
        assertThat(page(access(null), OverviewFilter.NONE, "street", 12).total()).as("a district user who oversees nothing")
                .isZero();
    }

    @Test
    void theLightsAreThoseOfTheRequestedMonth() {
        OverviewPage june = page(OVERSEER, filter(null, null, null, "RED", null, null, null), "projectCode", 6);

        assertThat(june.rows()).extracting(OverviewRow::projectCode).as("nothing spent by June; 25 of 100 at half-year")
                .containsExactly("J-001", "J-002");
        assertThat(june.summary().lightCounts()).extracting(OverviewSummary.LightCount::projects).containsExactly(2L, 0L, 1L, 1L);
    }

    @Test
    void filtersCombineAndTheValuesOfOneFilterAreAlternatives() {
        assertThat(codes(filter(null, "SUBMITTED,UNDER_REVIEW", null, null, null, null, null))).containsExactly("J-001", "J-002");
        assertThat(codes(filter("tuodong", null, null, null, null, null, null))).containsExactly("T-001", "T-002");
        assertThat(codes(filter(null, null, "良", null, null, null, null))).as("the review grade counts")
                .containsExactly("J-002", "T-001");
        assertThat(codes(filter(null, null, "优,未评分", null, null, null, null))).containsExactly("J-001", "T-002");
        assertThat(codes(filter(null, null, null, "RED,NONE", null, null, null))).containsExactly("J-002", "T-002");
        assertThat(codes(filter("jinchen", "DRAFT", null, null, null, null, null))).isEmpty();
    }

    @Test
    void theScoreRangeIsOnTheGradeDecidingScoreAndLeavesOutProjectsWithoutOne() {
        assertThat(codes(filter(null, null, null, null, "85", null, null))).containsExactly("J-001", "J-002", "T-001");
        assertThat(codes(filter(null, null, null, null, "85", "86", null))).as("85 reviewed, though self-scored 70")
                .containsExactly("J-002");
        assertThat(codes(filter(null, null, null, null, null, "70", null))).isEmpty();
    }

    @Test
    void theSearchFindsAPartOfTheNameOrTheCodeInAnyCase() {
        assertThat(codes(filter(null, null, null, null, null, null, "整治"))).containsExactly("J-001");
        assertThat(codes(filter(null, null, null, null, null, null, " t-00 "))).containsExactly("T-001", "T-002");
    }

    @Test
    void emptyValuesSortLowestAndTiesKeepStreetAndCodeOrder() {
        assertThat(sorted("grade,desc")).containsExactly("J-001", "J-002", "T-001", "T-002");
        assertThat(sorted("grade")).containsExactly("T-002", "J-002", "T-001", "J-001");
        assertThat(sorted("reviewScore,desc")).containsExactly("J-002", "J-001", "T-001", "T-002");
        assertThat(sorted("executed")).containsExactly("T-002", "J-002", "J-001", "T-001");
        assertThat(sorted("light")).as("none, 25%, 80%, 100%").containsExactly("T-002", "J-002", "T-001", "J-001");
        assertThat(sorted("status,desc")).containsExactly("J-002", "J-001", "T-001", "T-002");
        assertThat(sorted("score,desc")).containsExactly("J-001", "T-001", "J-002", "T-002");
        assertThat(sorted("rate,desc")).containsExactly("J-001", "T-001", "J-002", "T-002");
    }

    @Test
    void projectNamesSortInPinyinOrder() {
        assertThat(sorted("projectName")).as("安 an, 白 bai, 城 cheng, 道 dao").containsExactly("T-002", "J-002", "T-001", "J-001");
    }

    @Test
    void aPageIsASliceOfTheMatchingRowsAndThePagerCountsThemAll() {
        OverviewPage second = rows.page(OVERSEER, OverviewFilter.NONE, OverviewSort.parse("projectCode"), 1, 3, 12);
        OverviewPage beyond = rows.page(OVERSEER, OverviewFilter.NONE, OverviewSort.parse("projectCode"), 5, 3, 12);

        assertThat(second.rows()).extracting(OverviewRow::projectCode).containsExactly("T-002");
        assertThat(second.total()).isEqualTo(4);
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(4);
    }

    @Test
    void aStreetUserSeesTheirStreetsRowsAndTotalsOnly() {
        OverviewPage tuodong = page(access("tuodong", Role.STREET_EDITOR), OverviewFilter.NONE, "street", 12);
        OverviewPage asksForJinchen = page(access("tuodong", Role.STREET_EDITOR),
                filter("jinchen", null, null, null, null, null, null), "street", 12);

        assertThat(tuodong.rows()).extracting(OverviewRow::projectCode).containsExactly("T-001", "T-002");
        assertThat(tuodong.summary().projects()).isEqualTo(2);
        assertThat(tuodong.summary().budget().amount()).isEqualByComparingTo("3000000.00");
        assertThat(asksForJinchen.rows()).isEmpty();
        assertThat(asksForJinchen.summary().projects()).isEqualTo(2);
    }

    @Test
    void theAuditorSeesTheDistrictAndOthersNothing() {
        assertThat(page(access(null, Role.AUDITOR), OverviewFilter.NONE, "street", 12).total()).isEqualTo(4);
        assertThat(page(access(null), OverviewFilter.NONE, "street", 12).summary().projects()).isZero();
        TenantAccess otherDistrict = new TenantAccess("u", "u", "other", null, Set.of(Role.DISTRICT_OVERSEER));
        assertThat(page(otherDistrict, OverviewFilter.NONE, "street", 12).summary().projects()).isZero();
    }

    @Test
    void aLaterRoundReplacesTheEarlierAndAnOlderRoundNever() {
        rows.apply(row("J-001", "jinchen", "道路整治", 2, 0, EvaluationStatus.DRAFT, "1000000.00", "1000000.00",
                "96.5", Grade.优, null, null));
        rows.apply(row("J-001", "jinchen", "道路整治（第一轮）", 1, 7, EvaluationStatus.FINALIZED, "1000000.00",
                "1000000.00", "95", Grade.优, null, null));

        assertThat(page(OVERSEER, filter(null, null, null, null, null, null, "J-001"), "street", 12).rows())
                .extracting(OverviewRow::round, OverviewRow::projectName, OverviewRow::selfScore)
                .containsExactly(tuple(2, "道路整治", new BigDecimal("96.5")));
    }

    @Test
    void ofTwoWritesOfARoundTheHigherVersionStays() {
        rows.apply(row("T-002", "tuodong", "安居小区", 1, 3, EvaluationStatus.DRAFT, "500000.00", null, null, null, null, null));
        rows.apply(row("T-002", "tuodong", "安居小区（旧）", 1, 2, EvaluationStatus.DRAFT, null, null, null, null, null, null));

        assertThat(page(OVERSEER, filter(null, null, null, null, null, null, "T-002"), "street", 12).rows())
                .extracting(OverviewRow::projectName, row -> row.budget().amount().toPlainString())
                .containsExactly(tuple("安居小区", "500000.00"));
    }

    private List<String> codes(OverviewFilter filter) {
        return page(OVERSEER, filter, "projectCode", 12).rows().stream().map(OverviewRow::projectCode).toList();
    }

    private List<String> sorted(String sort) {
        return page(OVERSEER, OverviewFilter.NONE, sort, 12).rows().stream().map(OverviewRow::projectCode).toList();
    }

    private OverviewPage page(TenantAccess access, OverviewFilter filter, String sort, int month) {
        return rows.page(access, filter, OverviewSort.parse(sort), 0, 50, month);
    }

    private static OverviewFilter filter(String street, String status, String grade, String light, String min, String max,
                                         String q) {
        return OverviewFilter.parse(street, status, grade, light, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), q);
    }

    private static TenantAccess access(String street, Role... roles) {
        return new TenantAccess("u", "u", DISTRICT, street, Set.of(roles));
    }

    private static MonthTotal month(int month, String amount) {
        return new MonthTotal(month, Yuan.parse(amount));
    }

    private static BoardRow row(String code, String street, String name, int round, long version, EvaluationStatus status,
                                String budget, String executed, String selfScore, Grade selfGrade, String reviewScore,
                                Grade reviewGrade, MonthTotal... spent) {
        Yuan budgetYuan = budget == null ? null : Yuan.parse(budget);
        Yuan executedYuan = executed == null ? null : Yuan.parse(executed);
        return new BoardRow("e-" + code + "-" + round, "p-" + code, DISTRICT, street, 2023, code, name, round, version,
                status, budgetYuan, executedYuan, OverviewRow.rate(budgetYuan, executedYuan),
                selfScore == null ? null : new BigDecimal(selfScore), selfGrade,
                reviewScore == null ? null : new BigDecimal(reviewScore), reviewGrade, List.of(spent));
    }
}
