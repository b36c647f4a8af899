package cn.jixiao.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.tenancy.DemoTenants;
import cn.jixiao.contracts.EventCodec;
import cn.jixiao.contracts.EventEnvelope;
import cn.jixiao.contracts.EventType;
import cn.jixiao.contracts.Topics;
import cn.jixiao.contracts.evaluation.EvaluationEvents;
import cn.jixiao.contracts.evaluation.EvaluationSnapshot;
import cn.jixiao.contracts.evaluation.ScoreBreakdown;
import cn.jixiao.contracts.money.Yuan;
import cn.jixiao.contracts.project.ActualsReported;
import cn.jixiao.contracts.project.BudgetChanged;
import cn.jixiao.contracts.project.EvidenceAttached;
import cn.jixiao.contracts.project.ExpenditureRecorded;
import cn.jixiao.contracts.project.IndicatorCategory;
import cn.jixiao.contracts.project.IndicatorDimension;
import cn.jixiao.contracts.project.IndicatorDirection;
import cn.jixiao.contracts.project.IndicatorsDefined;
import cn.jixiao.contracts.project.ProjectEvents;
import cn.jixiao.contracts.project.ProjectRegistered;
import cn.jixiao.contracts.project.ProjectUpdated;
import cn.jixiao.contracts.project.Target;
import cn.jixiao.contracts.project.TargetsAdjusted;
import cn.jixiao.contracts.project.TargetsApproved;
import cn.jixiao.contracts.project.TargetsSubmitted;
import cn.jixiao.report.readmodel.Evaluation;
import cn.jixiao.report.readmodel.EvaluationEventMapping;
import cn.jixiao.report.readmodel.ProjectEventMapping;
import cn.jixiao.report.readmodel.ProjectFacts;

import static cn.jixiao.contracts.project.IndicatorDimension.BENEFICIARY_SATISFACTION;
import static cn.jixiao.contracts.project.IndicatorDimension.OUTPUT_COST;
import static cn.jixiao.contracts.project.IndicatorDimension.QUALITY;
import static cn.jixiao.contracts.project.IndicatorDimension.QUANTITY;
import static cn.jixiao.contracts.project.IndicatorDimension.SOCIAL_BENEFIT;
import static cn.jixiao.contracts.project.IndicatorDimension.SUSTAINABLE_IMPACT;
import static cn.jixiao.contracts.project.IndicatorDimension.TIMELINESS;
import static cn.jixiao.contracts.project.IndicatorDirection.EQUAL;
import static cn.jixiao.contracts.project.IndicatorDirection.NEGATIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.POSITIVE;
import static cn.jixiao.contracts.project.IndicatorDirection.QUALITATIVE;

/**
 * The 金辰街道 2023 seed project (创建全省民族团结进步示范街道专项资金) as project-service's demo publishes it (the
 * facts of its {@code JinchenSeed} and {@code JinchenIndicators}): 2,000,000.00 budgeted, all 30227 委托业务费,
 * and spent; eleven indicators, all met except 9 of ≥10 activities; then evaluation-service's snapshots, ending
 * with {@code EvaluationFinalized} at 98.00, 优 (优秀). Each instance is a new project, so tests do not share one.
 */
public final class JinchenEvents {

    public static final String DISTRICT = DemoTenants.PANLONG;
    public static final String STREET = DemoTenants.JINCHEN;
    public static final String CODE = "530103-2023-MZTJ-001";
    public static final String NAME = "创建全省民族团结进步示范街道专项资金";
    public static final String UNIT = "昆明市盘龙区人民政府金辰街道办事处";
    public static final Yuan TOTAL = Yuan.parse("2000000.00");

    public static final String OVERVIEW = "金辰街道是一个人口众多、民族多元的地区，现常住人口达 17 万余人，有 40 个民族在此聚居。街道下辖 9 个社区、"
            + "1 个经济联合社以及 2 个村小组。自 2022 年以来，在上级的大力支持下，金辰街道按照“重点突破、以点带面、形成经验、示范全省”的要求，"
            + "积极开展工作并先行先试。通过以机关、小区、医院、学校为点，以北京路、金实路、盘龙江为线，以商场、市场、商圈、社区为片的方式，成功"
            + "形成了“两路一江一商圈”的创建格局。这一举措不仅展现了金辰街道的创新精神和积极进取的态度，也为全省其他地区提供了宝贵的经验和示范。";

    public static final String OVERALL_GOAL = "按照《云南省民族团结进步“十县百乡千村万户”示范引领建设工程2022年度典型案例选编》和《全国民族团结进步创建"
            + "活动示范街道测评指标（参考）》相关要求，通过强化党建引领、推动经济发展、增强文化认同、促进社区和谐等多方面的努力，全面推进民族团结"
            + "进步“十百千万”工程，打造铸牢中华民族共同体意识的示范街区，提升居民区邻里和谐文化氛围。";

    public static final List<String> ANNUAL_GOALS = List.of(
            "加强党建引领，推动民族团结进步工作深入开展。深入贯彻党建引领，将中华民族共同体意识融入“我为群众办实事”的全过程。将民族团结进步工作"
                    + "纳入街道党工委会专题研究部署，成立以党工委书记为组长的领导小组。以争创“模范机关、效能盘龙”示范单位为契机，通过“春城先锋示范"
                    + "党支部”党建示范点的辐射带动，为民族团结进步示范创建全域推进创造有利条件。",
            "推动经济发展，打造民族团结进步创建“进商圈”样板。以楼宇商圈为重点，促进经济发展与示范创建相结合。打造民族特色商业区域，如雄达茶城"
                    + "民族大舞台，推动民族团结进步创建“进商圈”。建设“铸牢中华民族共同体意识教育实践基地”和“春融同心中小微企业城市会客厅”，促进各"
                    + "商业主体“互嵌式发展”。",
            "增强文化认同，打造铸牢中华民族共同体意识示范街区。在金实路打造铸牢中华民族共同体意识示范街区，建设“悬壶水景”“茶马古道”“同心筑梦”"
                    + "三个文化主题公园。在金菊路打造中华文化宣传长廊，再现灿烂的中华文明历史，激发各族群众爱中华、爱祖国、爱中国共产党的真挚情怀。",
            "促进社区和谐，提升居民区邻里和谐文化情。在金刀营金桥路、江东花园西路打造邻里文化主题街景，设置雕塑景观、休闲座椅等。在沿线金桥花园、"
                    + "金星园丁两小区内建设睦邻家园，把中华文化符号和“团结之家”文化艺术植入居民日常休闲娱乐空间。");

    /** The seed report's section 六, in order. */
    public static final List<String> EVIDENCE = List.of("绩效评价指标体系", "基础数据表", "访谈分析报告", "社会调查问卷分析报告",
            "市政府相关规划、决策、批复；立项申请、批复文件", "绩效目标申报表");

    private static final String SHORTFALL = "受示范街区主题公园施工影响，原定第四季度举办的1场“我们的节日”主题活动顺延至2024年1月；"
            + "下一年度将提前编排全年活动计划并预留备用场地，确保按计划开展。";

    /** One indicator of the seed with its actual value and score. */
    public record Line(String id, IndicatorDimension dimension, String name, Target target,
                       IndicatorDirection direction, String weight, String actual, String actualValue, String score,
                       String deviationNote) {
    }

    /** The eleven indicators of {@code JinchenIndicators}, in the project's order. */
    public static final List<Line> INDICATORS = List.of(
            new Line("jc-activities", QUANTITY, "开展民族团结进步主题活动次数", ge("≥10次", "10", "次"), POSITIVE, "20",
                    "9次", "9", "18.00", SHORTFALL),
            new Line("jc-theme-parks", QUANTITY, "建成示范街区文化主题公园数量（悬壶水景、茶马古道、同心筑梦）",
                    new Target("=3个", "EQ", new BigDecimal("3"), null, "个"), EQUAL, "5", "3个", "3", "5.00", null),
            new Line("jc-neighbourhood-homes", QUANTITY, "建成睦邻家园数量（金桥花园、金星园丁小区）", ge("≥2个", "2", "个"),
                    POSITIVE, "5", "2个", "2", "5.00", null),
            new Line("jc-corridor-acceptance", QUALITY, "中华文化宣传长廊及邻里文化主题街景验收合格率", ge("100%", "100", "%"),
                    POSITIVE, "10", "100%", "100", "10.00", null),
            new Line("jc-on-time", TIMELINESS, "示范街区建设按计划完工", described("按时完成"), QUALITATIVE, "5", "按时完成",
                    null, "5.00", null),
            new Line("jc-cost", OUTPUT_COST, "项目总成本", new Target("≤200万元", "LE", new BigDecimal("200"), null, "万元"),
                    NEGATIVE, "5", "200万元", "200", "5.00", null),
            new Line("jc-participation", SOCIAL_BENEFIT, "各族群众参与主题活动人次", ge("≥3000人次", "3000", "人次"), POSITIVE,
                    "10", "3260人次", "3260", "10.00", null),
            new Line("jc-atmosphere", SOCIAL_BENEFIT, "铸牢中华民族共同体意识氛围", described("有效提升"), QUALITATIVE, "10",
                    "氛围明显增强，达到预期", null, "10.00", null),
            new Line("jc-mechanism", SUSTAINABLE_IMPACT, "民族团结进步创建长效机制", described("建立并有效运行"), QUALITATIVE,
                    "10", "已建立联席会议制度并有效运行", null, "10.00", null),
            new Line("jc-residents", BENEFICIARY_SATISFACTION, "辖区居民满意度", ge("≥90%", "90", "%"), POSITIVE, "5", "96%",
                    "96", "5.00", null),
            new Line("jc-merchants", BENEFICIARY_SATISFACTION, "商圈经营主体满意度", ge("≥90%", "90", "%"), POSITIVE, "5",
                    "94%", "94", "5.00", null));

    private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");

    private final EventCodec codec = new EventCodec();
    private final String projectId = UUID.randomUUID().toString();
    private final String evaluationId = UUID.randomUUID().toString();

    public String projectId() {
        return projectId;
    }

    public String evaluationId() {
        return evaluationId;
    }

    public ProjectRegistered registered() {
        return new ProjectRegistered(projectId, DISTRICT, STREET, CODE, NAME, 2023, UNIT, UNIT);
    }

    public ProjectUpdated updated() {
        return new ProjectUpdated(projectId, DISTRICT, STREET, CODE, NAME, 2023, UNIT, UNIT, "专项资金",
                List.of("本年财政拨款"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), OVERVIEW, OVERALL_GOAL,
                ANNUAL_GOALS, "COMPLETED", 1);
    }

    public BudgetChanged budget() {
        return new BudgetChanged(projectId, DISTRICT, STREET, TOTAL, List.of(), TOTAL,
                List.of(new BudgetChanged.SourceLine("CURRENT_YEAR_APPROPRIATION", TOTAL, TOTAL)),
                List.of(new BudgetChanged.ClassificationLine("30227", "委托业务费", TOTAL)), 1);
    }

    public ExpenditureRecorded ledger() {
        return new ExpenditureRecorded(projectId, DISTRICT, STREET, "ledger-2023", 48, TOTAL,
                new ExpenditureRecorded.LedgerTotals(TOTAL,
                        List.of(new ExpenditureRecorded.ClassificationTotal("30227", "委托业务费", TOTAL)), List.of()));
    }

    public IndicatorsDefined indicators() {
        return new IndicatorsDefined(projectId, DISTRICT, STREET, "national-default", 1, INDICATORS.stream()
                .map(line -> new IndicatorsDefined.Indicator(line.id(), line.dimension(), line.name(), line.target(),
                        line.direction(), new BigDecimal(line.weight()), "街道台账"))
                .toList(), 1);
    }

    public ActualsReported actuals() {
        return new ActualsReported(projectId, DISTRICT, STREET, INDICATORS.stream()
                .map(line -> new ActualsReported.Actual(line.id(), line.actual(),
                        line.actualValue() == null ? null : new BigDecimal(line.actualValue()), line.deviationNote()))
                .toList(), 11);
    }

    public List<EvidenceAttached> evidence() {
        List<EvidenceAttached> files = new ArrayList<>();
        for (int i = 0; i < EVIDENCE.size(); i++) {
            files.add(new EvidenceAttached(projectId, DISTRICT, STREET, projectId + "-ev-" + (i + 1), "OTHER",
                    EVIDENCE.get(i), EVIDENCE.get(i) + ".pdf", "application/pdf", 1024, "0".repeat(64), i + 1));
        }
        return files;
    }

    /** When the street submitted the targets, the district approved them and later approved their adjustment. */
    public static final Instant TARGETS_SUBMITTED_AT = Instant.parse("2023-02-20T02:00:00Z");
    public static final Instant TARGETS_APPROVED_AT = Instant.parse("2023-03-01T02:00:00Z");
    public static final Instant TARGETS_ADJUSTED_AT = Instant.parse("2023-07-10T01:30:00Z");
    public static final String ADJUSTMENT_REASON = "受示范街区主题公园施工影响，第四季度活动场地无法使用，年度主题活动次数调整为9次";

    /** The street submitted the indicator tree (revision 1) as its 绩效目标表. */
    public TargetsSubmitted targetsSubmitted() {
        return new TargetsSubmitted(projectId, DISTRICT, STREET, 1, "jinchen-editor", null);
    }

    /** The district approved revision 1, the eleven indicators as defined. */
    public TargetsApproved targetsApproved() {
        return new TargetsApproved(projectId, DISTRICT, STREET, 1, "panlong-overseer", "同意，按批复目标执行",
                indicators().indicators());
    }

    /** In July the district approved a 目标调整: ≥10次 activities became ≥9次 (revision 2). */
    public TargetsAdjusted targetsAdjusted() {
        List<IndicatorsDefined.Indicator> adjusted = indicators().indicators().stream()
                .map(line -> !line.id().equals("jc-activities") ? line : new IndicatorsDefined.Indicator(line.id(),
                        line.dimension(), line.name(), ge("≥9次", "9", "次"), line.direction(), line.weight(),
                        line.dataSource()))
                .toList();
        return new TargetsAdjusted(projectId, DISTRICT, STREET, 1, 2, ADJUSTMENT_REASON, "jinchen-editor",
                "panlong-overseer", "同意调整", adjusted);
    }

    /** The facts after the targets were approved (and, if asked, adjusted). */
    public ProjectFacts factsWithApprovedTargets(boolean adjusted) {
        ProjectFacts facts = facts()
                .withTargets(targets -> targets
                        .withSubmitted(ProjectEventMapping.submission(targetsSubmitted(), TARGETS_SUBMITTED_AT))
                        .withApproved(ProjectEventMapping.approval(targetsApproved(), TARGETS_APPROVED_AT)));
        return adjusted ? facts.withTargets(targets -> targets.withAdjusted(
                ProjectEventMapping.adjustment(targetsAdjusted(), TARGETS_ADJUSTED_AT))) : facts;
    }

    /** Publishes the targets' submission, approval and adjustment, as project-service's outbox relay would. */
    public void publishTargets(KafkaTemplate<String, String> kafka) throws Exception {
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.TARGETS_SUBMITTED, STREET, TARGETS_SUBMITTED_AT, targetsSubmitted()));
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.TARGETS_APPROVED, STREET, TARGETS_APPROVED_AT, targetsApproved()));
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.TARGETS_ADJUSTED, STREET, TARGETS_ADJUSTED_AT, targetsAdjusted()));
    }

    /** Sends one event of the project as it is (a redelivery when sent twice), keyed by the project. */
    public void sendProjectEvent(KafkaTemplate<String, String> kafka, EventEnvelope<?> event) throws Exception {
        send(kafka, Topics.PROJECT_EVENTS, event);
    }

    /** The project's facts as report-service's read model holds them after all the project events. */
    public ProjectFacts facts() {
        ProjectFacts facts = ProjectFacts.opened(projectId, DISTRICT, STREET)
                .with(ProjectEventMapping.registration(registered()), JANUARY)
                .with(ProjectEventMapping.details(updated()))
                .with(ProjectEventMapping.budget(budget()))
                .with(ProjectEventMapping.ledger(ledger()), JANUARY.plusSeconds(3600))
                .with(ProjectEventMapping.indicators(indicators()))
                .with(ProjectEventMapping.actuals(actuals()));
        for (EvidenceAttached file : evidence()) {
            facts = facts.with(ProjectEventMapping.evidence(file));
        }
        return facts;
    }

    /** The evaluation in the given status: scored 98.00, 优 (优秀) by the national template. */
    public EvaluationSnapshot snapshot(String status, long revision) {
        return new EvaluationSnapshot(evaluationId, projectId, DISTRICT, STREET, CODE, NAME, 2023, 1, status, score(),
                null, List.of(), null, "FINALIZED".equals(status) ? "panlong-overseer" : null, revision);
    }

    /** That evaluation as the read model keeps it. */
    public Evaluation evaluation(String status, long revision) {
        return EvaluationEventMapping.evaluation(snapshot(status, revision));
    }

    public static ScoreBreakdown score() {
        List<ScoreBreakdown.IndicatorLine> lines = INDICATORS.stream().map(line -> new ScoreBreakdown.IndicatorLine(
                line.id(), line.dimension(), line.name(), line.direction(), line.target().text(), line.actual(),
                line.direction() == QUALITATIVE ? "ACHIEVED" : null, new BigDecimal(line.weight()),
                new BigDecimal(line.score()), false, line.deviationNote(), null, null, line.name())).toList();
        return new ScoreBreakdown("national-default", 1,
                new ScoreBreakdown.Execution(TOTAL, TOTAL, new BigDecimal("100.00"), new BigDecimal("10"),
                        new BigDecimal("10.00"), null, null, "执行率 = 2,000,000.00 ÷ 2,000,000.00 = 100.00%"),
                lines,
                List.of(new ScoreBreakdown.PartLine(IndicatorCategory.OUTPUT, new BigDecimal("50"), new BigDecimal("48.00"), null),
                        new ScoreBreakdown.PartLine(IndicatorCategory.EFFECT, new BigDecimal("30"), new BigDecimal("30.00"), null),
                        new ScoreBreakdown.PartLine(IndicatorCategory.SATISFACTION, new BigDecimal("10"), new BigDecimal("10.00"), null)),
                new BigDecimal("98.00"), "优", "优秀", null, null,
                List.of("总分 = 预算执行率 10.00 + 产出指标 48.00 + 效益指标 30.00 + 满意度指标 10.00 = 98.00；自评等级：优（优秀）"));
    }

    /** Publishes every project event of the seed, as project-service's outbox relay would. */
    public void publishProject(KafkaTemplate<String, String> kafka) throws Exception {
        Instant at = JANUARY;
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.PROJECT_REGISTERED, STREET, at, registered()));
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.PROJECT_UPDATED, STREET, at.plusSeconds(60), updated()));
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.BUDGET_CHANGED, STREET, at.plusSeconds(120), budget()));
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.EXPENDITURE_RECORDED, STREET, at.plusSeconds(3600), ledger()));
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.INDICATORS_DEFINED, STREET, at.plusSeconds(180), indicators()));
        send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.ACTUALS_REPORTED, STREET, at.plusSeconds(7200), actuals()));
        for (EvidenceAttached file : evidence()) {
            send(kafka, Topics.PROJECT_EVENTS, EventEnvelope.of(ProjectEvents.EVIDENCE_ATTACHED, STREET, at.plusSeconds(9000), file));
        }
    }

    /** Publishes an evaluation event as evaluation-service will, keyed by the project. */
    public void publishEvaluation(KafkaTemplate<String, String> kafka,
                                  EventType<EvaluationSnapshot> type, EvaluationSnapshot snapshot)
            throws Exception {
        send(kafka, Topics.EVALUATION_EVENTS, EventEnvelope.of(type, STREET, Instant.parse("2024-03-01T02:00:00Z"), snapshot));
    }

    /** The district finalized the evaluation: 98.00, 优, revision 7. */
    public void publishFinalized(KafkaTemplate<String, String> kafka) throws Exception {
        publishEvaluation(kafka, EvaluationEvents.EVALUATION_FINALIZED, snapshot("FINALIZED", 7));
    }

    private void send(KafkaTemplate<String, String> kafka, String topic, EventEnvelope<?> event) throws Exception {
        kafka.send(new ProducerRecord<>(topic, projectId, codec.write(event))).get(10, TimeUnit.SECONDS);
    }

    private static Target ge(String text, String value, String unit) {
        return new Target(text, "GE", new BigDecimal(value), null, unit);
    }

    private static Target described(String text) {
        return new Target(text, null, null, null, null);
    }
}
