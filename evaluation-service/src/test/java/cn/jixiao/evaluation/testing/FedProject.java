package cn.jixiao.evaluation.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.ActualsReported.Actual;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.IndicatorsDefined.Indicator;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.evaluation.template.Grade;
import cn.jixiao.evaluation.template.TemplateRef;
import cn.jixiao.testing.ProjectEventsFixture;
import cn.jixiao.testing.Tokens;

import static org.awaitility.Awaitility.await;

/**
 * A project as project-service publishes it to evaluation-service: registered, 200.00 万元 budgeted and spent
 * (execution 10 of 10), and four indicators under the national weights, all met except activities, which scores
 * {@code activities} of 50 when the target is 50 次. With two survey-fed satisfaction indicators of 5 each whose
 * reported actuals are 95%, the total is {@code 10 + activities + 30 + 10}.
 */
public final class FedProject {

    public static final String ACTIVITIES = "fp-activities";
    public static final String RESIDENTS = "fp-residents";
    public static final String MERCHANTS = "fp-merchants";

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    private final WebTestClient web;
    private final ProjectEventsFixture events;
    private final String district;
    private final String street;
    private ProjectRegistered project;

    public FedProject(WebTestClient web, KafkaTemplate<String, String> kafka, String district, String street) {
        this.web = web;
        this.events = new ProjectEventsFixture(kafka);
        this.district = district;
        this.street = street;
    }

    /** The score as GET /api/evaluations/{id}/score shows it. */
    public record Score(TemplateRef template, BigDecimal total, Grade grade, List<Line> indicators) {

        public BigDecimal scoreOf(String indicatorId) {
            return indicators.stream().filter(line -> line.indicatorId().equals(indicatorId)).findFirst()
                    .orElseThrow().score();
        }

        public String explanationOf(String indicatorId) {
            return indicators.stream().filter(line -> line.indicatorId().equals(indicatorId)).findFirst()
                    .orElseThrow().explanation();
        }
    }

    public record Line(String indicatorId, BigDecimal score, String explanation) {
    }

    /** The evaluation as GET /api/evaluations lists it. */
    public record Evaluation(String id, String projectId, String status, TemplateRef template) {
    }

    public FedProject register(String code) throws Exception {
        EventEnvelope<ProjectRegistered> registered = ProjectEventsFixture.registered(district, street, code);
        project = registered.payload();
        events.publish(registered);
        return this;
    }

    /** Registers a project of this budget year. */
    public FedProject register(String code, int year) throws Exception {
        return announced(code, year).registerNow();
    }

    /**
     * A project of this budget year whose registration is not published yet: its scoring events ({@link #feed})
     * then arrive first, as they may when project-service relays its aggregates' events separately.
     */
    public FedProject announced(String code, int year) {
        ProjectRegistered registered = ProjectEventsFixture.registered(district, street, code).payload();
        project = new ProjectRegistered(registered.projectId(), registered.districtId(), registered.streetId(),
                registered.code(), registered.name(), year, registered.competentDepartment(),
                registered.implementingUnit());
        return this;
    }

    /** Publishes the registration of the project {@link #announced}. */
    public FedProject registerNow() throws Exception {
        events.publish(project.projectId(), EventEnvelope.of(ProjectEvents.PROJECT_REGISTERED, street,
                JANUARY, project));
        return this;
    }

    public String projectId() {
        return project.projectId();
    }

    /** Budget, spending, indicators and actuals; {@code activities} of 50 次 held, satisfaction reported at 95%. */
    public FedProject feed(int activities) throws Exception {
        spendEverything();
        publish(ProjectEvents.INDICATORS_DEFINED, JANUARY.plusSeconds(120), new IndicatorsDefined(project.projectId(),
                district, street, null, 0, List.of(
                indicator(IndicatorDimension.QUANTITY, ACTIVITIES, "开展主题活动次数", "50", "次", "50"),
                indicator(IndicatorDimension.SOCIAL_BENEFIT, "fp-participation", "群众参与人次", "3000", "人次", "30"),
                indicator(IndicatorDimension.BENEFICIARY_SATISFACTION, RESIDENTS, "辖区居民满意度", "90", "%", "5"),
                indicator(IndicatorDimension.BENEFICIARY_SATISFACTION, MERCHANTS, "商户满意度", "90", "%", "5")), 1));
        return reportActuals(activities, "95", 1);
    }

    /** Budget and spending, then these indicators and actuals. */
    public FedProject feed(List<Indicator> indicators, List<Actual> actuals) throws Exception {
        spendEverything();
        publish(ProjectEvents.INDICATORS_DEFINED, JANUARY.plusSeconds(120), new IndicatorsDefined(project.projectId(),
                district, street, null, 0, indicators, 1));
        publish(ProjectEvents.ACTUALS_REPORTED, JANUARY.plusSeconds(301), new ActualsReported(project.projectId(),
                district, street, actuals, 1));
        return this;
    }

    private void spendEverything() throws Exception {
        publish(ProjectEvents.BUDGET_CHANGED, JANUARY.plusSeconds(60), new BudgetChanged(project.projectId(),
                district, street, yuan("2000000.00"), List.of(), yuan("2000000.00"), List.of(), List.of(), 1));
        publish(ProjectEvents.EXPENDITURE_RECORDED, Instant.parse("2023-12-20T02:00:00Z"), new ExpenditureRecorded(
                project.projectId(), district, street, "ledger-2023", 30, yuan("2000000.00"),
                new ExpenditureRecorded.LedgerTotals(yuan("2000000.00"), List.of(), List.of())));
    }

    /** Reports the actuals again (a later revision), residents' satisfaction as given. */
    public FedProject reportActuals(int activities, String residentsPercent, long revision) throws Exception {
        publish(ProjectEvents.ACTUALS_REPORTED, JANUARY.plusSeconds(300 + revision), new ActualsReported(
                project.projectId(), district, street, List.of(
                new Actual(ACTIVITIES, activities + "次", BigDecimal.valueOf(activities), "场地改造，部分活动顺延"),
                new Actual("fp-participation", "3200人次", new BigDecimal("3200"), null),
                new Actual(RESIDENTS, residentsPercent + "%", new BigDecimal(residentsPercent), null),
                new Actual(MERCHANTS, "95%", new BigDecimal("95"), null)), revision));
        return this;
    }

    public Evaluation awaitEvaluation() {
        return await().atMost(Duration.ofSeconds(15)).until(() -> web.mutateWith(Tokens.streetEditor(district, street))
                        .get().uri("/api/evaluations?projectId={id}", project.projectId())
                        .exchange().expectStatus().isOk()
                        .expectBodyList(Evaluation.class).returnResult().getResponseBody(), list -> list.size() == 1)
                .get(0);
    }

    public Score score(String evaluationId) {
        return web.mutateWith(Tokens.streetEditor(district, street)).get()
                .uri("/api/evaluations/{id}/score", evaluationId)
                .exchange().expectStatus().isOk()
                .expectBody(Score.class).returnResult().getResponseBody();
    }

    public Score awaitScore(String evaluationId, Predicate<Score> until) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> score(evaluationId), until);
    }

    public Score awaitTotal(String evaluationId, String total) {
        return awaitScore(evaluationId, score -> score.total() != null && score.total().compareTo(new BigDecimal(total)) == 0);
    }

    private <P> void publish(EventType<P> type, Instant at, P payload) throws Exception {
        events.publish(project.projectId(), EventEnvelope.of(type, street, at, payload));
    }

    public static Indicator indicator(IndicatorDimension dimension, String id, String name, String target, String unit,
                                       String weight) {
        return new Indicator(id, dimension, name, new Target("≥" + target + unit, "GE", new BigDecimal(target), null, unit),
                IndicatorDirection.POSITIVE, new BigDecimal(weight), "街道台账");
    }

    private static Yuan yuan(String amount) {
        return Yuan.parse(amount);
    }
}
