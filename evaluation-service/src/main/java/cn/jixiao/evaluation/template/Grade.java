package cn.jixiao.evaluation.template;

/**
 * 自评等级, best first. The score bands and the printed labels (优 → 优秀) belong to the template ({@link GradeBands}).
 * <p>
 * The one style for enums with Chinese labels in this service is an English constant with a {@code label()} in
 * Chinese ({@link QualitativeGrade#ACHIEVED} → 达成年度指标, {@link Part}, {@code MonitoringLight}). This enum is the
 * deliberate exception: 优, 良, 中 and 差 are not labels of something else but the codes themselves, as the forms
 * print them and as every reader already receives them. The constant's name is what the API returns
 * ({@code "grade":"优"}), what {@code EvaluationScored} carries to report-service (the contract pins it), what the
 * stored evaluations, templates and the overview's aggregation hold and match on. English constants serialized as
 * these codes would need a converter in each of those places and a migration of the stored documents, to say the
 * same thing.
 */
public enum Grade {
    优, 良, 中, 差
}
