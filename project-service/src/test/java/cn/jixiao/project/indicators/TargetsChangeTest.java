package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.project.targets.SubmittableTrees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** What a 目标调整 changes, line by line, against Jinchen's approved tree. */
class TargetsChangeTest {

    private static final List<Indicator> IN_FORCE = IndicatorDefinition.checked(SubmittableTrees.jinchen());

    @Test
    void theSameTreeChangesNothing() {
        assertThat(TargetsChange.between(IN_FORCE, IndicatorDefinition.checked(SubmittableTrees.jinchen()))).isEmpty();
    }

    @Test
    void aTargetAndAWeightChangedOnTheSameLineAreOneChangeNamingBoth() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        IndicatorInput activities = lines.get(0);
        lines.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                "≥8次", IndicatorDirection.POSITIVE, new BigDecimal("15"), activities.dataSource()));

        List<TargetsChange> changes = TargetsChange.between(IN_FORCE, IndicatorDefinition.checked(lines));

        assertThat(changes).extracting(TargetsChange::kind, TargetsChange::indicatorId, TargetsChange::fields,
                        TargetsChange::targetBefore, TargetsChange::targetAfter)
                .containsExactly(tuple(TargetsChange.Kind.CHANGED, "jc-activities", List.of("target", "weight"),
                        "≥10次", "≥8次"));
        assertThat(changes.get(0).weightAfter()).isEqualByComparingTo("15");
        assertThat(changes.get(0).weightBefore()).isEqualByComparingTo(activities.weight());
    }

    @Test
    void twentyAndTwentyPointZeroZeroAreTheSameWeight() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        IndicatorInput activities = lines.get(0);
        lines.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), activities.name(),
                activities.target(), activities.direction(), activities.weight().setScale(2), activities.dataSource()));

        assertThat(TargetsChange.between(IN_FORCE, IndicatorDefinition.checked(lines))).isEmpty();
    }

    @Test
    void aRemovedLineAndAnAddedLineAreListedWithTheirTargetsAndWeights() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        IndicatorInput removed = lines.remove(1);
        lines.add(new IndicatorInput("jc-volunteers", IndicatorCategory.OUTPUT, IndicatorDimension.QUANTITY,
                "组织志愿服务人次", "≥200人次", IndicatorDirection.POSITIVE, removed.weight(), "志愿服务台账"));

        List<TargetsChange> changes = TargetsChange.between(IN_FORCE, IndicatorDefinition.checked(lines));

        assertThat(changes).extracting(TargetsChange::kind, TargetsChange::indicatorId, TargetsChange::indicator,
                        TargetsChange::targetBefore, TargetsChange::targetAfter)
                .containsExactly(
                        tuple(TargetsChange.Kind.REMOVED, removed.id(), removed.name(), removed.target(), null),
                        tuple(TargetsChange.Kind.ADDED, "jc-volunteers", "组织志愿服务人次", null, "≥200人次"));
        assertThat(changes.get(0).weightBefore()).isEqualByComparingTo(removed.weight());
        assertThat(changes.get(1).weightAfter()).isEqualByComparingTo(removed.weight());
        assertThat(TargetsChange.Kind.ADDED.label()).isEqualTo("新增");
    }

    @Test
    void aRenamedLineKeepsItsIdAndNamesTheOldName() {
        List<IndicatorInput> lines = new ArrayList<>(SubmittableTrees.jinchen());
        IndicatorInput activities = lines.get(0);
        lines.set(0, new IndicatorInput(activities.id(), activities.category(), activities.dimension(), "开展主题活动次数",
                activities.target(), activities.direction(), activities.weight(), activities.dataSource()));

        TargetsChange renamed = TargetsChange.between(IN_FORCE, IndicatorDefinition.checked(lines)).get(0);

        assertThat(renamed.fields()).containsExactly("name");
        assertThat(renamed.nameBefore()).isEqualTo(activities.name());
        assertThat(renamed.indicator()).isEqualTo("开展主题活动次数");
    }
}
