package io.dateline.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoTimeTest {

    @Test
    void shouldWriteUtcWithMillisecondsAlways() {
        assertThat(IsoTime.format(Instant.parse("2026-01-16T09:30:00Z"))).isEqualTo("2026-01-16T09:30:00.000Z");
        assertThat(IsoTime.format(Instant.parse("2026-01-16T09:30:00.123456Z"))).isEqualTo("2026-01-16T09:30:00.123Z");
        assertThat(IsoTime.format(Instant.parse("0999-12-31T23:59:59.999Z"))).isEqualTo("0999-12-31T23:59:59.999Z");
    }

    @Test
    void shouldSortAsTextTheWayTimesSort() {
        Instant earlier = Instant.parse("2026-01-16T00:00:00Z");
        Instant later = earlier.plusMillis(1);

        assertThat(IsoTime.format(earlier)).isLessThan(IsoTime.format(later));
    }

    @Test
    void shouldFallBackToTheFormatterOutsideFourDigitYears() {
        assertThat(IsoTime.format(Instant.parse("+12026-01-16T09:30:00Z"))).isEqualTo("+12026-01-16T09:30:00.000Z");
    }
}
