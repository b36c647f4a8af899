package cn.jixiao.evaluation.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Service;

import cn.jixiao.evaluation.questionnaire.Survey;
import cn.jixiao.evaluation.questionnaire.Questionnaire;
import cn.jixiao.evaluation.questionnaire.Tallying;
import cn.jixiao.evaluation.questionnaire.ResponseTable;
import cn.jixiao.evaluation.questionnaire.ResponseFiles;
import cn.jixiao.evaluation.questionnaire.InvalidSurveyException;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.evaluation.selfevaluation.EvaluationScoring;
import cn.jixiao.evaluation.selfevaluation.ProjectIndicator;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.evaluation.selfevaluation.EvaluationAccess;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluations;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.uploads.ReceivedFile;

/**
 * Defines a self-evaluation's satisfaction surveys and enters their responses. Every change is one write of the
 * evaluation's document: the survey, its result and the score recomputed with it are stored together (a
 * concurrent change fails the version check: 409). Street editors write while the evaluation can still be
 * edited; the district's overseers and auditors read.
 */
@Service
public class SurveyEntry {

    private static final Bilingual SURVEY = Bilingual.of("满意度调查", "Satisfaction survey");

    private final SelfEvaluations evaluations;
    private final EvaluationAccess evaluationAccess;
    private final EvaluationScoring scoring;
    private final Clock clock;

    SurveyEntry(SelfEvaluations evaluations, EvaluationAccess access, EvaluationScoring scoring, Clock clock) {
        this.evaluations = evaluations;
        this.evaluationAccess = access;
        this.scoring = scoring;
        this.clock = clock;
    }

    public Flux<SurveyView> surveys(TenantAccess access, String evaluationId) {
        return visible(access, evaluationId)
                .flatMapIterable(evaluation -> evaluation.surveys().stream()
                        .map(survey -> SurveyView.of(evaluation.id(), survey)).toList());
    }

    public Mono<SurveyView> survey(TenantAccess access, String evaluationId, String surveyId) {
        return visible(access, evaluationId).map(evaluation -> SurveyView.of(evaluation.id(), surveyOf(evaluation, surveyId)));
    }

    /** A new questionnaire for one of the evaluation's satisfaction indicators; it counts once responses are entered. */
    public Mono<SurveyView> define(TenantAccess access, String evaluationId, DefineSurvey request) {
        String surveyId = UUID.randomUUID().toString();
        return change(access, evaluationId, surveyId, evaluation -> {
            Questionnaire questionnaire = valid(request::toQuestionnaire);
            satisfactionIndicator(evaluation, questionnaire.indicatorId());
            if (evaluation.surveys().stream().anyMatch(survey -> survey.indicatorId().equals(questionnaire.indicatorId()))) {
                throw new ProblemException(HttpStatus.CONFLICT, "survey-exists",
                        Bilingual.of("该指标已有调查问卷", "The indicator already has a survey"),
                        Bilingual.of("指标 " + questionnaire.indicatorId() + " 已有满意度调查，请在原调查中录入结果",
                                "Indicator " + questionnaire.indicatorId() + " already has a survey; enter its results there"));
            }
            List<Survey> surveys = new ArrayList<>(evaluation.surveys());
            surveys.add(new Survey(surveyId, questionnaire, null, null, clock.instant(), access.username()));
            return surveys;
        });
    }

    /**
     * Imports a response file (XLSX or CSV, one row per respondent); the rate replaces the indicator's actual. The
     * editor, the evaluation's visibility and state, and the survey are checked before a byte of the file is read;
     * the file is received to disk under {@code maxSize} and read as a stream off the event loop, then written in
     * one change that checks them all again.
     */
    public Mono<SurveyView> importResponses(TenantAccess access, String evaluationId, String surveyId,
                                            Mono<FilePart> file, DataSize maxSize) {
        return editor(access)
                .flatMap(editor -> visible(editor, evaluationId))
                .flatMap(evaluation -> {
                    if (!evaluation.status().withTheStreet()) {
                        return Mono.error(notEditable(evaluation));
                    }
                    surveyOf(evaluation, surveyId);
                    return file.switchIfEmpty(Mono.error(() -> invalid(List.of(
                            "请在表单字段 file 中上传答卷文件 (upload the response file in the form field \"file\")"))));
                })
                .flatMap(part -> ReceivedFile.using(part, maxSize, () -> tooLarge(maxSize), upload -> Mono
                        .fromCallable(() -> new ReadFile(upload.fileName(),
                                valid(() -> ResponseFiles.read(upload.fileName(), upload.path()))))
                        .subscribeOn(Schedulers.boundedElastic())))
                .flatMap(read -> change(access, evaluationId, surveyId, evaluation -> replaced(evaluation, surveyId,
                        survey -> survey.withTally(valid(() -> Tallying.ofResponses(survey.questionnaire(), read.responses())),
                                read.fileName(), clock.instant(), access.username()))));
    }

    /** A response file as read, under the name it was uploaded with. */
    private record ReadFile(String fileName, ResponseTable responses) {
    }

    private static ProblemException tooLarge(DataSize maxSize) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                Bilingual.of("上传文件过大", "Upload too large"),
                Bilingual.of("答卷文件不能超过 " + maxSize.toMegabytes() + " MB",
                        "A response file may not exceed " + maxSize.toMegabytes() + " MB"))
                .with("limit", "maxUploadSize").with("maxValue", maxSize.toBytes());
    }

    /** Enters the number of respondents per answer instead of the responses themselves. */
    public Mono<SurveyView> enterCounts(TenantAccess access, String evaluationId, String surveyId, EnterCounts counts) {
        return change(access, evaluationId, surveyId, evaluation -> replaced(evaluation, surveyId, survey ->
                survey.withTally(valid(() -> Tallying.ofCounts(survey.questionnaire(), counts.byQuestion(), counts.invalid())),
                        Survey.ENTERED_COUNTS, clock.instant(), access.username())));
    }

    /** Applies a change of the surveys and stores it with the score recomputed, in one write. */
    private Mono<SurveyView> change(TenantAccess access, String evaluationId, String surveyId,
                                    Function<SelfEvaluation, List<Survey>> change) {
        return editor(access)
                .flatMap(editor -> visible(editor, evaluationId))
                .flatMap(evaluation -> {
                    // the street changes its evaluation only while it has it: in draft, or returned to it
                    if (!evaluation.status().withTheStreet()) {
                        return Mono.error(notEditable(evaluation));
                    }
                    List<Survey> surveys = change.apply(evaluation);
                    return scoring.withSurveys(evaluation, surveys, access.username(), clock.instant())
                            .flatMap(evaluations::save);
                })
                .map(saved -> SurveyView.of(saved.id(), surveyOf(saved, surveyId)));
    }

    private static List<Survey> replaced(SelfEvaluation evaluation, String surveyId, Function<Survey, Survey> change) {
        Survey current = surveyOf(evaluation, surveyId);
        return evaluation.surveys().stream().map(survey -> survey == current ? change.apply(survey) : survey).toList();
    }

    private static Survey surveyOf(SelfEvaluation evaluation, String surveyId) {
        return evaluation.surveys().stream().filter(survey -> survey.id().equals(surveyId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(SURVEY, surveyId));
    }

    private static void satisfactionIndicator(SelfEvaluation evaluation, String indicatorId) {
        ProjectIndicator indicator = evaluation.inputs().indicators().stream()
                .filter(candidate -> candidate.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> invalid(List.of("项目没有编号为 " + indicatorId + " 的三级指标 (the project has no such indicator)")));
        if (indicator.dimension() == null || indicator.dimension().category() != IndicatorCategory.SATISFACTION) {
            throw invalid(List.of("指标「" + indicator.name() + "」不是满意度指标，调查结果不能作为其实际完成值 "
                    + "(the indicator is not a satisfaction indicator)"));
        }
    }

    private static <T> T valid(Supplier<T> survey) {
        try {
            return survey.get();
        } catch (InvalidSurveyException problems) {
            throw invalid(problems.problems());
        }
    }

    private static ProblemException invalid(List<String> problems) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-survey",
                Bilingual.of("调查问卷或答卷有误", "Invalid survey"),
                Bilingual.of("无法据此计算满意度：" + String.join("；", problems),
                        "No satisfaction rate can be computed from this; see the problems listed"))
                .with("problems", problems);
    }

    private static ProblemException notEditable(SelfEvaluation evaluation) {
        return new ProblemException(HttpStatus.CONFLICT, "evaluation-not-editable",
                Bilingual.of("自评当前不可修改", "The self-evaluation cannot be changed now"),
                Bilingual.of("自评处于 " + evaluation.status() + " 状态，只有草稿或被退回的自评可以录入调查结果",
                        "The evaluation is " + evaluation.status() + "; only a draft or a returned evaluation takes survey results"))
                .with("evaluationStatus", evaluation.status().name());
    }

    private Mono<SelfEvaluation> visible(TenantAccess caller, String evaluationId) {
        return evaluationAccess.readable(caller, evaluationId);
    }

    /** Only the street's editors enter surveys; auditors never write. */
    private static Mono<TenantAccess> editor(TenantAccess access) {
        return access.isStreetUser() && access.writesAs(Role.STREET_EDITOR)
                ? Mono.just(access)
                : Mono.error(ProblemException.forbidden(Bilingual.of(
                        "只有街道的填报人员可以录入满意度调查", "Only a street's editors may enter satisfaction surveys")));
    }
}
