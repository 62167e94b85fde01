package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.schemas.VersionStamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryVersionsTest {

    private static final Instant T = Instant.parse("2026-01-16T10:00:00Z");

    @Test
    void shouldLetAnythingSupersedeNothing() {
        assertThat(StoryVersions.supersedes(story("s1", 1), null)).isTrue();
    }

    @Test
    void shouldLetHigherVersionWinWhateverItsVersionCreated() {
        EnrichedStory v2 = builder("s1", 2).setVersionCreated(null).build();

        assertThat(StoryVersions.supersedes(v2, new VersionStamp(1, T))).isTrue();
        assertThat(StoryVersions.supersedes(builder("s1", 1).setVersionCreated(T.plusSeconds(9)).build(),
                new VersionStamp(2, null))).isFalse();
    }

    @Test
    void shouldLetLaterVersionCreatedWinAtEqualVersionWithMissingAsEarliest() {
        assertThat(StoryVersions.supersedes(builder("s1", 1).setVersionCreated(T.plusMillis(1)).build(),
                new VersionStamp(1, T))).isTrue();
        assertThat(StoryVersions.supersedes(builder("s1", 1).setVersionCreated(T).build(),
                new VersionStamp(1, null))).isTrue();
        assertThat(StoryVersions.supersedes(builder("s1", 1).setVersionCreated(null).build(),
                new VersionStamp(1, null))).isFalse();
    }

    @Test
    void shouldKeepTheStoredVersionOnATie() {
        assertThat(StoryVersions.supersedes(builder("s1", 1).setVersionCreated(T).build(),
                new VersionStamp(1, T))).isFalse();
    }

    @Test
    void shouldCollapseToTheSameWinnersInAnyOrder() {
        List<EnrichedStory> batch = new ArrayList<>(List.of(
                builder("a", 1).setVersionCreated(T).build(),
                builder("a", 2).setVersionCreated(null).build(),
                builder("a", 2).setVersionCreated(T).setHeadline("winner").build(),
                story("b", 7),
                builder("a", 1).setVersionCreated(T.plusSeconds(60)).build()));

        List<EnrichedStory> forward = StoryVersions.collapse(batch);
        Collections.reverse(batch);
        List<EnrichedStory> backward = StoryVersions.collapse(batch);

        assertThat(forward).extracting(EnrichedStory::getId).containsExactly("a", "b");
        assertThat(forward.get(0).getHeadline()).isEqualTo("winner");
        assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
    }
}
