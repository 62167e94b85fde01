package io.dateline.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Ports, a data directory and overrides -> the server properties of a single-node KRaft cluster (one process that is
 * both broker and controller). Every internal topic gets replication factor 1 and min.isr 1: with the broker defaults
 * of 3 a consumer group never gets its partitions on one node.
 */
final class BrokerProperties {

    static final String LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";

    private BrokerProperties() {
    }

    /**
     * @param port           client port on 127.0.0.1
     * @param controllerPort controller (Raft) port on 127.0.0.1
     * @param logDir         where partitions and the metadata log live
     * @param partitions     partitions of automatically created topics
     * @param overrides      any broker property, applied last
     */
    static Properties of(int port, int controllerPort, Path logDir, int partitions, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", LISTENER + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":"
                + controllerPort);
        props.put("advertised.listeners", LISTENER + "://" + HOST + ":" + port);
        props.put("listener.security.protocol.map", LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", LISTENER);
        props.put("log.dirs", logDir.toAbsolutePath().toString());

        props.put("num.partitions", Integer.toString(partitions));
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // the log cleaner would allocate a 128 MiB dedupe buffer; compacted topics in a test or a laptop are small
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));

        props.putAll(overrides);
        return props;
    }
}
