package cn.jixiao.project.redflags;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import cn.jixiao.project.redflags.rules.RedFlagThresholds;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployment's settings start from the rules' defaults, and a district's figure replaces one of them. */
class RedFlagSettingsTest {

    @Test
    void unsetTheSettingsAreTheDefaults() {
        RedFlagSettings settings = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("jixiao.red-flags", RedFlagSettings.class);

        assertThat(settings.thresholds()).isEqualTo(RedFlagThresholds.DEFAULTS);
    }

    @Test
    void aSettingReplacesItsDefault() {
        RedFlagSettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "jixiao.red-flags.procurement-threshold", "500000")))
                .bindOrCreate("jixiao.red-flags", RedFlagSettings.class);

        assertThat(settings.thresholds().procurementThreshold()).isEqualByComparingTo("500000");
        assertThat(settings.thresholds().yearEndWindowDays()).isEqualTo(31);
    }
}
