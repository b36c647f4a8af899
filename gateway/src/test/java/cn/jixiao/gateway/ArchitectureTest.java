package cn.jixiao.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of the gateway, each a specification with its reason. */
@AnalyzeClasses(packages = "cn.jixiao.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesDependOnEachOtherWithoutCycles = slices()
            .matching("cn.jixiao.(**)").namingSlices("$1").as("the packages of the gateway")
            .should().beFreeOfCycles()
            .because("the header rules and the rate limiter are changed and tested on their own");

    @ArchTest
    static final ArchRule theGatewayUsesOnlyTenancyAndProblemsOfOurs = noClasses()
            .that().resideInAPackage("cn.jixiao.gateway..")
            .should().dependOnClassesThat(are(resideInAPackage("cn.jixiao.."))
                    .and(not(resideInAnyPackage("cn.jixiao.gateway..", "cn.jixiao.tenancy..", "cn.jixiao.problems..")))
                    .as("belong to another of our modules than tenancy and problems"))
            .because("the gateway verifies the token and relays the request unchanged; it knows no service's code"
                    + " and no event (README, Architecture)");

    @ArchTest
    static final ArchRule theGatewayPublishesNothing = noClasses()
            .that().resideInAPackage("cn.jixiao.gateway..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
            .because("each service owns its data and talks to the others through Kafka; the gateway is only the"
                    + " public entry");

    @ArchTest
    static final ArchRule onlyTheSessionStoreUsesMongo = noClasses()
            .that().resideInAPackage("cn.jixiao.gateway..")
            .and().resideOutsideOfPackage("cn.jixiao.gateway.session..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.data..", "com.mongodb..", "org.bson..")
            .because("the browser sessions are the gateway's only data (ADR 0010); no business data is stored"
                    + " at the gateway");
}
