package cn.jixiao.evaluation.template;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A template as the district's list shows it: the template itself, marked when the district has archived it
 * (listed only on request, never offered in a picker).
 */
@Schema(description = "模板及其是否已归档 / a template, marked when the district has archived it")
record TemplateListing(
        @JsonUnwrapped EvaluationTemplate template,
        @Schema(description = "本区已归档，不再可选 / archived by the district: no longer offered or choosable") boolean archived) {
}
