package cn.jixiao.devstack;

/** The HTTP port of each service. */
public record ServicePorts(int gateway, int project, int evaluation, int report) {

    /** The ports of ./jixiao up. */
    public static ServicePorts local() {
        return new ServicePorts(8080, 8081, 8082, 8083);
    }

    /** Four ports that are free right now, for tests that must not collide with a running local stack. */
    public static ServicePorts free() {
        return new ServicePorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
    }

    public int of(Service service) {
        return switch (service) {
            case GATEWAY -> gateway;
            case PROJECT -> project;
            case EVALUATION -> evaluation;
            case REPORT -> report;
        };
    }
}
