package cn.jixiao.problems;

/**
 * A text shown to people in Chinese first and English second. Civil servants read the Chinese;
 * the English keeps the same message usable for developers and integrators.
 */
public record Bilingual(String zh, String en) {

    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** The form used in problem+json {@code title} and {@code detail}: {@code 中文 / English}. */
    public String combined() {
        return zh + " / " + en;
    }
}
