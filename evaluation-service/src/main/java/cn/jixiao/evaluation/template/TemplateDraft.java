package cn.jixiao.evaluation.template;

import java.util.List;

import cn.jixiao.contracts.project.IndicatorDirection;

/**
 * The settings of a template being changed, for {@link EvaluationTemplate#nextVersion}. Starts as a copy of
 * an existing version; becomes a template (and is validated) only when built, so several settings that only
 * make sense together can be changed at once.
 */
public final class TemplateDraft {

    private String name;
    private List<PartWeight> parts;
    private GradeBands gradeBands;
    private ReverseFormula reverseFormula;
    private QualitativeBands qualitativeBands;
    private ExecutionRateRule executionRate;
    private boolean rescaleNotApplicable;
    private DeviationNoteRule deviationNotes;
    private List<String> reportSections;
    private EqualRule equalRule;
    private IndicatorDirection defaultDirection;
    private List<String> sameCountUnits;

    TemplateDraft(EvaluationTemplate from) {
        name = from.name();
        parts = from.parts();
        gradeBands = from.gradeBands();
        reverseFormula = from.reverseFormula();
        qualitativeBands = from.qualitativeBands();
        executionRate = from.executionRate();
        rescaleNotApplicable = from.rescaleNotApplicable();
        deviationNotes = from.deviationNotes();
        reportSections = from.reportSections();
        equalRule = from.equalRule();
        defaultDirection = from.defaultDirection();
        sameCountUnits = from.sameCountUnits();
    }

    public TemplateDraft name(String name) {
        this.name = name;
        return this;
    }

    public TemplateDraft parts(PartWeight... parts) {
        this.parts = List.of(parts);
        return this;
    }

    public TemplateDraft gradeBands(GradeBands gradeBands) {
        this.gradeBands = gradeBands;
        return this;
    }

    public TemplateDraft reverseFormula(ReverseFormula reverseFormula) {
        this.reverseFormula = reverseFormula;
        return this;
    }

    public TemplateDraft qualitativeBands(QualitativeBands qualitativeBands) {
        this.qualitativeBands = qualitativeBands;
        return this;
    }

    ExecutionRateRule executionRate() {
        return executionRate;
    }

    public TemplateDraft executionRate(ExecutionRateRule executionRate) {
        this.executionRate = executionRate;
        return this;
    }

    public TemplateDraft rescaleNotApplicable(boolean rescaleNotApplicable) {
        this.rescaleNotApplicable = rescaleNotApplicable;
        return this;
    }

    public TemplateDraft deviationNotes(DeviationNoteRule deviationNotes) {
        this.deviationNotes = deviationNotes;
        return this;
    }

    public TemplateDraft reportSections(List<String> reportSections) {
        this.reportSections = reportSections;
        return this;
    }

    public TemplateDraft equalRule(EqualRule equalRule) {
        this.equalRule = equalRule;
        return this;
    }

    public TemplateDraft defaultDirection(IndicatorDirection defaultDirection) {
        this.defaultDirection = defaultDirection;
        return this;
    }

    public TemplateDraft sameCountUnits(List<String> sameCountUnits) {
        this.sameCountUnits = sameCountUnits;
        return this;
    }

    EvaluationTemplate build(String id, int version, String ownerDistrictId, TemplateRef basedOn) {
        return new EvaluationTemplate(id, version, name, ownerDistrictId, basedOn, parts, gradeBands, reverseFormula,
                qualitativeBands, executionRate, rescaleNotApplicable, deviationNotes, reportSections,
                equalRule, defaultDirection, sameCountUnits);
    }
}
