package io.dateline.platform;

/**
 * A long-running part of the pipeline. {@link #start()} returns once it runs in the background; {@link #close()} stops
 * it, waits for in-flight work within its shutdown timeout, and is safe to call more than once.
 */
public interface Service extends AutoCloseable {

    /** Starts the service; returns once it is running. */
    void start();

    /** Whether it is up and doing its work (for health checks). */
    boolean isRunning();

    @Override
    void close();
}
