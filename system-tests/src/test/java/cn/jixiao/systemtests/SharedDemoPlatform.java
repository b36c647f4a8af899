package cn.jixiao.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One demo platform ({@link LocalPlatform#withDemoData()}) for every test class of the run that can work on it: a
 * platform takes 80–100 s to start on a two-core machine, and the README's test command must stay under 20 minutes.
 *
 * <p>The classes that share it run in a fixed order ({@code junit-platform.properties} orders classes by
 * {@link org.junit.jupiter.api.Order}): the workbench's browser tests first, on the demo data as {@code ./jixiao up}
 * shows it; then the API threads and the isolation matrix, which create their own projects beside the demo's and
 * find them by id; then the faults, which kill each part in turn while editors write and wait until every copy
 * converged; last the backup, which backs up whatever the others left and {@linkplain #retire() retires} the
 * platform before it starts the restored one. Run alone, each class starts the platform itself; whatever is still
 * running at the end of the run is stopped then.
 *
 * <p>A class says {@code @ExtendWith(SharedDemoPlatform.class)} and takes the platform as a parameter of its
 * {@code @BeforeAll} method.
 */
public final class SharedDemoPlatform implements ParameterResolver {

    /** The test classes' places in the run (lower first). */
    public static final int BROWSER_TESTS = 1;
    /** the year's cycle in the browser (issue #15): after the workbench's tests, which read the demo data as it starts */
    public static final int YEAR_CYCLE_BROWSER_TESTS = 2;
    public static final int API_THREADS = 3;
    public static final int FAULTS = 4;
    public static final int BACKUP = 5;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDemoPlatform.class);

    private static Running running;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return in(context);
    }

    /** The run's demo platform, started by the first class that asks. */
    private static synchronized LocalPlatform in(ExtensionContext context) {
        if (running == null) {
            running = new Running(LocalPlatform.withDemoData());
            // the root context's store closes what it holds when the whole run ends
            context.getRoot().getStore(NAMESPACE).put(Running.class, running);
        }
        return running.platform;
    }

    /** Stops the platform now, for the last class to use it (its processes would compete with the next platform). */
    public static synchronized void retire() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private static final class Running implements AutoCloseable {

        private final LocalPlatform platform;
        private boolean closed;

        private Running(LocalPlatform platform) {
            this.platform = platform;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                platform.close();
            }
        }
    }
}
