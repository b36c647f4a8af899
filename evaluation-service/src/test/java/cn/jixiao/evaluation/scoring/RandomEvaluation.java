package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.EvaluationTemplate;
import cn.jixiao.evaluation.template.ExecutionRateRule;
import cn.jixiao.evaluation.template.Part;
import cn.jixiao.evaluation.template.PartWeight;
import cn.jixiao.evaluation.template.QualitativeBand;
import cn.jixiao.evaluation.template.QualitativeGrade;
import cn.jixiao.evaluation.template.ReverseFormula;
import cn.jixiao.evaluation.template.ShippedTemplates;

/**
 * A valid template and a valid evaluation under it, generated from a seed so that a failing try can be replayed:
 * random part weights adding up to 100, either grade banding, either reverse formula, with or without rounding
 * and rescaling; one to four indicators per part of every kind (正向, 等于, 反向, range, 定性), targets of 0, units
 * of 个, %, 万元 (actuals sometimes in 元), unreported actuals, not-applicable marks, budgets of 0 and overspending.
 * All numbers are built from whole cents, never from floating point.
 */
final class RandomEvaluation {

    /** Which kind the first indicator (always an 产出 indicator) is forced to be, for the monotonicity properties. */
    enum Focus { ANY, POSITIVE, NEGATIVE }

    private static final String[] UNITS = {"个", "%", "万元", "次"};

    final EvaluationTemplate template;
    final ScoringInput input;

    private RandomEvaluation(EvaluationTemplate template, ScoringInput input) {
        this.template = template;
        this.input = input;
    }

    static RandomEvaluation generate(long seed, Focus focus) {
        Random random = new Random(seed);
        EvaluationTemplate template = template(random);
        List<IndicatorEntry> entries = new ArrayList<>();
        for (PartWeight part : template.parts()) {
            if (part.part() != Part.BUDGET_EXECUTION) {
                indicators(random, part, entries, entries.isEmpty() ? focus : Focus.ANY);
            }
        }
        if (entries.stream().allMatch(IndicatorEntry::notApplicable)) {
            entries.set(0, new IndicatorEntry(entries.get(0).indicator(), entries.get(0).actual(), null, false));
        }
        List<IndicatorEntry> judged = judgeQualitative(random, template, entries);
        return new RandomEvaluation(template, new ScoringInput(budget(random), judged));
    }

    /** The same evaluation with another actual for the first indicator, in its target's unit. */
    RandomEvaluation withFirstActual(BigDecimal value) {
        List<IndicatorEntry> entries = new ArrayList<>(input.indicators());
        IndicatorEntry first = entries.get(0);
        entries.set(0, new IndicatorEntry(first.indicator(),
                new ActualValue.Measured(value, first.indicator().target().unit()), first.deviationNote(), false));
        return new RandomEvaluation(template, new ScoringInput(input.budget(), entries));
    }

    BigDecimal firstTarget() {
        return input.indicators().get(0).indicator().target().value();
    }

    private static EvaluationTemplate template(Random random) {
        int executionCents = 100 + random.nextInt(2901);
        List<Part> indicatorParts = new ArrayList<>(List.of(Part.OUTPUT));
        for (Part optional : List.of(Part.EFFECT, Part.SATISFACTION, Part.COST)) {
            if (random.nextInt(10) < 6) {
                indicatorParts.add(optional);
            }
        }
        int[] cents = split(random, 10_000 - executionCents, indicatorParts.size());
        List<PartWeight> parts = new ArrayList<>(List.of(new PartWeight(Part.BUDGET_EXECUTION, fromCents(executionCents))));
        for (int i = 0; i < indicatorParts.size(); i++) {
            parts.add(new PartWeight(indicatorParts.get(i), fromCents(cents[i])));
        }
        return ShippedTemplates.national().nextVersion(draft -> draft
                .parts(parts.toArray(PartWeight[]::new))
                .gradeBands(random.nextBoolean() ? ShippedTemplates.national().gradeBands()
                        : ShippedTemplates.excellentFromEighty().gradeBands())
                .reverseFormula(random.nextBoolean() ? ReverseFormula.BAND : ReverseFormula.RATIO)
                .executionRate(new ExecutionRateRule(random.nextBoolean(), random.nextBoolean()))
                .rescaleNotApplicable(random.nextBoolean()));
    }

    private static void indicators(Random random, PartWeight part, List<IndicatorEntry> entries, Focus focus) {
        int partCents = part.weight().movePointRight(2).intValueExact();
        int count = Math.min(1 + random.nextInt(4), partCents);
        int[] cents = split(random, partCents, count);
        List<IndicatorDimension> dimensions = Arrays.stream(IndicatorDimension.values())
                .filter(dimension -> dimension.category() == part.part().category())
                .toList();
        for (int i = 0; i < count; i++) {
            String id = part.part().name() + "-" + i;
            IndicatorDimension dimension = dimensions.get(random.nextInt(dimensions.size()));
            Focus kind = i == 0 ? focus : Focus.ANY;
            entries.add(entry(random, id, dimension, fromCents(cents[i]), kind));
        }
    }

    private static IndicatorEntry entry(Random random, String id, IndicatorDimension dimension, BigDecimal weight,
                                        Focus focus) {
        int kind = switch (focus) {
            case POSITIVE -> 0;
            case NEGATIVE -> 2;
            case ANY -> random.nextInt(5);
        };
        boolean notApplicable = focus == Focus.ANY && random.nextInt(10) == 0;
        String note = random.nextBoolean() ? "偏差原因及改进措施" : null;
        if (kind == 4) {
            Indicator indicator = new Indicator(id, dimension, "定性" + id, new Target("按时完成", null, null, null, null),
                    IndicatorDirection.QUALITATIVE, weight, null);
            // The grade and points are chosen once the weight it is scored against is known.
            return new IndicatorEntry(indicator, null, note, notApplicable);
        }
        String unit = UNITS[random.nextInt(UNITS.length)];
        BigDecimal value = random.nextInt(10) == 0 ? BigDecimal.ZERO : cents(random, 100_000);
        Target target = switch (kind) {
            case 0 -> new Target("≥" + value + unit, "GE", value, null, unit);
            case 1 -> new Target("=" + value + unit, "EQ", value, null, unit);
            case 2 -> new Target("≤" + value + unit, "LE", value, null, unit);
            default -> {
                BigDecimal upper = value.add(cents(random, 50_000));
                yield new Target(value + "–" + upper + unit, "RANGE", value, upper, unit);
            }
        };
        IndicatorDirection direction = switch (kind) {
            case 0, 3 -> IndicatorDirection.POSITIVE;
            case 1 -> IndicatorDirection.EQUAL;
            default -> IndicatorDirection.NEGATIVE;
        };
        Indicator indicator = new Indicator(id, dimension, "定量" + id, target, direction, weight, null);
        boolean forced = focus != Focus.ANY;
        return new IndicatorEntry(indicator, forced || random.nextInt(20) > 0 ? actual(random, target) : null, note,
                notApplicable);
    }

    private static ActualValue actual(Random random, Target target) {
        BigDecimal ceiling = target.value().multiply(BigDecimal.valueOf(3)).add(BigDecimal.TEN);
        BigDecimal value = cents(random, ceiling.movePointRight(2).intValueExact());
        if (random.nextInt(30) == 0) {
            value = value.negate();
        }
        if ("万元".equals(target.unit()) && random.nextBoolean()) {
            return new ActualValue.Measured(value.movePointRight(4), "元");
        }
        return new ActualValue.Measured(value, random.nextInt(5) == 0 ? null : target.unit());
    }

    /** Picks a grade and whole-cent points inside its band of the weight the indicator will be scored against. */
    private static List<IndicatorEntry> judgeQualitative(Random random, EvaluationTemplate template,
                                                         List<IndicatorEntry> entries) {
        Map<String, BigDecimal> weights = WeightRescaling.scaledWeights(template, entries);
        List<IndicatorEntry> judged = new ArrayList<>();
        for (IndicatorEntry entry : entries) {
            if (entry.indicator().direction() != IndicatorDirection.QUALITATIVE || random.nextInt(20) == 0) {
                judged.add(entry);
                continue;
            }
            BigDecimal weight = weights.get(entry.indicator().id());
            QualitativeGrade grade = QualitativeGrade.values()[random.nextInt(3)];
            QualitativeBand band = template.qualitativeBands().bandOf(grade);
            BigDecimal low = weight.multiply(band.fromPercent()).divide(Figures.HUNDRED, 2, RoundingMode.CEILING);
            BigDecimal highExact = weight.multiply(band.toPercent()).divide(Figures.HUNDRED);
            BigDecimal high = highExact.setScale(2, RoundingMode.FLOOR);
            if (!band.includesTop() && high.compareTo(highExact) == 0) {
                high = high.subtract(new BigDecimal("0.01"));
            }
            ActualValue.Judged judgement = low.compareTo(high) > 0
                    ? new ActualValue.Judged(QualitativeGrade.ACHIEVED, weight)
                    : new ActualValue.Judged(grade, low.add(cents(random, high.subtract(low).movePointRight(2).intValueExact())));
            judged.add(new IndicatorEntry(entry.indicator(), judgement, entry.deviationNote(), entry.notApplicable()));
        }
        return judged;
    }

    private static BudgetExecution budget(Random random) {
        if (random.nextInt(10) == 0) {
            return new BudgetExecution(Yuan.ZERO, Yuan.ZERO, null);
        }
        long budgetCents = 1 + (random.nextLong() & Long.MAX_VALUE) % 10_000_000_000L;
        long executedCents = (random.nextLong() & Long.MAX_VALUE) % (budgetCents + budgetCents / 2 + 1);
        if (random.nextInt(30) == 0) {
            executedCents = -executedCents / 10;
        }
        return new BudgetExecution(new Yuan(BigDecimal.valueOf(budgetCents, 2)), new Yuan(BigDecimal.valueOf(executedCents, 2)),
                random.nextBoolean() ? "执行率说明" : null);
    }

    /** Splits whole cents into {@code parts} positive pieces. */
    private static int[] split(Random random, int total, int parts) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + random.nextInt(total - 1));
        }
        int[] pieces = new int[parts];
        int previous = 0;
        int i = 0;
        for (int cut : cuts) {
            pieces[i++] = cut - previous;
            previous = cut;
        }
        pieces[i] = total - previous;
        return pieces;
    }

    /** A random amount from 0.00 to {@code maxCents} hundredths. */
    static BigDecimal cents(Random random, int maxCents) {
        return BigDecimal.valueOf(random.nextInt(maxCents + 1), 2);
    }

    private static BigDecimal fromCents(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public String toString() {
        return template.ref() + " " + input;
    }
}
