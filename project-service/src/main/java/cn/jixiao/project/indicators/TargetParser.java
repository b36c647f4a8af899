package cn.jixiao.project.indicators;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.jixiao.problems.Bilingual;

/**
 * Reads targets (年度指标值) and actual values (实际完成值) as street officers write them on the form.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Full-width and compatibility characters are folded first (NFKC): ％ → %, ＞ → &gt;, ＝ → =, ～ → ~,
 *       full-width digits → 0–9, ㎡ → m2. Spaces anywhere are ignored. 百分比 is read as %.</li>
 *   <li>A quantitative target is {@code [comparator] number [unit] [以上|及以上|以下|及以下|以内]} or a range
 *       {@code number [unit] (- ~ 〜 — – 至 到) number [unit]}. Comparators: ≥ ≧ ⩾ &gt;= =&gt; 大于等于 不低于 不少于
 *       不小于 至少 (GE); ≤ ≦ ⩽ &lt;= =&lt; 小于等于 不高于 不超过 不多于 不大于 至多 (LE); = == 等于 (EQ).
 *       以上 reads as GE, 以下 and 以内 as LE; written together with a prefix they must agree.</li>
 *   <li>A bare number ("100%", "1个") has no comparator of its own: it takes the one its direction scores by
 *       (正向 → ≥, 反向 → ≤, 等于 → =), see {@link TargetReading#comparator}.</li>
 *   <li>Strict comparisons (&gt; &lt; 大于 小于 …) are refused: the scoring rules and the form's 指标性质 column only
 *       know ≥, ≤ and =, and silently reading "&gt;90%" as "≥90%" would change what the street committed to.</li>
 *   <li>Numbers are not negative, have at most {@value #MAX_DECIMALS} decimals and may group thousands with
 *       commas ("2,026,000元"). A range's lower bound is below its upper bound; if both sides carry a unit
 *       it is the same one. The unit is one of {@link #UNITS} (longest match, so 个月 is not 个).</li>
 *   <li>Anything else that reads as words is a qualitative target ("按时完成", "有效提升", "2023年12月底前完成").
 *       Refused as nonsense: blank text; text starting with a comparator but not followed by a number and unit;
 *       a comparator in the middle of words ("满意度≥90%"); text without any Chinese word that is not a
 *       number ("abc", "95%%"); a number followed by stray symbols ("1.2.3个").</li>
 *   <li>An actual value is a plain number with an optional unit ("98%", "12个") or, for a qualitative indicator,
 *       a statement ("已完成", "按时完成"); an actual with a comparator or a range is refused, since it must say
 *       what was achieved.</li>
 * </ol>
 * Plain Java on purpose: the same rules are unit-tested directly and reused by the XLSX import.
 */
public final class TargetParser {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_DECIMALS = 4;

    /** The units accepted after a number. Extend here when streets use another one. */
    public static final List<String> UNITS = List.of(
            "%", "个百分点", "个", "次", "场", "场次", "人次", "万人次", "人", "名", "户", "家", "处", "所", "座", "栋",
            "间", "个月", "月", "天", "日", "周", "年", "小时", "万元", "元", "亿元", "平方米", "平方公里", "m2", "米",
            "公里", "千米", "亩", "项", "件", "份", "篇", "期", "批", "套", "台", "辆", "块", "条", "株", "棵", "吨", "册",
            "本", "分", "起", "例", "门", "类", "张", "幅", "部", "个点位", "百分比");

    /** Folded spellings and synonyms shown in their usual form (％ is folded to % before). */
    private static final Map<String, String> UNIT_SPELLINGS = Map.of("m2", "平方米", "百分比", "%");

    private static final Map<String, TargetComparator> PREFIXES = Map.ofEntries(
            Map.entry("≥", TargetComparator.GE), Map.entry("≧", TargetComparator.GE), Map.entry("⩾", TargetComparator.GE),
            Map.entry(">=", TargetComparator.GE), Map.entry("=>", TargetComparator.GE),
            Map.entry("大于等于", TargetComparator.GE), Map.entry("大于或等于", TargetComparator.GE),
            Map.entry("不低于", TargetComparator.GE), Map.entry("不少于", TargetComparator.GE),
            Map.entry("不小于", TargetComparator.GE), Map.entry("至少", TargetComparator.GE),
            Map.entry("≤", TargetComparator.LE), Map.entry("≦", TargetComparator.LE), Map.entry("⩽", TargetComparator.LE),
            Map.entry("<=", TargetComparator.LE), Map.entry("=<", TargetComparator.LE),
            Map.entry("小于等于", TargetComparator.LE), Map.entry("小于或等于", TargetComparator.LE),
            Map.entry("不高于", TargetComparator.LE), Map.entry("不超过", TargetComparator.LE),
            Map.entry("不多于", TargetComparator.LE), Map.entry("不大于", TargetComparator.LE),
            Map.entry("至多", TargetComparator.LE),
            Map.entry("=", TargetComparator.EQ), Map.entry("==", TargetComparator.EQ), Map.entry("等于", TargetComparator.EQ));

    private static final Map<String, TargetComparator> SUFFIXES = Map.of(
            "以上", TargetComparator.GE, "及以上", TargetComparator.GE,
            "以下", TargetComparator.LE, "及以下", TargetComparator.LE, "以内", TargetComparator.LE);

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
    private static final String UNIT = "(" + alternation(UNITS) + ")?";
    private static final Pattern SINGLE = Pattern.compile(
            "(" + alternation(PREFIXES.keySet()) + ")?" + NUMBER + UNIT + "(" + alternation(SUFFIXES.keySet()) + ")?");
    private static final Pattern RANGE = Pattern.compile(NUMBER + UNIT + "(?:-|~|〜|—|–|至|到)" + NUMBER + UNIT);
    private static final Pattern STRICT = Pattern.compile("(>|<|大于|小于|高于|低于|超过|多于|少于)\\d.*");
    private static final Pattern STARTS_WITH_COMPARISON = Pattern.compile("(" + alternation(PREFIXES.keySet()) + ").*");
    private static final Pattern COMPARISON_SYMBOL = Pattern.compile(".*[≥≧⩾≤≦⩽<>=].*");
    private static final Pattern HAN = Pattern.compile(".*\\p{IsHan}.*");
    private static final Pattern LEADING_NUMBER_THEN_SYMBOL = Pattern.compile("\\d++(?:\\.\\d++)?+[^\\p{IsHan}].*");

    private TargetParser() {
    }

    /** Whether a cell is printed "/" (or "／"): the line does not apply (不适用). */
    public static boolean isNotApplicable(String written) {
        return written != null && "/".equals(fold(written));
    }

    /** Whether a cell is left blank. */
    public static boolean isBlank(String written) {
        return written == null || written.isBlank();
    }

    /** Reads a target. */
    public static TargetReading parseTarget(String written) {
        String text = present(written, Bilingual.of("年度指标值不能为空", "The target must not be empty"));
        String s = fold(text);
        Matcher single = SINGLE.matcher(s);
        if (single.matches()) {
            TargetComparator prefix = single.group(1) == null ? null : PREFIXES.get(single.group(1));
            TargetComparator suffix = single.group(5) == null ? null : SUFFIXES.get(single.group(5));
            if (prefix != null && suffix != null && prefix != suffix) {
                throw new UnreadableValue(Bilingual.of(
                        "“" + text + "”前后的比较方式相互矛盾（" + prefix.symbol() + " 与 " + single.group(5) + "）",
                        "\"" + text + "\" compares both ways at once (" + prefix.symbol() + " and " + single.group(5) + ")"));
            }
            return new TargetReading(text, prefix != null ? prefix : suffix, number(single.group(2), single.group(3), text),
                    null, unit(single.group(4)));
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            return range(text, range);
        }
        refuseNonsense(text, s, Bilingual.of("年度指标值", "target"));
        return TargetReading.qualitative(text);
    }

    /** Reads an actual value: a number with an optional unit, or a statement for a qualitative indicator. */
    public static ActualReading parseActual(String written) {
        String text = present(written, Bilingual.of("实际完成值不能为空", "The actual value must not be empty"));
        String s = fold(text);
        Matcher single = SINGLE.matcher(s);
        if (single.matches() && single.group(1) == null && single.group(5) == null) {
            return new ActualReading(text, number(single.group(2), single.group(3), text), unit(single.group(4)));
        }
        if (single.matches() || RANGE.matcher(s).matches() || STRICT.matcher(s).matches()) {
            throw new UnreadableValue(Bilingual.of(
                    "实际完成值“" + text + "”应为实际达到的具体数值（不带比较符号或区间），如 98%",
                    "The actual value \"" + text + "\" must state what was achieved, without a comparison or range, e.g. 98%"));
        }
        refuseNonsense(text, s, Bilingual.of("实际完成值", "actual value"));
        return new ActualReading(text, null, null);
    }

    private static TargetReading range(String text, Matcher range) {
        BigDecimal lower = number(range.group(1), range.group(2), text);
        BigDecimal upper = number(range.group(4), range.group(5), text);
        String lowerUnit = unit(range.group(3));
        String upperUnit = unit(range.group(6));
        if (lowerUnit != null && upperUnit != null && !lowerUnit.equals(upperUnit)) {
            throw new UnreadableValue(Bilingual.of(
                    "区间“" + text + "”两端的单位不同（" + lowerUnit + "、" + upperUnit + "）",
                    "The range \"" + text + "\" has different units at its ends (" + lowerUnit + ", " + upperUnit + ")"));
        }
        if (lower.compareTo(upper) >= 0) {
            throw new UnreadableValue(Bilingual.of(
                    "区间“" + text + "”的下限应小于上限",
                    "The range \"" + text + "\" must start below where it ends"));
        }
        return new TargetReading(text, TargetComparator.RANGE, lower, upper, lowerUnit != null ? lowerUnit : upperUnit);
    }

    private static void refuseNonsense(String text, String s, Bilingual what) {
        if (STRICT.matcher(s).matches()) {
            throw new UnreadableValue(Bilingual.of(
                    what.zh() + "“" + text + "”使用了严格大于或小于；评分只区分 ≥、≤、=，请改写，如 ≥90%",
                    "The " + what.en() + " \"" + text + "\" uses a strict comparison; scoring knows only ≥, ≤ and =, "
                            + "rewrite it, e.g. ≥90%"));
        }
        if (STARTS_WITH_COMPARISON.matcher(s).matches()) {
            throw new UnreadableValue(Bilingual.of(
                    what.zh() + "“" + text + "”的比较符号之后应为数值和单位，如 ≥95%、≤10天",
                    "The " + what.en() + " \"" + text + "\" must continue with a number and a unit after its comparison, "
                            + "e.g. ≥95%, ≤10天"));
        }
        if (COMPARISON_SYMBOL.matcher(s).matches()) {
            throw new UnreadableValue(Bilingual.of(
                    what.zh() + "“" + text + "”只应写比较符号、数值和单位（如 ≥90%），或一句定性描述",
                    "The " + what.en() + " \"" + text + "\" holds only a comparison, a number and a unit (e.g. ≥90%), "
                            + "or a qualitative statement"));
        }
        if (!HAN.matcher(s).matches() || LEADING_NUMBER_THEN_SYMBOL.matcher(s).matches()) {
            throw new UnreadableValue(Bilingual.of(
                    "无法识别" + what.zh() + "“" + text + "”：应为数值加单位（如 95%、12个、≤202.6万元、90%-95%）或定性描述（如 按时完成）",
                    "The " + what.en() + " \"" + text + "\" cannot be read: write a number with its unit "
                            + "(95%, 12个, ≤202.6万元, 90%-95%) or a qualitative statement (按时完成)"));
        }
    }

    private static String present(String written, Bilingual whenBlank) {
        String text = written == null ? "" : written.strip();
        if (text.isEmpty()) {
            throw new UnreadableValue(whenBlank);
        }
        if (text.length() > MAX_LENGTH) {
            throw new UnreadableValue(Bilingual.of("内容过长（不超过 " + MAX_LENGTH + " 字）",
                    "Too long (at most " + MAX_LENGTH + " characters)"));
        }
        return text;
    }

    /** Full-width to half-width and compatibility forms folded (NFKC), all whitespace removed. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static BigDecimal number(String integer, String fraction, String text) {
        if (fraction != null && fraction.length() > MAX_DECIMALS) {
            throw new UnreadableValue(Bilingual.of(
                    "“" + text + "”的小数位数过多（最多 " + MAX_DECIMALS + " 位）",
                    "\"" + text + "\" has too many decimals (at most " + MAX_DECIMALS + ")"));
        }
        return new BigDecimal(integer.replace(",", "") + (fraction == null ? "" : "." + fraction));
    }

    private static String unit(String written) {
        return written == null ? null : UNIT_SPELLINGS.getOrDefault(written, written);
    }

    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
