package cn.jixiao.loadtest;

import java.time.Duration;

import cn.jixiao.loadtest.seed.SeedPasswords;

/**
 * What a run is pointed at and how hard it pushes, from {@code -Dload.*} system properties:
 *
 * <ul>
 *   <li>{@code load.profile}: {@code stairs} (default: visits per second rising in steps, to find the knee),
 *       {@code constant} (one rate held, for a figure at that rate) or {@code smoke} (one visit of each kind);</li>
 *   <li>{@code load.rate}: visits per second of the constant profile, and the stairs' step (default 1);</li>
 *   <li>{@code load.steps}, {@code load.stepSeconds}: the stairs (default 6 steps of 30 s);</li>
 *   <li>{@code load.seconds}: how long the constant rate is held (default 60);</li>
 *   <li>{@code load.streets}: how many seeded streets' editors take part (default 40; one account each);</li>
 *   <li>{@code load.year}: the seeded year (2026), {@code load.gateway}, {@code load.keycloak}: the stack.</li>
 * </ul>
 */
record LoadSettings(String profile, double rate, int steps, Duration step, Duration held, int streets, int year,
                    String gateway, String keycloak, String editorPassword, String demoPassword) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(System.getProperty("load.profile", "stairs"),
                Double.parseDouble(System.getProperty("load.rate", "1")),
                Integer.getInteger("load.steps", 6),
                Duration.ofSeconds(Integer.getInteger("load.stepSeconds", 30)),
                Duration.ofSeconds(Integer.getInteger("load.seconds", 60)),
                Integer.getInteger("load.streets", 40),
                Integer.getInteger("load.year", 2026),
                System.getProperty("load.gateway", "http://localhost:8080"),
                System.getProperty("load.keycloak", "http://localhost:18080"),
                System.getProperty("load.editorPassword", SeedPasswords.STREET_EDITORS),
                System.getProperty("load.demoPassword", SeedPasswords.DEMO));
    }

    boolean smoke() {
        return "smoke".equals(profile);
    }
}
