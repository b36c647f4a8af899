package cn.jixiao.project.review;

/**
 * What a review's refusals are about, as they name it: 绩效目标, 绩效监控表, 整改事项, 目标调整.
 *
 * @param zh           the subject in Chinese: 绩效监控表
 * @param en           the subject as an object in English: "the monitoring form", "a rectification item"
 * @param enDefinite   as a sentence's subject: "The monitoring form"
 * @param plural       "The targets are …; they …" rather than "… is …; it …"
 * @param commentSays  what a comment required by a step must say, in Chinese: 需要修改的内容
 * @param commentSaysEn the same in English: "what to change"
 */
public record Subject(String zh, String en, String enDefinite, boolean plural, String commentSays,
                      String commentSaysEn) {
}
