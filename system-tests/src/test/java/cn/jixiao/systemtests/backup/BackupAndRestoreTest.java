package cn.jixiao.systemtests.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.ServiceFleet;
import cn.jixiao.devstack.backup.BackupManifest;
import cn.jixiao.devstack.backup.StackBackup;
import cn.jixiao.devstack.backup.StackLayout;
import cn.jixiao.devstack.backup.StackRestore;
import cn.jixiao.systemtests.LocalPlatform;
import cn.jixiao.systemtests.Logins;

/**
 * {@code ./jixiao backup} and {@code ./jixiao restore}'s classes across two platforms of this machine: the demo
 * platform, with 金辰's seed project finalized at 98.00 and its final report rendered, is backed up while it runs;
 * the backup is restored into an empty stack folder (no MongoDB file, no broker, no Keycloak database), on which a
 * platform without demo data starts. Everything the second platform knows comes from the backup.
 */
class BackupAndRestoreTest {

    private static final BigDecimal SEED_SCORE = new BigDecimal("98.00");
    /** Not the realm file's password: a sign-in with it proves Keycloak's users came from the backup. */
    private static final String CHANGED_PASSWORD = "Backup-Restore-2026";

    @TempDir
    Path dir;

    @Test
    void theFinalizedSeedProjectItsFinalReportAndAChangedPasswordComeBackIntoAnEmptyPlatform() throws Exception {
        Path root = RepoRoot.find(Path.of(""));
        assumeTrue(servicesBuilt(root), "the services' jars are not built (./mvnw -DskipTests package)");
        Path backup = dir.resolve("backup");

        SeedProjectThroughTheApi.FinalReport report;
        String reportSha256;
        BackupManifest manifest;
        try (LocalPlatform demo = LocalPlatform.withDemoData()) {
            Logins logins = new Logins(demo.platform().tokenEndpoint());
            SeedProjectThroughTheApi seed = new SeedProjectThroughTheApi(demo.platform());
            String approver = logins.accessToken("jinchen-approver");
            String overseer = logins.accessToken("panlong-overseer");
            Map<?, ?> draft = seed.scoredDraft(approver, SEED_SCORE);
            String evaluationId = (String) draft.get("id");
            seed.step(approver, evaluationId, "submit");
            for (String step : new String[] {"start-review", "approve", "finalize"}) {
                seed.step(overseer, evaluationId, step);
            }
            report = seed.finalReport(approver, (String) draft.get("projectId"));
            byte[] pdf = seed.download(approver, report);
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            reportSha256 = SeedProjectThroughTheApi.sha256(pdf);
            assertThat(reportSha256).isEqualTo(report.sha256());
            KeycloakPasswords passwords = new KeycloakPasswords(demo.platform().tokenEndpoint());
            passwords.set("jinchen-editor", CHANGED_PASSWORD);

            Instant began = Instant.now();
            manifest = StackBackup.write(demo.backupSource(), backup, root);
            System.out.printf("Backup of the running demo platform: %.1f s, %s%n",
                    Duration.between(began, Instant.now()).toMillis() / 1000.0, manifest.kafkaRecords());
        }
        assertThat(manifest.mongoDocuments()).isNotEmpty();
        assertThat(manifest.kafkaRecords().values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(backup.resolve(BackupManifest.FILE_NAME)).isRegularFile();

        StackLayout empty = new StackLayout(dir.resolve("restored"));
        assertThat(empty.isEmpty()).isTrue();
        Instant began = Instant.now();
        StackRestore.restore(backup, empty, Files.createDirectories(Path.of("target/e2e-logs")), false);
        System.out.printf("Restore into an empty stack: %.1f s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0);

        try (LocalPlatform restored = LocalPlatform.withoutDemoDataOn(empty)) {
            KeycloakPasswords passwords = new KeycloakPasswords(restored.platform().tokenEndpoint());
            assertThat(passwords.signIn("jinchen-editor", CHANGED_PASSWORD)).as("the changed password").isEqualTo(200);
            assertThat(passwords.signIn("jinchen-editor", Logins.PASSWORD)).as("the realm file's password").isEqualTo(401);

            Logins logins = new Logins(restored.platform().tokenEndpoint());
            String approver = logins.accessToken("jinchen-approver");
            SeedProjectThroughTheApi seed = new SeedProjectThroughTheApi(restored.platform());
            Map<?, ?> evaluation = seed.evaluation(approver);
            assertThat(evaluation.get("status")).isEqualTo("FINALIZED");
            assertThat(new BigDecimal(evaluation.get("total").toString())).isEqualByComparingTo(SEED_SCORE);
            assertThat(seed.finalReport(approver, (String) evaluation.get("projectId"))).isEqualTo(report);
            assertThat(SeedProjectThroughTheApi.sha256(seed.download(approver, report))).isEqualTo(reportSha256);
        }
    }

    private static boolean servicesBuilt(Path root) {
        try {
            ServiceFleet.requireJars(root);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
