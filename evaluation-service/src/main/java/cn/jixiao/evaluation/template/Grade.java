package cn.jixiao.evaluation.template;

/** 自评等级, best first. The score bands and the printed labels belong to the template ({@link GradeBands}). */
public enum Grade {
    优, 良, 中, 差
}
