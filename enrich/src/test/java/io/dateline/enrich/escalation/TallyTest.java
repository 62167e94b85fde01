package io.dateline.enrich.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void shouldSumIntensitiesToTheSameValueInAnyOrder() {
        // Given: intensities whose double sums differ by order (0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1 in doubles)
        List<Tally> tallies = new ArrayList<>();
        for (double intensity : new double[] {0.1, 0.2, 0.3, -4.4, 2.8, -0.7, 3.4, -9.5, 1.9, -2.2}) {
            tallies.add(Tally.of(event(3, intensity)));
        }
        Tally inOrder = sum(tallies);

        // When / Then
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(tallies, random);
            assertThat(sum(tallies)).isEqualTo(inOrder);
        }
        assertThat(inOrder.intensitySum()).isEqualTo(-8.1);
        assertThat(inOrder.conflictIntensity()).isEqualTo(16.8);
    }

    @Test
    void shouldBeExactlyZeroAfterAnUpdateRetractsItsEarlierVersion() {
        Tally first = Tally.of(event(4, -0.3)).plus(Tally.of(event(1, 0.1)));

        assertThat(first.plus(first.negate())).isEqualTo(Tally.ZERO);
    }

    private static Tally sum(List<Tally> tallies) {
        Tally sum = Tally.ZERO;
        for (Tally tally : tallies) {
            sum = sum.plus(tally);
        }
        return sum;
    }

    private static Event event(int quad, double intensity) {
        return Event.newBuilder().setType("FIGHT").setQuad(quad).setIntensity(intensity).build();
    }
}
