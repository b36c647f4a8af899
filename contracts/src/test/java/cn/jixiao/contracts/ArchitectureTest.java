package cn.jixiao.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of contracts, each a specification with its reason. */
@AnalyzeClasses(packages = "cn.jixiao.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contractsDependOnNothingOfOurs = noClasses()
            .that().resideInAPackage("cn.jixiao.contracts..")
            .should().dependOnClassesThat(are(resideInAPackage("cn.jixiao.."))
                    .and(not(resideInAPackage("cn.jixiao.contracts.."))).as("belong to another of our modules"))
            .because("every service and shared module builds on the contracts, so the contracts build on none of"
                    + " them");

    @ArchTest
    static final ArchRule contractsUseNoApplicationFramework = noClasses()
            .that().resideInAPackage("cn.jixiao.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "reactor..", "org.bson..", "com.mongodb..", "org.apache.kafka..")
            .because("the events are plain records read and written as JSON (Jackson is the only library they"
                    + " know); the same classes serve every service, a test and a consumer outside the platform");

    @ArchTest
    static final ArchRule moneyTheMonitoringLightAndTheWeightSumsArePlainJava = noClasses()
            .that().resideInAnyPackage("cn.jixiao.contracts.money..", "cn.jixiao.contracts.monitoring..",
                    "cn.jixiao.contracts.weights..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "cn.jixiao.contracts..",
                    "com.fasterxml.jackson.annotation..")
            .because("domain rules (scoring, money, ledger checks) stay plain Java with no framework in them;"
                    + " a JSON annotation only names how an amount is written in an event");

    @ArchTest
    static final ArchRule packagesDependOnEachOtherWithoutCycles = slices()
            .matching("cn.jixiao.(**)").namingSlices("$1").as("the packages of contracts")
            .should().beFreeOfCycles()
            .because("the envelope knows no event, and each publisher's events are read without the others'");
}
