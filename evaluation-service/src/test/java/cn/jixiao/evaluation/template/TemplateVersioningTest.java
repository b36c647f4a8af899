package cn.jixiao.evaluation.template;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateVersioningTest {

    private final EvaluationTemplate national = ShippedTemplates.national();

    @Test
    void copyingForADistrictMakesVersionOneOfANewTemplateOwnedByTheDistrict() {
        EvaluationTemplate panlong = national.copyForDistrict("panlong", "盘龙区项目支出绩效自评模板");

        assertThat(panlong.id()).isNotEqualTo(national.id());
        assertThat(panlong.version()).isEqualTo(1);
        assertThat(panlong.name()).isEqualTo("盘龙区项目支出绩效自评模板");
        assertThat(panlong.ownerDistrictId()).isEqualTo("panlong");
        assertThat(panlong.basedOn()).isEqualTo(new TemplateRef("national-default", 1));
        assertThat(panlong.parts()).isEqualTo(national.parts());
        assertThat(panlong.gradeBands()).isEqualTo(national.gradeBands());
        assertThat(panlong.toPublishedEvent().ownerDistrictId()).isEqualTo("panlong");
    }

    @Test
    void twoCopiesOfTheSameTemplateAreDifferentTemplates() {
        assertThat(national.copyForDistrict("panlong", "甲").id())
                .isNotEqualTo(national.copyForDistrict("panlong", "乙").id());
    }

    @Test
    void changingADistrictCopyMakesItsNextVersionAndLeavesTheOriginalAndThePreviousVersionUnchanged() {
        EvaluationTemplate copy = national.copyForDistrict("panlong", "盘龙区模板");

        EvaluationTemplate changed = copy.nextVersion(draft -> draft
                .reverseFormula(ReverseFormula.RATIO)
                .rescaleNotApplicable(true)
                .executionRate(ExecutionRateRule.wholePercent()));

        assertThat(changed.ref()).isEqualTo(new TemplateRef(copy.id(), 2));
        assertThat(changed.ownerDistrictId()).isEqualTo("panlong");
        assertThat(changed.basedOn()).isEqualTo(copy.basedOn());
        assertThat(changed.reverseFormula()).isEqualTo(ReverseFormula.RATIO);
        assertThat(changed.rescaleNotApplicable()).isTrue();
        assertThat(changed.executionRate().roundRateToWholePercent()).isTrue();

        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.reverseFormula()).isEqualTo(ReverseFormula.BAND);
        assertThat(national).isEqualTo(ShippedTemplates.national());
        assertThat(national.reverseFormula()).isEqualTo(ReverseFormula.BAND);
        assertThat(national.rescaleNotApplicable()).isFalse();
    }

    @Test
    void aPublishedVersionCannotBeAlteredThroughItsLists() {
        assertThatThrownBy(() -> national.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> national.reportSections().add("其他需要说明的问题"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> national.gradeBands().bands().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDistrictCanAdoptTheNationalOutlineWithItsOwnSectionsForRecommendationsAndOtherMatters() {
        List<String> nationalOutline = List.of("项目基本情况", "绩效评价工作开展情况", "综合评价情况及评价结论",
                "绩效评价指标分析", "主要经验及做法、存在的问题及原因分析", "有关建议", "其他需要说明的问题");

        EvaluationTemplate changed = national.copyForDistrict("panlong", "盘龙区模板")
                .nextVersion(draft -> draft.reportSections(nationalOutline));

        assertThat(changed.reportSections()).isEqualTo(nationalOutline);
        assertThat(national.reportSections()).hasSize(6);
    }

    @Test
    void anInvalidChangeIsRejectedAndProducesNoVersion() {
        assertThatThrownBy(() -> national.nextVersion(draft -> draft.name("")))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("模板缺少名称");
    }
}
