package cn.jixiao.uploads;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of uploads, each a specification with its reason. */
@AnalyzeClasses(packages = "cn.jixiao.uploads", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule uploadsUseOnlyProblemsOfOurs = noClasses()
            .that().resideInAPackage("cn.jixiao.uploads..")
            .should().dependOnClassesThat(are(resideInAPackage("cn.jixiao.."))
                    .and(not(resideInAnyPackage("cn.jixiao.uploads..", "cn.jixiao.problems..")))
                    .as("belong to another of our modules than problems"))
            .because("the caps on an uploaded form hold for every service that reads one; a refusal is"
                    + " problem+json and nothing else of ours is needed to read a form");

    @ArchTest
    static final ArchRule uploadsStoreAndPublishNothing = noClasses()
            .that().resideInAPackage("cn.jixiao.uploads..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.data..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "org.springframework.kafka..")
            .because("an upload is received to disk and read as a stream under hard caps; what its rows mean, and"
                    + " whether they are kept, is the feature's decision after the upload is authorized");
}
