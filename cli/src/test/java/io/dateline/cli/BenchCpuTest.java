package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thread names -> services, as the threads of the one-JVM pipeline are named. */
class BenchCpuTest {

    private final BenchCpu cpu = new BenchCpu("dateline-enrich", "dateline-sink");

    @Test
    void shouldTellTheServicesApartByThreadName() {
        assertThat(cpu.service("dateline-enrich-6f1c2d3e-StreamThread-1")).isEqualTo(BenchCpu.ENRICH);
        assertThat(cpu.service("kafka-producer-network-thread | dateline-enrich-6f1c-StreamThread-1-producer"))
                .isEqualTo(BenchCpu.ENRICH);
        assertThat(cpu.service("dateline-sink")).isEqualTo(BenchCpu.SINK);
        assertThat(cpu.service("kafka-coordinator-heartbeat-thread | dateline-sink")).isEqualTo(BenchCpu.SINK);
        assertThat(cpu.service("kafka-producer-network-thread | dateline-ingest")).isEqualTo(BenchCpu.INGEST);
        assertThat(cpu.service(BenchCommand.PUBLISHER_THREAD)).isEqualTo(BenchCpu.INGEST);
        assertThat(cpu.service("data-plane-kafka-request-handler-0")).isEqualTo(BenchCpu.BROKER);
        assertThat(cpu.service("dateline-sqlite-checkpoint")).isEqualTo(BenchCpu.SINK);
        assertThat(cpu.service("main")).isEqualTo(BenchCpu.OTHER);
    }
}
