package cn.jixiao.tenancy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of tenancy, each a specification with its reason. */
@AnalyzeClasses(packages = "cn.jixiao.tenancy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule tenancyUsesOnlyProblemsOfOurs = noClasses()
            .that().resideInAPackage("cn.jixiao.tenancy..")
            .should().dependOnClassesThat(are(resideInAPackage("cn.jixiao.."))
                    .and(not(resideInAnyPackage("cn.jixiao.tenancy..", "cn.jixiao.problems..")))
                    .as("belong to another of our modules than problems"))
            .because("who the caller is and what they may see is decided the same way in the gateway and every"
                    + " service (ADR 1), so tenancy knows none of them and no event of the contracts");
}
