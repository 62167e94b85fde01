package io.dateline.enrich;

import io.dateline.avro.InputFormat;
import io.dateline.avro.Provenance;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Small stories written for the tests, and a fixed clock. */
final class TestStories {

    static final Instant NOW = Instant.parse("2026-01-16T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestStories() {
    }

    /** A story with every field set. */
    static RawStory story(String id, String headline, String body, String dateline) {
        return RawStory.newBuilder()
                .setId(id)
                .setVersion(2)
                .setAgency("Test Wire")
                .setFormat(InputFormat.PLAIN_TEXT)
                .setHeadline(headline)
                .setByline("By A. Reporter")
                .setDateline(dateline)
                .setBody(body)
                .setLanguage("en")
                .setUrgency(3)
                .setPubStatus(PubStatus.USABLE)
                .setFirstCreated(Instant.parse("2026-01-16T09:00:00Z"))
                .setVersionCreated(Instant.parse("2026-01-16T10:00:00Z"))
                .setReceived(Instant.parse("2026-01-16T10:00:05Z"))
                .setContentHash("0123abcd")
                .setProvenance(new Provenance("file", "stories/" + id + ".txt", 0, "host-1", "plain-1"))
                .build();
    }
}
