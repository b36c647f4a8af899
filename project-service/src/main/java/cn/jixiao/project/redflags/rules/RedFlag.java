package cn.jixiao.project.redflags.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One 审计线索: the rule that raised it, what it found, and the ledger rows behind it.
 *
 * @param key     stable across recomputation: the rule's slug and a digest of what the flag is about (the rows'
 *                vouchers, or the payee, or the year), so a dismissal of the flag still applies when the ledger is read
 *                again, and a flag about other rows is a new flag
 * @param finding what the rule found, in Chinese, with the figures
 */
public record RedFlag(String key, RedFlagRule rule, String finding, List<LedgerRow> rows) {

    public RedFlag {
        Objects.requireNonNull(rule, "rule");
        rows = List.copyOf(rows);
    }

    /** A flag named by its rule and what it is about. */
    static RedFlag of(RedFlagRule rule, String about, String finding, List<LedgerRow> rows) {
        return new RedFlag(keyOf(rule, about), rule, finding, rows);
    }

    /** A flag about exactly these rows, named by their vouchers in order. */
    static RedFlag ofRows(RedFlagRule rule, String finding, List<LedgerRow> rows) {
        return of(rule, String.join("\n", rows.stream().map(LedgerRow::voucherNo).sorted().toList()), finding, rows);
    }

    /** Whether this could be a flag's key at all: a rule's slug and 24 hex digits. */
    public static boolean isKey(String text) {
        if (text == null) {
            return false;
        }
        for (RedFlagRule rule : RedFlagRule.values()) {
            if (text.startsWith(rule.slug() + "-") && text.substring(rule.slug().length() + 1).matches("[0-9a-f]{24}")) {
                return true;
            }
        }
        return false;
    }

    static String keyOf(RedFlagRule rule, String about) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(about.getBytes(StandardCharsets.UTF_8));
            // 12 bytes: a collision among one project's few flags of a rule is out of the question
            return rule.slug() + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
