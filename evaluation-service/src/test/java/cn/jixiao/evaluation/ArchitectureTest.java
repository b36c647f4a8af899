package cn.jixiao.evaluation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.testing.ServiceArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules of evaluation-service, each a specification with its reason. The rules every service keeps
 * are stated once in {@link ServiceArchitecture}.
 */
@AnalyzeClasses(packages = "cn.jixiao.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "cn.jixiao.evaluation";

    @ArchTest
    static final ArchRule whatEveryServiceKeeps = ServiceArchitecture.everyServiceKeeps(SERVICE);

    @ArchTest
    static final ArchRule theScoringEngineIsPlainJava = noClasses()
            .that().resideInAPackage(SERVICE + ".scoring..")
            .should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.FRAMEWORKS)
            .because("domain rules (scoring, money, ledger checks) stay plain Java with no framework in them:"
                    + " every national rule and template variant is tested without starting anything");

    @ArchTest
    static final ArchRule theScoringEngineScoresFromItsInputsAndTheTemplateAlone = noClasses()
            .that().resideInAPackage(SERVICE + ".scoring..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    SERVICE + ".selfevaluation..", SERVICE + ".survey..", SERVICE + ".overview..", SERVICE + ".demo..")
            .because("the engine is a function of the scoring inputs and the template version; the evaluation,"
                    + " its surveys and the overview use the engine, never the other way round");

    @ArchTest
    static final ArchRule onlyTheProjectFeedLooksUpRoundsWithoutATenantCheck =
            ServiceArchitecture.onlyFeedsAndWorkersCall(SERVICE + ".selfevaluation.SelfEvaluations", "latestOf");
}
