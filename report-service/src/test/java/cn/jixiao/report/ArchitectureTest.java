package cn.jixiao.report;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.testing.ServiceArchitecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of report-service, each a specification with its reason. The rules every service keeps
 * are stated once in {@link ServiceArchitecture}.
 */
@AnalyzeClasses(packages = "cn.jixiao.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "cn.jixiao.report";

    @ArchTest
    static final ArchRule whatEveryServiceKeeps = ServiceArchitecture.everyServiceKeeps(SERVICE);

    @ArchTest
    static final ArchRule theFormatsDependOnEachOtherWithoutCycles = slices()
            .matching(SERVICE + ".rendering.(*)..").namingSlices("rendering.$1")
            .as("the formats of the rendering").should().beFreeOfCycles()
            .because("each format only lays out the one document (ADR 5)");

    @ArchTest
    static final ArchRule theReportDocumentKnowsNoFormat = noClasses()
            .that().resideInAnyPackage(SERVICE + ".document..", SERVICE + ".assembly..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".rendering..", "org.apache.poi..",
                    "com.openhtmltopdf..", "org.apache.pdfbox..", "org.jfree..")
            .because("one format-free document is assembled once and every format renders it through the"
                    + " ReportFormat seam, so the three formats say exactly the same (ADR 5)");

    @ArchTest
    static final ArchRule theReportIsAssembledInPlainJava = noClasses()
            .that().resideInAnyPackage(SERVICE + ".document..", SERVICE + ".assembly..")
            .should().dependOnClassesThat(are(resideInAnyPackage(ServiceArchitecture.FRAMEWORKS)
                    .and(not(resideInAnyPackage("org.springframework.http..", "com.fasterxml.jackson.annotation.."))))
                    .as("belong to a framework (beyond a refusal's HTTP status and the preview's JSON names)"))
            .because("the document is assembled in plain Java from the read model and the street's texts (ADR 5);"
                    + " what it reads is handed to it, so golden-structure tests need nothing started");
}
