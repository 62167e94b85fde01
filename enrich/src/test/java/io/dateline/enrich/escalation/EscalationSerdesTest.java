package io.dateline.enrich.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.schemas.VersionStamp;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class EscalationSerdesTest {

    private final Serde<StoryContribution> serde = EscalationSerdes.contribution();

    @Test
    void shouldRoundTripAContributionWithItsStamp() {
        StoryContribution contribution = new StoryContribution(1_000L,
                new VersionStamp(3, Instant.parse("2026-01-16T10:00:00Z")),
                Map.of("IRN|USA", new Tally(1, 0, 0, 1, 0, -4.4, 4.4)));

        byte[] bytes = serde.serializer().serialize("t", contribution);

        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(contribution);
    }

    @Test
    void shouldReadAContributionStoredBeforeStampsAsOlderThanAnyVersion() throws IOException {
        // Given: format 1, as enrich stored it before contributions carried the version stamp
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeLong(1_000L);
            out.writeInt(1);
            out.writeUTF("IRN|USA");
            for (int count : new int[] {1, 0, 0, 1, 0}) {
                out.writeInt(count);
            }
            out.writeDouble(-4.4);
            out.writeDouble(4.4);
        }

        // When
        StoryContribution read = serde.deserializer().deserialize("t", bytes.toByteArray());

        // Then
        assertThat(read.dyads()).containsOnlyKeys("IRN|USA");
        assertThat(new VersionStamp(1, null).isNewerThan(read.stamp())).isTrue();
    }
}
