package cn.jixiao.project.project;

/** Where a project stands. */
public enum ProjectStatus {
    /** 已登记: registered, details still being entered. */
    REGISTERED,
    /** 实施中: being carried out. */
    IN_PROGRESS,
    /** 已完成: carried out; ready for the year-end self-evaluation. */
    COMPLETED
}
