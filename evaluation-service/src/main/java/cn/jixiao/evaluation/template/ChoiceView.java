package cn.jixiao.evaluation.template;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "本区选定的模板版本 / the template version the district scores with")
record ChoiceView(
        @Schema(description = "区 / district") String districtId,
        @Schema(description = "选定的模板版本 / the chosen version") TemplateRef chosen,
        @Schema(description = "尚未选定，使用全国通用模板 / nothing chosen yet: the national default applies") boolean nationalDefault,
        @Schema(description = "第几次选定 / how many times the district has chosen") long revision,
        @Schema(description = "选定时间 / when") Instant chosenAt,
        @Schema(description = "选定人 / by whom") String chosenBy) {

    static ChoiceView of(TemplateChoice choice) {
        return new ChoiceView(choice.districtId(), choice.chosen(), false, choice.revision(), choice.chosenAt(),
                choice.chosenBy());
    }

    static ChoiceView nationalDefault(String districtId) {
        return new ChoiceView(districtId, ShippedTemplates.national().ref(), true, 0, null, null);
    }
}
