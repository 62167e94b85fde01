package io.dateline.platform;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape of every service's {@code main}: read the configuration, construct, register a named shutdown hook, start,
 * block until the JVM is asked to stop or a thread dies of an uncaught exception, close. Closing waits for the work in
 * hand within the service's own shutdown timeout. Exit codes ({@link #run} returns them for {@code System.exit}):
 * <ul>
 *   <li>{@value #EXIT_OK}: stopped by {@link #requestStop()} after a clean close;</li>
 *   <li>{@value #EXIT_FAILURE}: it could not be created or started, or a thread died of an uncaught exception (logged
 *   with its stack trace; the service is closed first, so the orchestrator restarts a whole service);</li>
 *   <li>{@value #EXIT_CONFIG}: a setting is missing or wrong (the message names it);</li>
 *   <li>143 / 130: stopped by SIGTERM / SIGINT, after the shutdown hook closed the service (the JVM's 128 + signal).</li>
 * </ul>
 */
public final class ServiceMain {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_CONFIG = 2;

    /** Read by the logging configuration (logback.xml) from the environment; checked here so a typo fails at start. */
    public static final Setting<String> LOG_FORMAT = new Setting<>("DATELINE_LOG_FORMAT", "text",
            "Log format on stderr: text (one line per event) or json (one JSON object per line, for log shippers). "
                    + "Environment only.", ServiceMain::logFormat);

    /** Settings every service main reads, besides its own and {@link KafkaSettings#SETTINGS}. */
    public static final List<Setting<?>> SETTINGS = List.of(LOG_FORMAT);

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMain.class);

    private final String name;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final AtomicInteger exitCode = new AtomicInteger(EXIT_OK);

    ServiceMain(String name) {
        this.name = name;
    }

    /**
     * Runs the service built by {@code factory} from the environment, with an uncaught-exception handler for every
     * thread; returns the exit code for {@code main}.
     */
    public static int run(String name, Function<ConfigSource, Service> factory) {
        ServiceMain main = new ServiceMain(name);
        Thread.setDefaultUncaughtExceptionHandler(main::uncaught);
        return main.run(ConfigSource.fromEnvironment(), factory);
    }

    /** Builds, starts and runs the service until stopped; returns the exit code. */
    int run(ConfigSource config, Function<ConfigSource, Service> factory) {
        Service service;
        try {
            checkLogFormat(config);
            service = factory.apply(config);
        } catch (ConfigException e) {
            LOG.error("{}: configuration error: {}", name, e.getMessage());
            return EXIT_CONFIG;
        } catch (RuntimeException e) {
            LOG.error("{}: cannot be created: {}", name, e.getMessage(), e);
            return EXIT_FAILURE;
        }
        Thread hook = new Thread(() -> {
            LOG.info("{}: shutting down", name);
            service.close();
            LOG.info("{}: stopped", name);
            stop.countDown();
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            service.start();
            LOG.info("{}: started", name);
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("{}: failed to start: {}", name, e.getMessage(), e);
            exitCode.compareAndSet(EXIT_OK, EXIT_FAILURE);
        }
        service.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting on a signal: the hook is closing the service
        }
        return exitCode.get();
    }

    /** Asks the running service to stop; {@link #run} then closes it and returns {@value #EXIT_OK}. */
    public void requestStop() {
        stop.countDown();
    }

    /** A thread died: log it with its stack trace, and stop the service with {@value #EXIT_FAILURE}. */
    void uncaught(Thread thread, Throwable error) {
        LOG.error("{}: thread {} died of an uncaught exception; stopping with exit code {}", name, thread.getName(),
                EXIT_FAILURE, error);
        exitCode.set(EXIT_FAILURE);
        stop.countDown();
    }

    /** A wrong DATELINE_LOG_FORMAT leaves logback without an appender, so this one error also goes to stderr. */
    private static void checkLogFormat(ConfigSource config) {
        try {
            config.get(LOG_FORMAT);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            throw e;
        }
    }

    /** Exactly {@code text} or {@code json}: logback picks its appender by this name, as written. */
    private static String logFormat(String text) {
        if (!"text".equals(text) && !"json".equals(text)) {
            throw new IllegalArgumentException("must be text or json (lower case)");
        }
        return text;
    }
}
