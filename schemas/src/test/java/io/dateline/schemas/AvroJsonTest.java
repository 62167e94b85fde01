package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void shouldRenderPlainJsonWithUnwrappedUnionsAndIsoTimestamps() {
        JsonNode json = AvroJson.toTree(StoryFixtures.rawStory("afp:1", 2));

        assertThat(json.path("id").asText()).isEqualTo("afp:1");
        assertThat(json.path("version").asLong()).isEqualTo(2);
        assertThat(json.path("agency").asText()).isEqualTo("AFP");
        assertThat(json.path("format").asText()).isEqualTo("PLAIN_TEXT");
        assertThat(json.path("versionCreated").asText()).isEqualTo("2026-01-16T09:58:00Z");
        assertThat(json.path("byline").isNull()).isTrue();
        assertThat(json.path("provenance").path("origin").asText()).isEqualTo("seeds/a.txt");
    }
}
