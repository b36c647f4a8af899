package cn.jixiao.contracts.evaluation;

/**
 * A district chose the template version its projects' evaluations record from now on (an evaluation keeps the
 * version it recorded). Until a district has chosen, the platform's national default applies. No service consumes
 * it since project-service stopped checking weights against templates; it stays published for readers to come.
 *
 * @param districtId the district that chose
 * @param templateId the chosen template: a platform-wide one or the district's own copy
 * @param version    the chosen version; a later version of the same template applies only once chosen too
 * @param revision   1 for the district's first choice, one more for each later one; a reader keeps the highest
 */
public record TemplateChosen(String districtId, String templateId, int version, long revision) {
}
