package cn.jixiao.report.rendering.docx;

/** The Chinese type sizes (字号) the report uses, in points. */
enum Size {

    /** 二号: the title. */
    ER_HAO(22),
    /** 三号: body text and headings. */
    SAN_HAO(16),
    /** 四号: the page number. */
    SI_HAO(14),
    /** 五号: table text, so the eight columns of the 自评表 fit the A4 width. */
    WU_HAO(10.5);

    private final double points;

    Size(double points) {
        this.points = points;
    }

    double points() {
        return points;
    }

    /** The width of one CJK character, which is what 「indent two characters」 means in twips. */
    int characterTwips() {
        return (int) Math.round(points * 20);
    }
}
