package cn.jixiao.devstack;

/**
 * One running copy of a service: the local stack runs one of each, or more of each back-end with
 * {@code --replicas}.
 *
 * @param service which service
 * @param number  1 for the first instance, 2 for the second, ...
 * @param port    where this instance listens
 */
public record ServiceInstance(Service service, int number, int port) {

    /** {@code project-service} for the first instance, {@code project-service-2} for the second: logs and banner. */
    public String name() {
        return number == 1 ? service.module() : service.module() + "-" + number;
    }
}
