package io.dateline.embedded;

import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Turns the broker's own loggers down to WARN, so an in-process broker does not bury the service's log under its INFO
 * lines. Only when logback is the SLF4J backend, and only for loggers the logback configuration leaves without a level:
 * a {@code <logger name="kafka" level="INFO"/>} in logback.xml wins. Client loggers (org.apache.kafka.clients) are
 * left alone, but the config dumps ({@code KafkaConfig values: ...}, several hundred lines each, logged by
 * org.apache.kafka.common.config for the broker and every client alike) and the version banners go too.
 */
final class BrokerLogging {

    /** Logger names the broker and controller log under (Scala code in kafka.*, Java code in org.apache.kafka.*). */
    static final List<String> BROKER_LOGGERS = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.controller",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.deferred",
            "org.apache.kafka.image",
            "org.apache.kafka.metadata",
            "org.apache.kafka.network",
            "org.apache.kafka.queue",
            "org.apache.kafka.raft",
            "org.apache.kafka.security",
            "org.apache.kafka.server",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.storage",
            "org.apache.kafka.timeline",
            "org.apache.kafka.common.config",
            "org.apache.kafka.common.metrics",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.telemetry",
            "org.apache.kafka.common.utils");

    private static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";

    private BrokerLogging() {
    }

    /**
     * Sets WARN on each broker logger that has no level of its own and would log below WARN (a quieter inherited level,
     * such as ERROR on org.apache.kafka, stays); does nothing without logback.
     */
    static void quiet() {
        if (!logbackPresent()) {
            return;
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof ch.qos.logback.classic.LoggerContext context) {
            for (String name : BROKER_LOGGERS) {
                ch.qos.logback.classic.Logger logger = context.getLogger(name);
                if (logger.getLevel() == null
                        && !logger.getEffectiveLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN)) {
                    logger.setLevel(ch.qos.logback.classic.Level.WARN);
                }
            }
        }
    }

    private static boolean logbackPresent() {
        try {
            Class.forName(LOGBACK_CONTEXT, false, BrokerLogging.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
