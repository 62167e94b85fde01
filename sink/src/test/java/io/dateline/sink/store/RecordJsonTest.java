package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.story;
import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.Dyad;
import io.dateline.avro.Escalation;
import io.dateline.avro.Provenance;
import io.dateline.avro.PubStatus;
import io.dateline.schemas.AvroJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    @Test
    void shouldWriteTheSameJsonAsAvroJsonForACompleteStory() {
        var story = builder("s1", 3)
                .setByline("By \"Quoted\" \\ Reporter\n")
                .setUrgency(2)
                .setPubStatus(PubStatus.WITHHELD)
                .setProvenance(new Provenance("file", "/x/ü.xml", 4, null, "p-1"))
                .setEscalation(new Escalation(-2.5, List.of(new Dyad("IRN", "USA", -2.5, 2))))
                .build();

        assertThat(RecordJson.toJson(story)).isEqualTo(AvroJson.toJson(story));
    }

    @Test
    void shouldWriteTheSameJsonAsAvroJsonWithNullsAndEmptyLists() {
        var story = builder("s1", 1).setEntities(List.of()).setEvents(List.of()).setEscalation(null)
                .setFirstCreated(null).setVersionCreated(Instant.parse("2026-01-16T09:30:00Z")).build();

        assertThat(RecordJson.toJson(story)).isEqualTo(AvroJson.toJson(story));
        assertThat(RecordJson.toJson(story("s2", 1))).isEqualTo(AvroJson.toJson(story("s2", 1)));
    }

    @Test
    void shouldWriteTheSameJsonAsAvroJsonForAWindow() {
        var window = window("IRN", "USA", "day", Instant.parse("2026-01-16T00:00:00Z"), 1.5,
                Instant.parse("2026-01-16T10:00:00.5Z")).setAlert(true).build();

        assertThat(RecordJson.toJson(window)).isEqualTo(AvroJson.toJson(window));
    }
}
