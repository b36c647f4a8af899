package cn.jixiao.systemtests.workbench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The machine's own Chromium (Debian's {@code chromium} package), driven by Playwright. Playwright's browser download
 * cannot reach its hosts here, so it is told not to try and is given the binary {@code command -v chromium} finds.
 */
public final class Chromium {

    /**
     * Headless as root needs {@code --no-sandbox}; without the networking flags Chromium keeps calling hosts this
     * machine cannot reach.
     */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    /** The binary on the PATH, as {@code command -v chromium} prints it; {@code CHROMIUM} names another one. */
    public static Optional<Path> binary() {
        String named = System.getenv("CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright, Path binary) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(binary)
                .setHeadless(true)
                .setArgs(FLAGS));
    }
}
