package cn.jixiao.problems;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of problems, each a specification with its reason. */
@AnalyzeClasses(packages = "cn.jixiao.problems", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule problemsDependOnNothingOfOurs = noClasses()
            .that().resideInAPackage("cn.jixiao.problems..")
            .should().dependOnClassesThat(are(resideInAPackage("cn.jixiao.."))
                    .and(not(resideInAPackage("cn.jixiao.problems.."))).as("belong to another of our modules"))
            .because("every refusal of every module is written through problems, so problems knows none of them:"
                    + " a module's own refusals are its own ProblemExceptions");

    @ArchTest
    static final ArchRule problemsStoreAndPublishNothing = noClasses()
            .that().resideInAPackage("cn.jixiao.problems..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.data.mongodb..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "org.springframework.kafka..")
            .because("a refusal is an answer to a request; the gateway, which has no database and no broker, uses"
                    + " the same problem+json");
}
