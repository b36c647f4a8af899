package cn.jixiao.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings every Jixiao application shares (trusted issuer, tracing, probes, log pattern), added with the
 * lowest precedence so that each application's own configuration and the environment still win.
 * One file instead of four copies of the same lines.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String FILE = "jixiao-platform-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("jixiao-platform-defaults", new ClassPathResource(FILE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
