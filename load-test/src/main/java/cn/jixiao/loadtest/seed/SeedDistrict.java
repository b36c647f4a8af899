package cn.jixiao.loadtest.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.loadtest.client.JsonApi;
import cn.jixiao.loadtest.client.Tokens;

/**
 * Seeds 盘龙区 with the load test's district through the platform's own API, against a running local stack
 * ({@code ./jixiao up}):
 * <ol>
 *   <li>the platform administrator onboards each street ({@code POST /api/tenants/{盘龙区}/streets}): project-service
 *       creates its Keycloak group {@code /panlong/ld001} and its first account {@code ld001-editor} (street-editor and
 *       street-approver), exactly as a real street is opened (ADR 7);</li>
 *   <li>that account gets the load test's permanent password through Keycloak's Admin API ({@link KeycloakAccounts}:
 *       the temporary one would have to be changed in a browser first);</li>
 *   <li>signed in as that editor, the seed registers the street's projects ({@code POST /api/projects}) and sets
 *       each one's budget ({@code PUT …/budget}); evaluation-service and report-service learn of them from the
 *       events, as of any registration.</li>
 * </ol>
 * Rerunning finds what exists (streets by group, projects by code) and adds only what is missing. {@code remove}
 * takes it all away again (see {@link SeedRemoval}). Run by hand:
 *
 * <pre>./mvnw -q -pl load-test compile exec:java [-Dexec.args="streets=200 projects=30 year=2026 threads=4"]
 * ./mvnw -q -pl load-test compile exec:java -Dexec.args=remove</pre>
 */
public final class SeedDistrict {

    private final JsonApi gateway;
    private final Tokens tokens;
    private final KeycloakAccounts keycloak;
    private final String password;
    private final String platformAdminPassword;

    SeedDistrict(Arguments arguments) {
        this.gateway = new JsonApi(arguments.text("gateway", "http://localhost:8080"));
        String keycloakUrl = arguments.text("keycloak", "http://localhost:18080");
        this.tokens = Tokens.ofRealm(keycloakUrl);
        this.keycloak = new KeycloakAccounts(keycloakUrl, arguments.text("keycloakAdmin", "admin"),
                arguments.text("keycloakAdminPassword", "admin"));
        this.password = arguments.text("password", SeedPasswords.STREET_EDITORS);
        this.platformAdminPassword = arguments.text("demoPassword", SeedPasswords.DEMO);
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        SeedPlan plan = new SeedPlan(arguments.number("year", 2026), arguments.number("streets", 200),
                arguments.number("projects", 30));
        SeedDistrict seed = new SeedDistrict(arguments);
        if (arguments.has("remove")) {
            seed.remove(plan, arguments.text("mongo", "mongodb://127.0.0.1:27017"));
        } else {
            seed.seed(plan, arguments.number("threads", 4));
        }
    }

    void seed(SeedPlan plan, int threads) throws Exception {
        long start = System.nanoTime();
        String admin = tokens.of("platform-admin", platformAdminPassword);
        String districtId = districtId(admin);
        Set<String> onboarded = seededStreets(admin);
        AtomicInteger newStreets = new AtomicInteger();
        AtomicInteger newProjects = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (SeedPlan.Street street : plan.streetList()) {
                work.add(pool.submit(() -> {
                    if (!onboarded.contains(street.name())) {
                        onboard(districtId, street);
                        newStreets.incrementAndGet();
                    }
                    newProjects.addAndGet(registerMissingProjects(plan, street));
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("盘龙区 (%s): %d streets onboarded now (%d before), %d projects of %d registered now; %d × %d in all, in %.1f s%n",
                districtId, newStreets.get(), onboarded.size(), newProjects.get(), plan.year(), plan.streets(),
                plan.projectsPerStreet(), (System.nanoTime() - start) / 1e9);
    }

    private String districtId(String admin) {
        for (JsonNode tenant : gateway.get("/api/tenants", admin).expect(200)) {
            if (SeedPlan.DISTRICT_GROUP.equals(tenant.path("groupPath").asText())) {
                return tenant.get("id").asText();
            }
        }
        throw new IllegalStateException("盘龙区 (" + SeedPlan.DISTRICT_GROUP + ") is not onboarded: is this the local stack with its demo tenants?");
    }

    /** The group names of the streets an earlier run onboarded. */
    private Set<String> seededStreets(String admin) {
        Set<String> names = new HashSet<>();
        for (JsonNode tenant : gateway.get("/api/tenants", admin).expect(200)) {
            String path = tenant.path("groupPath").asText();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (path.startsWith(SeedPlan.DISTRICT_GROUP + "/") && name.matches(SeedPlan.STREET_NAME_PATTERN)) {
                names.add(name);
            }
        }
        return names;
    }

    private void onboard(String districtId, SeedPlan.Street street) {
        String admin = tokens.of("platform-admin", platformAdminPassword);
        gateway.post("/api/tenants/" + districtId + "/streets", admin, Map.of("name", street.name(),
                "displayName", street.displayName(), "administrator", Map.of("username", street.editor(),
                        "firstName", "测试", "lastName", "负载", "email", street.editor() + "@example.com"))).expect(201);
        keycloak.setPermanentPassword(street.editor(), password);
    }

    /** Registers the street's projects that are not there yet, each with its budget; answers how many. */
    private int registerMissingProjects(SeedPlan plan, SeedPlan.Street street) {
        String token = editorToken(street);
        Set<String> existing = new HashSet<>();
        for (JsonNode project : gateway.get("/api/projects?size=500&year=" + plan.year(), token).expect(200).path("items")) {
            existing.add(project.path("code").asText());
        }
        int registered = 0;
        for (SeedPlan.SeededProject project : plan.projectsOf(street)) {
            if (existing.contains(project.code())) {
                continue;
            }
            token = editorToken(street);
            String id = gateway.post("/api/projects", token, Map.of("code", project.code(), "name", project.name(),
                    "year", project.year(), "competentDepartment", street.unit(), "implementingUnit", street.unit()))
                    .expect(201).get("id").asText();
            gateway.put("/api/projects/" + id + "/budget", token, budget(project.budget())).expect(200);
            registered++;
        }
        return registered;
    }

    /** The editor's token; an account onboarded by an interrupted run may still lack its password. */
    private String editorToken(SeedPlan.Street street) {
        try {
            return tokens.of(street.editor(), password);
        } catch (IllegalStateException cannotSignIn) {
            keycloak.setPermanentPassword(street.editor(), password);
            return tokens.of(street.editor(), password);
        }
    }

    static Map<String, Object> budget(BigDecimal amount) {
        return Map.of("initialBudget", amount,
                "bySource", List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION", "initial", amount, "fullYear", amount)),
                "byClassification", List.of(Map.of("code", "30227", "amount", amount)));
    }

    void remove(SeedPlan plan, String mongoUri) {
        String admin = tokens.of("platform-admin", platformAdminPassword);
        String districtId = districtId(admin);
        Set<String> onboarded = seededStreets(admin);
        for (String name : onboarded) {
            keycloak.removeUser(name + "-editor");
            keycloak.removeGroup(SeedPlan.DISTRICT_GROUP + "/" + name);
        }
        long documents = SeedRemoval.removeFromStores(mongoUri, districtId);
        System.out.printf("removed %d seeded streets (Keycloak groups and accounts) and %,d documents of theirs from %s%n",
                onboarded.size(), documents, SeedRemoval.DATABASES);
    }

    /** {@code key=value} arguments and bare flags such as {@code remove}. */
    record Arguments(Map<String, String> values) {

        Arguments(String[] args) {
            this(parse(args));
        }

        private static Map<String, String> parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                for (String word : arg.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        int eq = word.indexOf('=');
                        values.put(eq < 0 ? word : word.substring(0, eq), eq < 0 ? "" : word.substring(eq + 1));
                    }
                }
            }
            return values;
        }

        boolean has(String flag) {
            return values.containsKey(flag);
        }

        String text(String key, String otherwise) {
            return values.getOrDefault(key, otherwise);
        }

        int number(String key, int otherwise) {
            return values.containsKey(key) ? Integer.parseInt(values.get(key)) : otherwise;
        }
    }
}
