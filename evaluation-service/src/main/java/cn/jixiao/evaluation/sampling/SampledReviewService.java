package cn.jixiao.evaluation.sampling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.selfevaluation.EvaluationStatus;
import cn.jixiao.evaluation.selfevaluation.ReviewScore;
import cn.jixiao.evaluation.selfevaluation.ReviewScoreRange;
import cn.jixiao.evaluation.selfevaluation.ReviewTotal;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluation;
import cn.jixiao.evaluation.selfevaluation.SelfEvaluations;
import cn.jixiao.evaluation.template.DistrictTemplates;
import cn.jixiao.evaluation.template.GradeBands;
import cn.jixiao.problems.Bilingual;
import cn.jixiao.problems.ProblemException;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * 抽查复核: the district's overseer draws a sample of the year's finalized self-evaluations and re-scores it line by
 * line; the district's auditors read it; streets neither see the samples nor their 复核分 (a sample is the
 * district's check on the streets, and a street that knew which evaluations were drawn, or how they were
 * re-scored while the check runs, could argue each line instead of the district reading the pattern). Every
 * call checks the caller first: a sample of another district, or any sample for a street's user, is not found.
 */
@Service
class SampledReviewService {

    private static final Bilingual SAMPLE = Bilingual.of("抽查复核样本", "Sampled review");
    private static final Bilingual SAMPLED_EVALUATION = Bilingual.of("样本中的自评", "Sampled evaluation");

    /** A re-score that lost the version race to another reviewer's is redone on what that one stored. */
    private static final Retry RETRY_LOST_RACE = Retry.backoff(3, Duration.ofMillis(20))
            .filter(SampledReviewService::lostRace)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure());

    private final SampledReviews samples;
    private final SelfEvaluations evaluations;
    private final DistrictTemplates templates;
    private final Clock clock;

    SampledReviewService(SampledReviews samples, SelfEvaluations evaluations, DistrictTemplates templates, Clock clock) {
        this.samples = samples;
        this.evaluations = evaluations;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Draws from the year's finalized self-evaluations of the overseer's district: each project's latest round,
     * if that is finalized (a project reopened into a new round is not final until that round is), and stores
     * the draw once.
     */
    Mono<SampledReviewView> draw(TenantAccess actor, DrawSample request) {
        if (actor.isStreetUser() || !actor.writesAs(Role.DISTRICT_OVERSEER)) {
            return Mono.error(onlyOverseers("抽取样本", "draw a sample"));
        }
        SampleSize size = request.size();
        int year = request.year();
        return evaluations.ofYearVisible(actor, year)
                .collect(Collectors.toMap(SelfEvaluation::projectId, Function.identity(),
                        (one, other) -> one.round() >= other.round() ? one : other))
                .map(latest -> latest.values().stream()
                        .filter(evaluation -> evaluation.status() == EvaluationStatus.FINALIZED)
                        .filter(evaluation -> evaluation.scoreCard() != null)
                        .toList())
                .flatMap(population -> {
                    if (population.isEmpty()) {
                        return Mono.error(nothingToDraw(year));
                    }
                    List<Candidate> candidates = population.stream()
                            .map(evaluation -> new Candidate(evaluation.id(), evaluation.projectId(), evaluation.tenantId()))
                            .sorted(Comparator.comparing(Candidate::streetId).thenComparing(Candidate::evaluationId))
                            .toList();
                    Map<String, SelfEvaluation> byId = population.stream()
                            .collect(Collectors.toMap(SelfEvaluation::id, Function.identity()));
                    List<SampledEvaluation> drawn = SampleDraw.draw(request.seed(), candidates, size).stream()
                            .map(candidate -> sampled(byId.get(candidate.evaluationId())))
                            .toList();
                    return samples.insert(new SampledReview(UUID.randomUUID().toString(), actor.districtId(), year,
                            request.seed(), size, candidates, drawn, actor.username(), clock.instant()));
                })
                .map(stored -> SampledReviewView.of(stored, Map.of()));
    }

    Flux<SampleListing> list(TenantAccess reader, int year) {
        return samples.ofYear(reader, year).map(SampleListing::of);
    }

    Mono<SampledReviewView> read(TenantAccess reader, String id) {
        return visible(reader, id).flatMap(sample -> samples.reScorings(sample)
                .collectMap(ReScoring::evaluationId)
                .map(reScorings -> SampledReviewView.of(sample, reScorings)));
    }

    /**
     * Sets the 复核分 of one line of a sampled evaluation, with its reason; the 复核总分 follows by the review
     * workflow's rule under the template version that scored the evaluation. The street's evaluation is not
     * touched. Two reviewers saving lines at once both keep theirs: a write that loses the version race is
     * redone on what the other stored.
     */
    Mono<SampledReviewView.Evaluation> reScore(TenantAccess actor, String id, String evaluationId, String lineId,
                                               ReScoreLine request) {
        Instant now = clock.instant();
        return visible(actor, id)
                .flatMap(sample -> {
                    if (!actor.writesAs(Role.DISTRICT_OVERSEER)) {
                        return Mono.error(onlyOverseers("录入复核分", "re-score a line"));
                    }
                    SampledEvaluation drawn = sample.drawn(evaluationId)
                            .orElseThrow(() -> ProblemException.notFound(SAMPLED_EVALUATION, evaluationId));
                    ScoreCard card = drawn.card();
                    String indicatorId = indicatorOf(card, lineId);
                    ReviewScore line = new ReviewScore(indicatorId, ReviewScoreRange.checked(card, indicatorId,
                            request.score()), request.reason().strip(), actor.username(), now);
                    Mono<ReScoring> saved = templates.scoring(sample.districtId(), sample.year(), card.template())
                            .flatMap(template -> samples.reScoring(sample, evaluationId)
                                    .map(current -> reScored(current, line, template.gradeBands(), card))
                                    .flatMap(samples::save)
                                    .retryWhen(RETRY_LOST_RACE));
                    return saved.map(stored -> SampledReviewView.Evaluation.of(drawn, stored));
                });
    }

    Mono<GapReport> gaps(TenantAccess reader, String id) {
        return visible(reader, id).flatMap(sample -> samples.reScorings(sample).collectList().map(reScorings -> {
            Map<String, ReScoring> byEvaluation = reScorings.stream()
                    .collect(Collectors.toMap(ReScoring::evaluationId, Function.identity()));
            List<ScoreGaps.ReScored> reScored = sample.drawn().stream()
                    .map(drawn -> new ScoreGaps.ReScored(drawn.evaluationId(), drawn.streetId(), drawn.card(),
                            byEvaluation.containsKey(drawn.evaluationId())
                                    ? byEvaluation.get(drawn.evaluationId()).lines() : List.of()))
                    .toList();
            return GapReport.of(sample, ScoreGaps.of(reScored));
        }));
    }

    private Mono<SampledReview> visible(TenantAccess reader, String id) {
        return samples.visible(reader, id).switchIfEmpty(Mono.error(() -> ProblemException.notFound(SAMPLE, id)));
    }

    /** The re-scores with this line in place and the 复核总分 by the review workflow's rule. */
    private static ReScoring reScored(ReScoring current, ReviewScore line, GradeBands bands, ScoreCard card) {
        return current.with(line, ReviewTotal.of(bands, card, current.linesWith(line)).orElse(null));
    }

    private static SampledEvaluation sampled(SelfEvaluation evaluation) {
        return new SampledEvaluation(evaluation.id(), evaluation.projectId(), evaluation.tenantId(),
                evaluation.projectCode(), evaluation.projectName(), evaluation.round(), evaluation.scoreCard());
    }

    /** The path's line: an indicator of the card, or {@code execution} for the 预算执行率 line ({@code null}). */
    private static String indicatorOf(ScoreCard card, String lineId) {
        boolean anIndicator = card.indicators().stream().anyMatch(line -> line.indicatorId().equals(lineId));
        return !anIndicator && SampledReviewView.EXECUTION_LINE.equals(lineId) ? null : lineId;
    }

    private static boolean lostRace(Throwable failure) {
        return failure instanceof OptimisticLockingFailureException || failure instanceof DuplicateKeyException;
    }

    private static ProblemException onlyOverseers(String zh, String en) {
        return ProblemException.forbidden(Bilingual.of("只有本区的复核人员可以" + zh,
                "Only the district's overseer may " + en)).with("requiredRole", Role.DISTRICT_OVERSEER.keycloakName());
    }

    private static ProblemException nothingToDraw(int year) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "no-finalized-evaluations",
                Bilingual.of("没有可抽取的已定稿自评", "No finalized self-evaluation to draw from"),
                Bilingual.of(year + " 年度本区尚无已定稿的绩效自评，无法抽样",
                        "The district has no finalized self-evaluation of " + year + " to draw a sample from"))
                .with("year", year);
    }
}
