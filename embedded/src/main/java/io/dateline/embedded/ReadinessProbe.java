package io.dateline.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Bootstrap servers -> returns once the broker there answers a {@code describeCluster} with itself as a node, or fails
 * after the timeout. A started {@code KafkaRaftServer} may still be catching up with its metadata log.
 */
final class ReadinessProbe {

    private static final long ATTEMPT_MILLIS = 2_000;

    private ReadinessProbe() {
    }

    static void await(String bootstrapServers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT_MILLIS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT_MILLIS,
                AdminClientConfig.CLIENT_ID_CONFIG, "dateline-embedded-readiness");
        Exception last = null;
        try (Admin admin = Admin.create(props)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(ATTEMPT_MILLIS, TimeUnit.MILLISECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka on " + bootstrapServers, e);
        }
        throw new IllegalStateException("Kafka on " + bootstrapServers + " did not answer within " + timeout
                + (last == null ? "" : ": " + last.getMessage()), last);
    }
}
