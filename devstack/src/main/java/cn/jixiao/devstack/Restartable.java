package cn.jixiao.devstack;

/**
 * A part of the stack that the {@link Supervisor} can start again after its process died: with the same ports,
 * data directory and environment, so the others reconnect to it. A restart repeats only what every start does;
 * nothing done once for a new data directory (formatting Kafka's storage, importing the realm into an empty
 * Keycloak database) is done again.
 */
public interface Restartable {

    /** Its process, whose current run the supervisor watches. */
    ManagedProcess process();

    /** Where it serves; shown by {@code ./jixiao status}. */
    int port();

    /**
     * Launches its process again and returns once it serves, failing with a {@link ProcessStartupException} (or
     * another runtime exception) when it does not come up.
     */
    void restart();

    default String name() {
        return process().name();
    }
}
