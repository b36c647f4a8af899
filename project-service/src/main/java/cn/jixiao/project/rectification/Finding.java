package cn.jixiao.project.rectification;

import java.util.Objects;

/**
 * What needs rectifying and where it was found: the source and its reference (an evaluation's indicator, a monitoring
 * round's line, a targets step) name the finding, so a finding delivered twice opens one item.
 */
record Finding(RectificationSource source, String reference, String text) {

    Finding {
        Objects.requireNonNull(source, "source");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a finding needs its text");
        }
        if (source.automatic() && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException("an automatic finding needs its reference");
        }
    }
}
