package io.dateline.platform;

import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape of every service's {@code main}: read the configuration, construct, register a named shutdown hook, start,
 * block until the JVM is asked to stop. Exit codes: 0 after a clean stop, 2 for a configuration error, 1 otherwise.
 */
public final class ServiceMain {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_CONFIG = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMain.class);

    private ServiceMain() {
    }

    /** Runs the service built by {@code factory} from the environment; returns the exit code for {@code main}. */
    public static int run(String name, Function<ConfigSource, Service> factory) {
        Service service;
        try {
            service = factory.apply(ConfigSource.fromEnvironment());
        } catch (ConfigException e) {
            LOG.error("{}: configuration error: {}", name, e.getMessage());
            return EXIT_CONFIG;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("{}: shutting down", name);
            service.close();
            stopped.countDown();
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            service.start();
            LOG.info("{}: started", name);
            stopped.await();
            return EXIT_OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_OK;
        } catch (RuntimeException e) {
            LOG.error("{}: failed: {}", name, e.getMessage(), e);
            service.close();
            return EXIT_FAILURE;
        }
    }
}
