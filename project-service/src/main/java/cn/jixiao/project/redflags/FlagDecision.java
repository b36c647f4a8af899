package cn.jixiao.project.redflags;

import java.time.Instant;

import cn.jixiao.project.redflags.rules.RedFlagRule;

/**
 * The district overseer's decision on one flag, kept for good: who, when, and why (a dismissal's reason) or which
 * 整改 item it became. A flag is decided once.
 *
 * @param status          {@link FlagStatus#DISMISSED} or {@link FlagStatus#RECTIFICATION}
 * @param finding         the flag's finding as it read when decided (the ledger may change later)
 * @param reason          why it was dismissed; {@code null} for a rectification
 * @param rectificationId the 整改 item; {@code null} for a dismissal
 */
record FlagDecision(String flagKey, RedFlagRule rule, FlagStatus status, String finding, String reason,
                    String rectificationId, String decidedBy, Instant decidedAt) {
}
