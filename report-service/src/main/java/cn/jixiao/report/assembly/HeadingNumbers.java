package cn.jixiao.report.assembly;

/** The numbering of Chinese official documents: 一、 for chapters, （一） for sections, 1. for items, （1） in text. */
public final class HeadingNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private HeadingNumbers() {
    }

    /** Level 1: 一、 二、 … 十一、 */
    public static String chapter(int n) {
        return chinese(n) + "、";
    }

    /** Level 2: （一） （二） … */
    public static String section(int n) {
        return "（" + chinese(n) + "）";
    }

    /** Level 3: 1. 2. … */
    public static String item(int n) {
        return n + ".";
    }

    /** A numbered paragraph such as a 年度目标: （1） （2） … */
    public static String enumerated(int n) {
        return "（" + n + "）";
    }

    /** 1 to 99 in Chinese numerals as headings write them: 十, 十一, 二十, 二十一. */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("Headings are numbered 1 to 99, not " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
