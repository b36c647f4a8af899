package cn.jixiao.messaging;

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

/** The package rules of messaging, each a specification with its reason. */
@AnalyzeClasses(packages = "cn.jixiao.messaging", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule messagingUsesOnlyTheContractsAndTenancyOfOurs = noClasses()
            .that().resideInAPackage("cn.jixiao.messaging..")
            .should().dependOnClassesThat(are(resideInAPackage("cn.jixiao.."))
                    .and(not(resideInAnyPackage("cn.jixiao.messaging..", "cn.jixiao.contracts..",
                            "cn.jixiao.tenancy..")))
                    .as("belong to another of our modules than contracts and tenancy"))
            .because("the outbox, the inbox and the tenant bindings are the same for every service (ADR 2, ADR 6);"
                    + " a service plugs its aggregates and events in, messaging never reaches into a service");

    @ArchTest
    static final ArchRule packagesDependOnEachOtherWithoutCycles = slices()
            .matching("cn.jixiao.(**)").namingSlices("$1").as("the packages of messaging")
            .should().beFreeOfCycles()
            .because("the outbox, the inbox and the Mongo conversions are understood and changed one at a time");
}
