package io.dateline.schemas;

import io.dateline.avro.InputFormat;
import io.dateline.avro.Provenance;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import java.time.Instant;

final class StoryFixtures {

    private StoryFixtures() {
    }

    static RawStory rawStory(String id, long version) {
        return RawStory.newBuilder()
                .setId(id)
                .setVersion(version)
                .setAgency("AFP")
                .setFormat(InputFormat.PLAIN_TEXT)
                .setHeadline("Harbour strike halts grain exports")
                .setBody("Dock workers in the port walked out on Monday.\n\nTalks resume on Friday.")
                .setLanguage("en")
                .setPubStatus(PubStatus.USABLE)
                .setReceived(Instant.parse("2026-01-16T10:00:00Z"))
                .setVersionCreated(Instant.parse("2026-01-16T09:58:00Z"))
                .setContentHash("ab12")
                .setProvenance(Provenance.newBuilder().setChannel("file").setOrigin("seeds/a.txt").build())
                .build();
    }
}
