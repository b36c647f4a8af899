package cn.jixiao.report.rendering.docx;

/**
 * The four typefaces of a Chinese official document (GB/T 9704): 小标宋-style titles, 黑体 first-level
 * headings, 楷体 second-level headings and 仿宋 body text.
 *
 * <p>The names are the faces every Windows and WPS installation ships (SimSun, SimHei, KaiTi, FangSong); the
 * older 仿宋_GB2312 and 楷体_GB2312 exist only where those fonts were installed by hand, and Word silently
 * substitutes a missing face. LibreOffice maps these names through fontconfig to the installed CJK faces.
 */
enum Face {

    SONG("宋体"),
    HEI("黑体"),
    KAI("楷体"),
    FANGSONG("仿宋");

    private final String fontName;

    Face(String fontName) {
        this.fontName = fontName;
    }

    String fontName() {
        return fontName;
    }
}
