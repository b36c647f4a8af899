package cn.jixiao.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** The four services (and the further instances of the back-ends), started and stopped together. */
public final class ServiceFleet implements AutoCloseable {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(90);

    private final List<ServiceProcess> services;

    private ServiceFleet(List<ServiceProcess> services) {
        this.services = List.copyOf(services);
    }

    public static ServiceFleet start(Path repoRoot, ServiceEnvironment environment, Path logDir) {
        return start(repoRoot, environment, logDir, DEFAULT_READY_TIMEOUT);
    }

    /**
     * Starts every instance of the environment from the jars under {@code repoRoot} and returns once all are
     * ready. If one fails, all are stopped and the exception quotes the failed one's log. For the end-to-end
     * tests: C1 alone and no archive, the quickest start without a training run in a fresh folder (the local
     * stack runs the full JIT with archives).
     */
    public static ServiceFleet start(Path repoRoot, ServiceEnvironment environment, Path logDir,
                                     Duration readyTimeout) {
        return start(repoRoot, environment, logDir, readyTimeout, ServiceProcess.Jit.C1_ONLY, Optional.empty());
    }

    /**
     * As {@link #start(Path, ServiceEnvironment, Path, Duration)}, with the compilers given and, with a cache
     * folder, each service started with its class data sharing archive (made first by a training run where the
     * jar has none yet: {@link ClassDataSharing}).
     */
    public static ServiceFleet start(Path repoRoot, ServiceEnvironment environment, Path logDir,
                                     Duration readyTimeout, ServiceProcess.Jit jit, Optional<Path> cdsCache) {
        requireJars(repoRoot);
        var launches = launches(repoRoot, environment, logDir, readyTimeout, jit, cdsCache);
        var instances = environment.instances();
        var specs = instances.stream()
                .map(instance -> ServiceProcess.spec(instance, ServiceProcess.jvmOptions(instance.service(), jit),
                        launches.get(instance.service()), environment, logDir))
                .toList();
        var processes = ManagedProcess.startTogether(specs);
        var services = new ArrayList<ServiceProcess>();
        for (int i = 0; i < instances.size(); i++) {
            var instance = instances.get(i);
            services.add(new ServiceProcess(instance, URI.create(environment.localUrl(instance)), processes.get(i),
                    readyTimeout));
        }
        var fleet = new ServiceFleet(services);
        try {
            // They boot concurrently, so waiting for one after the other costs only the slowest one's time
            services.forEach(service -> service.awaitReady(readyTimeout));
            return fleet;
        } catch (RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    /** How each service runs: its archive prepared (training runs of all four at once), or its plain jar. */
    private static Map<Service, ClassDataSharing.Launch> launches(Path repoRoot, ServiceEnvironment environment,
                                                                  Path logDir, Duration timeout,
                                                                  ServiceProcess.Jit jit, Optional<Path> cdsCache) {
        var launches = new EnumMap<Service, ClassDataSharing.Launch>(Service.class);
        if (cdsCache.isEmpty()) {
            for (var service : Service.values()) {
                launches.put(service, new ClassDataSharing.Launch(service.jarIn(repoRoot), List.of(), false));
            }
            return launches;
        }
        // a training run starts the whole context once, four at a time on two cores: give it more than a start
        var cds = new ClassDataSharing(cdsCache.get(), timeout.multipliedBy(2));
        var preparing = new EnumMap<Service, CompletableFuture<ClassDataSharing.Launch>>(Service.class);
        for (var service : Service.values()) {
            preparing.put(service, CompletableFuture.supplyAsync(() -> cds.prepare(service, service.jarIn(repoRoot),
                    ServiceProcess.jvmOptions(service, jit), environment.forService(service), logDir)));
        }
        preparing.forEach((service, launch) -> launches.put(service, launch.join()));
        var trained = launches.entrySet().stream().filter(launch -> launch.getValue().trained())
                .map(launch -> launch.getKey().module()).toList();
        if (!trained.isEmpty()) {
            System.out.printf("  made class data sharing archives for %s (once per jar)%n", String.join(", ", trained));
        }
        return launches;
    }

    /** Fails with one message naming every missing jar, before anything is started. */
    public static void requireJars(Path repoRoot) {
        var missing = Arrays.stream(Service.values())
                .map(service -> service.jarIn(repoRoot))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .collect(Collectors.joining(System.lineSeparator() + "  "));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Service jars are missing; build the services first "
                    + "(./mvnw -B -DskipTests package):" + System.lineSeparator() + "  " + missing);
        }
    }

    public List<ServiceProcess> services() {
        return services;
    }

    /** The service's first (or only) instance. */
    public ServiceProcess service(Service service) {
        return services.stream().filter(running -> running.service() == service).findFirst().orElseThrow();
    }

    /** Every instance of the service. */
    public List<ServiceProcess> instances(Service service) {
        return services.stream().filter(running -> running.service() == service).toList();
    }

    /** Stops all in parallel. */
    @Override
    public void close() {
        ManagedProcess.closeAll(services.stream().map(ServiceProcess::process).toList());
    }
}
