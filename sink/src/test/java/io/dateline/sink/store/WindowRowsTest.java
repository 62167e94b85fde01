package io.dateline.sink.store;

import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EscalationWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowRowsTest {

    private static final Instant DAY = Instant.parse("2026-01-16T00:00:00Z");
    private static final Instant T = Instant.parse("2026-01-16T10:00:00Z");

    @Test
    void shouldKeyAWindowAsTheEscalationTopicDoes() {
        assertThat(WindowRows.key(window("IRN", "USA", "day", DAY, 1.0, T).build()))
                .isEqualTo("IRN|USA|day|" + DAY.toEpochMilli());
    }

    @Test
    void shouldCollapseEachKeyToItsLastStateInTopicOrder() {
        List<EscalationWindow> states = List.of(
                window("IRN", "USA", "day", DAY, 1.0, T).build(),
                window("IRN", "USA", "day", DAY, 3.0, T.plusSeconds(2)).build(),
                window("IRN", "USA", "hour", DAY, 5.0, T).build(),
                window("IRN", "USA", "day", DAY, 2.0, T.plusSeconds(1)).build());

        assertThat(WindowRows.collapse(states)).extracting(EscalationWindow::getConflictIntensity)
                .as("the last state of each key, keys in the order they first appear").containsExactly(2.0, 5.0);
    }
}
