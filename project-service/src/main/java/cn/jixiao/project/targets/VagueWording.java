package cn.jixiao.project.targets;

import java.util.List;
import java.util.Optional;

/**
 * Wordings that promise a direction but no measure: a target that only says 进一步提高 or 有所提升 cannot be checked
 * at the end of the year, so nobody can say whether it was met (the "targets too vague" of the Ministry of Finance's
 * reviews). A qualitative target containing one of these is flagged before submission, with the advice to write a
 * number and unit (≥90%) or a checkable statement (2023年12月底前完成验收). Extend the list here, in one place, when
 * the district's reviewers name another one.
 */
public final class VagueWording {

    /** Longer phrases first, so the phrase named is the one the street wrote (进一步提高, not 提高). */
    public static final List<String> PHRASES = List.of(
            "进一步提高", "进一步提升", "进一步改善", "进一步完善", "进一步加强", "进一步增强", "进一步优化",
            "有所提高", "有所提升", "有所改善", "有所增加", "有所增强", "有所好转",
            "明显提高", "明显提升", "明显改善", "明显增强", "显著提高", "显著提升", "显著改善",
            "逐步提高", "逐步提升", "逐步完善", "逐步改善", "稳步提高", "稳步提升",
            "不断提高", "不断提升", "不断完善", "持续提高", "持续提升", "持续改善",
            "大幅提高", "大幅提升", "有效提高", "有效提升", "得到提高", "得到提升", "得到改善",
            "力争");

    private VagueWording() {
    }

    /** The vague phrase the target is written with, if any. */
    public static Optional<String> in(String target) {
        if (target == null) {
            return Optional.empty();
        }
        String text = target.replaceAll("\\s+", "");
        return PHRASES.stream().filter(text::contains).findFirst();
    }
}
