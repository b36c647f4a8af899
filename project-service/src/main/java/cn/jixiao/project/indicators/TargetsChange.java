package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.jixiao.contracts.project.IndicatorDimension;

/**
 * One line of a 目标调整: an indicator added, removed, or changed in what the district approved (its name, 年度指标值,
 * 分值, direction or 不适用 mark). Lines are the same line when they keep their id; actuals are not targets and are
 * never a change here.
 *
 * @param kind         added, removed or changed
 * @param indicatorId  the line's id (the one before for a removed line)
 * @param indicator    its name after the change (before, for a removed line)
 * @param dimension    its 二级指标 after the change (before, for a removed line)
 * @param fields       what changed on a changed line, in the form's column order: {@code name}, {@code dimension},
 *                     {@code target}, {@code direction}, {@code weight}, {@code notApplicable}; empty for an added or
 *                     removed line
 * @param nameBefore   the name before, if it changed
 * @param targetBefore 年度指标值 as written before; {@code null} for an added line or a blank target
 * @param targetAfter  年度指标值 as written after; {@code null} for a removed line or a blank target
 * @param weightBefore 分值 before; {@code null} for an added line or a blank weight
 * @param weightAfter  分值 after; {@code null} for a removed line or a blank weight
 */
public record TargetsChange(Kind kind, String indicatorId, String indicator, IndicatorDimension dimension,
                            List<String> fields, String nameBefore, String targetBefore, String targetAfter,
                            BigDecimal weightBefore, BigDecimal weightAfter) {

    public enum Kind {
        ADDED("新增"),
        REMOVED("删除"),
        CHANGED("修改");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TargetsChange {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /**
     * What an adjustment changes, from the tree in force to the proposed one: the changed and removed lines in the
     * order of the tree in force, then the added ones in the proposed order. An empty list: nothing to adjust.
     */
    public static List<TargetsChange> between(List<Indicator> inForce, List<Indicator> proposed) {
        Map<String, Indicator> after = new LinkedHashMap<>();
        proposed.forEach(line -> after.put(line.id(), line));
        List<TargetsChange> changes = new ArrayList<>();
        for (Indicator before : inForce) {
            Indicator now = after.remove(before.id());
            if (now == null) {
                changes.add(new TargetsChange(Kind.REMOVED, before.id(), before.name(), before.dimension(), List.of(),
                        null, text(before), null, before.weight(), null));
                continue;
            }
            List<String> fields = changedFields(before, now);
            if (!fields.isEmpty()) {
                changes.add(new TargetsChange(Kind.CHANGED, now.id(), now.name(), now.dimension(), fields,
                        fields.contains("name") ? before.name() : null, text(before), text(now), before.weight(),
                        now.weight()));
            }
        }
        after.values().forEach(added -> changes.add(new TargetsChange(Kind.ADDED, added.id(), added.name(),
                added.dimension(), List.of(), null, null, text(added), null, added.weight())));
        return changes;
    }

    private static List<String> changedFields(Indicator before, Indicator after) {
        List<String> fields = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            fields.add("name");
        }
        if (before.dimension() != after.dimension()) {
            fields.add("dimension");
        }
        if (!Objects.equals(text(before), text(after))) {
            fields.add("target");
        }
        if (before.direction() != after.direction()) {
            fields.add("direction");
        }
        if (!sameWeight(before.weight(), after.weight())) {
            fields.add("weight");
        }
        if (before.markedNotApplicable() != after.markedNotApplicable()) {
            fields.add("notApplicable");
        }
        return fields;
    }

    /** 20 and 20.00 are the same 分值. */
    private static boolean sameWeight(BigDecimal before, BigDecimal after) {
        return before == null ? after == null : after != null && before.compareTo(after) == 0;
    }

    private static String text(Indicator line) {
        return line.target() == null ? null : line.target().text();
    }
}
