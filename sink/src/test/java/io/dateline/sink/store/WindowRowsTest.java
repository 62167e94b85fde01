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
    void shouldCollapseEachKeyToItsLatestStateInAnyOrder() {
        List<EscalationWindow> states = new ArrayList<>(List.of(
                window("IRN", "USA", "day", DAY, 1.0, T).build(),
                window("IRN", "USA", "day", DAY, 3.0, T.plusSeconds(2)).build(),
                window("IRN", "USA", "hour", DAY, 5.0, T).build(),
                window("IRN", "USA", "day", DAY, 2.0, T.plusSeconds(1)).build()));

        List<EscalationWindow> forward = WindowRows.collapse(states);
        Collections.reverse(states);
        List<EscalationWindow> backward = WindowRows.collapse(states);

        assertThat(forward).extracting(EscalationWindow::getConflictIntensity).containsExactly(3.0, 5.0);
        assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
    }

    @Test
    void shouldKeepTheFirstOfTwoStatesWithTheSameUpdatedAt() {
        assertThat(WindowRows.collapse(List.of(window("IRN", "USA", "day", DAY, 1.0, T).build(),
                window("IRN", "USA", "day", DAY, 2.0, T).build())))
                .extracting(EscalationWindow::getConflictIntensity).containsExactly(1.0);
    }
}
