package cn.jixiao.project.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of evidence uploads.
 *
 * @param maxSize the largest file accepted, {@code jixiao.evidence.max-size}; scanned reports of a few dozen
 *                pages fit in the default 20 MB
 */
@ConfigurationProperties("jixiao.evidence")
public record EvidenceProperties(@DefaultValue("20MB") DataSize maxSize) {
}
