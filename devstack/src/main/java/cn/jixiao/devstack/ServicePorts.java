package cn.jixiao.devstack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The HTTP port of each service, and of the further instances of the back-ends when the stack runs more than one
 * of each (the gateway stays one: it is the single entry and balances between the instances).
 *
 * @param replicaPorts the ports of each back-end's second, third ... instance; empty when each runs once
 */
public record ServicePorts(int gateway, int project, int evaluation, int report,
                           Map<Service, List<Integer>> replicaPorts) {

    /** The back-ends that can run as several instances. */
    public static final List<Service> BACKENDS = List.of(Service.PROJECT, Service.EVALUATION, Service.REPORT);

    /** A further instance of the local stack listens this far above the one before it: 8091, 8092, 8093. */
    static final int REPLICA_PORT_STEP = 10;

    public ServicePorts {
        replicaPorts = Map.copyOf(replicaPorts);
    }

    /** One instance of each service. */
    public ServicePorts(int gateway, int project, int evaluation, int report) {
        this(gateway, project, evaluation, report, Map.of());
    }

    /** The ports of ./jixiao up. */
    public static ServicePorts local() {
        return local(1);
    }

    /** The ports of ./jixiao up --replicas n: instance k of a back-end on its port + 10·(k-1), e.g. 8091. */
    public static ServicePorts local(int instances) {
        var ports = new ServicePorts(8080, 8081, 8082, 8083);
        return ports.withReplicas(instances, (service, k) -> ports.of(service) + REPLICA_PORT_STEP * (k - 1));
    }

    /** Four ports that are free right now, for tests that must not collide with a running local stack. */
    public static ServicePorts free() {
        return free(1);
    }

    /** Free ports for the gateway and {@code instances} of each back-end. */
    public static ServicePorts free(int instances) {
        return new ServicePorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next())
                .withReplicas(instances, (service, k) -> FreePorts.next());
    }

    private ServicePorts withReplicas(int instances, BiFunction<Service, Integer, Integer> portOfInstance) {
        if (instances < 1) {
            throw new IllegalArgumentException("At least one instance of each service, not " + instances);
        }
        var replicas = new EnumMap<Service, List<Integer>>(Service.class);
        for (var service : BACKENDS) {
            var more = new ArrayList<Integer>();
            for (int k = 2; k <= instances; k++) {
                more.add(portOfInstance.apply(service, k));
            }
            replicas.put(service, List.copyOf(more));
        }
        return new ServicePorts(gateway, project, evaluation, report, replicas);
    }

    /** The first (or only) instance's port. */
    public int of(Service service) {
        return switch (service) {
            case GATEWAY -> gateway;
            case PROJECT -> project;
            case EVALUATION -> evaluation;
            case REPORT -> report;
        };
    }

    /** Every instance of the service, the first one first. */
    public List<ServiceInstance> instancesOf(Service service) {
        var instances = new ArrayList<ServiceInstance>();
        instances.add(new ServiceInstance(service, 1, of(service)));
        var more = replicaPorts.getOrDefault(service, List.of());
        for (int i = 0; i < more.size(); i++) {
            instances.add(new ServiceInstance(service, i + 2, more.get(i)));
        }
        return List.copyOf(instances);
    }

    /** Every instance of every service: the gateway, then each back-end's instances. */
    public List<ServiceInstance> instances() {
        var all = new ArrayList<ServiceInstance>();
        for (var service : Service.values()) {
            all.addAll(instancesOf(service));
        }
        return List.copyOf(all);
    }
}
