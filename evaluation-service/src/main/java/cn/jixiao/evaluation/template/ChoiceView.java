package cn.jixiao.evaluation.template;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "本区选定的模板版本 / the template version the district scores with")
record ChoiceView(
        @Schema(description = "区 / district") String districtId,
        @Schema(description = "生效的模板版本 / the version in force") TemplateRef chosen,
        @Schema(description = "该年度自己的选定所属年度；空为本区默认选定 / the year whose own choice this is; empty for the "
                + "district's default") Integer year,
        @Schema(description = "尚未选定，使用全国通用模板 / nothing chosen: the national default applies") boolean nationalDefault,
        @Schema(description = "第几次选定（含各年度） / how many times the district has chosen, years included") long revision,
        @Schema(description = "选定时间 / when") Instant chosenAt,
        @Schema(description = "选定人 / by whom") String chosenBy,
        @Schema(description = "各预算年度自己的选定，按年度排列 / the years' own choices, by year") List<YearChoice> years) {

    /** The default, as the choice was answered before choices by year existed, with the years' choices listed. */
    static ChoiceView of(TemplateChoice choice) {
        if (choice.chosen() == null) {
            return new ChoiceView(choice.districtId(), ShippedTemplates.national().ref(), null, true, choice.revision(),
                    null, null, choice.years());
        }
        return new ChoiceView(choice.districtId(), choice.chosen(), null, false, choice.revision(), choice.chosenAt(),
                choice.chosenBy(), choice.years());
    }

    /** The choice in force for a year: the year's own, else the default. */
    static ChoiceView of(TemplateChoice choice, int year) {
        return choice.ofYear(year)
                .map(own -> new ChoiceView(choice.districtId(), own.chosen(), own.year(), false, choice.revision(),
                        own.chosenAt(), own.chosenBy(), choice.years()))
                .orElseGet(() -> of(choice));
    }

    static ChoiceView nationalDefault(String districtId) {
        return of(TemplateChoice.none(districtId));
    }
}
