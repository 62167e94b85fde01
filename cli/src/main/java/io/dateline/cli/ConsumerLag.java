package io.dateline.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group is behind: over every partition it has committed offsets for, plus every partition of the
 * named topics (uncommitted ones count from 0), the end offset minus the committed one. 0 when it has processed
 * everything there is now. Used by {@code dateline run} to know it is done, and by the fault suite.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    public static long of(Admin admin, String group, String... topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        admin.describeTopics(List.of(topics)).allTopicNames().get().values().forEach(description ->
                description.partitions().forEach(p -> partitions.add(new TopicPartition(description.name(),
                        p.partition()))));
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get()
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        return ends.entrySet().stream().mapToLong(e -> {
            OffsetAndMetadata done = committed.get(e.getKey());
            return Math.max(0, e.getValue() - (done == null ? 0 : done.offset()));
        }).sum();
    }
}
