package cn.jixiao.report.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container image the build makes of report-service ({@code target/jib-image.tar}, by Jib with the parent pom's
 * settings, which all four services share), read from the tarball as a container runtime would read it. Its base is
 * whatever jixiao.image.base says (the JRE base image made from the build's JDK unless the build was asked for
 * all images): nothing here depends on which.
 *
 * <p>report-service is the one checked in every build because it is the one with something of its own inside: the
 * Chinese font every PDF, DOCX chart and preview is drawn with.
 */
class ReportServiceImageIT {

    private static final Path TARBALL = Path.of("target/jib-image.tar");
    private static final List<String> FONTS = List.of("NotoSerifSC-Regular.ttf", "NotoSerifSC-Bold.ttf");

    private static OciImage image;

    @BeforeAll
    static void readTheImage() throws IOException {
        image = OciImage.read(TARBALL,
                path -> path.equals("app/jib-classpath-file") || path.startsWith("app/resources/fonts/"));
    }

    @Test
    void runsAsTheNonRootUser10001WhoseNumericIdsKubernetesCanCheck() {
        assertThat(image.config().path("User").asString()).isEqualTo("10001:10001");
    }

    @Test
    void javaStartsTheReportServiceFromApp() {
        assertThat(image.entrypoint())
                .containsExactly("java", "-cp", "@/app/jib-classpath-file", "cn.jixiao.report.ReportServiceApplication");
        assertThat(image.config().path("WorkingDir").asString()).isEqualTo("/app");
        assertThat(image.files()).containsKey("app/classes/cn/jixiao/report/ReportServiceApplication.class");
    }

    @Test
    void everyEntryOfTheClasspathIsInTheImage() throws IOException {
        String classpath = new String(image.files().get("app/jib-classpath-file").content(), StandardCharsets.UTF_8).trim();

        assertThat(classpath).startsWith("/app/resources:/app/classes:");
        List<String> jars = Arrays.stream(classpath.split(":")).filter(entry -> entry.endsWith(".jar")).toList();
        assertThat(jars).isNotEmpty().allSatisfy(jar -> assertThat(image.files()).containsKey(jar.substring(1)));
    }

    @Test
    void theJavaOnItsPathIsInTheImage() {
        String path = image.environment().get("PATH");

        assertThat(path).startsWith("/opt/java/openjdk/bin:");
        assertThat(image.files()).containsKey("opt/java/openjdk/bin/java");
    }

    @Test
    void listensOnPort8083AndSaysSo() {
        assertThat(image.config().path("ExposedPorts").propertyNames()).containsExactly("8083/tcp");
        assertThat(image.environment()).containsEntry("SERVER_PORT", "8083");
    }

    @Test
    void theHeapFollowsTheContainersMemoryLimitAndRunningOutOfItEndsTheProcess() {
        assertThat(image.environment())
                .containsEntry("JDK_JAVA_OPTIONS", "-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void theReportsChineseFontTravelsInsideTheImageUnchanged() throws IOException {
        for (String font : FONTS) {
            OciImage.ImageFile inImage = image.files().get("app/resources/fonts/" + font);

            assertThat(inImage).as(font).isNotNull();
            assertThat(inImage.content()).as(font).isEqualTo(Files.readAllBytes(Path.of("target/classes/fonts", font)));
        }
    }
}
