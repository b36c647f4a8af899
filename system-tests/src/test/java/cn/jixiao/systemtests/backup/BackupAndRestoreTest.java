package cn.jixiao.systemtests.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cn.jixiao.devstack.RepoRoot;
import cn.jixiao.devstack.ServiceFleet;
import cn.jixiao.devstack.backup.BackupManifest;
import cn.jixiao.devstack.backup.StackBackup;
import cn.jixiao.devstack.backup.StackLayout;
import cn.jixiao.devstack.backup.StackRestore;
import cn.jixiao.systemtests.LocalPlatform;
import cn.jixiao.systemtests.Logins;
import cn.jixiao.systemtests.SharedDemoPlatform;

/**
 * {@code ./jixiao backup} and {@code ./jixiao restore}'s classes across two platforms of this machine: the run's
 * demo platform ({@link SharedDemoPlatform}), with 金辰's seed project finalized and its final report rendered (by
 * the browser tests before it, or here when this class runs alone) and everything the other classes left, is backed
 * up while it runs; the backup is restored into an empty stack folder (no MongoDB file, no broker, no Keycloak
 * database), on which a platform without demo data starts. Everything the second platform knows comes from the
 * backup.
 */
@ExtendWith(SharedDemoPlatform.class)
@Order(SharedDemoPlatform.BACKUP)
class BackupAndRestoreTest {

    /** The seed report's score, which the demo's self-grading reaches. */
    private static final BigDecimal SEED_SCORE = new BigDecimal("98.00");
    private static final List<String> REVIEW_STEPS = List.of("start-review", "approve", "finalize");
    /** Not the realm file's password: a sign-in with it proves Keycloak's users came from the backup. */
    private static final String CHANGED_PASSWORD = "Backup-Restore-2026";

    @TempDir
    Path dir;

    @BeforeAll
    static void servicesBuilt() {
        assumeTrue(servicesBuilt(RepoRoot.find(Path.of(""))), "the services' jars are not built (./mvnw -DskipTests package)");
    }

    @Test
    void theFinalizedSeedProjectItsFinalReportAndAChangedPasswordComeBackIntoAnEmptyPlatform(LocalPlatform demo)
            throws Exception {
        Path root = RepoRoot.find(Path.of(""));
        Path backup = dir.resolve("backup");

        Logins logins = new Logins(demo.platform().tokenEndpoint());
        SeedProjectThroughTheApi seed = new SeedProjectThroughTheApi(demo.platform());
        String approver = logins.accessToken("jinchen-approver");
        Map<?, ?> finalized = finalizedSeedEvaluation(seed, approver, logins.accessToken("panlong-overseer"));
        BigDecimal score = new BigDecimal(finalized.get("total").toString());
        SeedProjectThroughTheApi.FinalReport report = seed.finalReport(approver, (String) finalized.get("projectId"));
        byte[] pdf = seed.download(approver, report);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String reportSha256 = SeedProjectThroughTheApi.sha256(pdf);
        assertThat(reportSha256).isEqualTo(report.sha256());
        new KeycloakPasswords(demo.platform().tokenEndpoint()).set("jinchen-editor", CHANGED_PASSWORD);

        Instant backupBegan = Instant.now();
        BackupManifest manifest = StackBackup.write(demo.backupSource(), backup, root);
        System.out.printf("Backup of the running demo platform: %.1f s, %s%n",
                Duration.between(backupBegan, Instant.now()).toMillis() / 1000.0, manifest.kafkaRecords());
        // the last class on it: its processes would only slow the restored platform down
        SharedDemoPlatform.retire();
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

            String restoredApprover = new Logins(restored.platform().tokenEndpoint()).accessToken("jinchen-approver");
            SeedProjectThroughTheApi restoredSeed = new SeedProjectThroughTheApi(restored.platform());
            Map<?, ?> evaluation = restoredSeed.evaluation(restoredApprover);
            assertThat(evaluation.get("status")).isEqualTo("FINALIZED");
            assertThat(new BigDecimal(evaluation.get("total").toString())).isEqualByComparingTo(score);
            assertThat(restoredSeed.finalReport(restoredApprover, (String) evaluation.get("projectId"))).isEqualTo(report);
            assertThat(SeedProjectThroughTheApi.sha256(restoredSeed.download(restoredApprover, report))).isEqualTo(reportSha256);
        }
    }

    /**
     * The seed project's evaluation once 定稿: as the browser tests left it, or taken there from its scored draft
     * through 提交 and the district's review steps.
     */
    private static Map<?, ?> finalizedSeedEvaluation(SeedProjectThroughTheApi seed, String approver, String overseer) {
        Map<?, ?> evaluation = seed.evaluation(approver);
        if ("FINALIZED".equals(evaluation.get("status"))) {
            return evaluation;
        }
        Map<?, ?> draft = seed.scoredDraft(approver, SEED_SCORE);
        String evaluationId = (String) draft.get("id");
        seed.step(approver, evaluationId, "submit");
        for (String step : REVIEW_STEPS) {
            seed.step(overseer, evaluationId, step);
        }
        return seed.evaluation(approver);
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
