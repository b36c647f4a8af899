package cn.jixiao.project;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.testing.ServiceArchitecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules of project-service, each a specification with its reason. The rules every service keeps
 * are stated once in {@link ServiceArchitecture}.
 */
@AnalyzeClasses(packages = "cn.jixiao.project", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "cn.jixiao.project";

    @ArchTest
    static final ArchRule whatEveryServiceKeeps = ServiceArchitecture.everyServiceKeeps(SERVICE);

    @ArchTest
    static final ArchRule theLedgersChecksArePlainJava = noClasses()
            .that(are(resideInAPackage(SERVICE + ".ledger..")).and(simpleNameEndingWith("Rules")
                    .or(simpleNameEndingWith("Check")).or(simpleNameEndingWith("Validator")))
                    .as("are the ledger's checks (its *Rules, *Check and *Validator)"))
            .should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.FRAMEWORKS)
            .because("domain rules (scoring, money, ledger checks) stay plain Java with no framework in them:"
                    + " a payment line and an import are judged the same wherever they come from");

    @ArchTest
    static final ArchRule theRedFlagRulesArePlainJava = noClasses()
            .that().resideInAPackage(SERVICE + ".redflags.rules..")
            .should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.FRAMEWORKS)
            .because("a red flag's rule is judged on the ledger's rows alone, the same wherever they come from");
}
