package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.RawStory;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record schema must stay fully compatible with each of its released copies: today's readers read data that
 * released writers wrote, and released readers read data that today's writers write. A breaking change fails here.
 */
class SchemaCompatibilityTest {

    static Stream<Arguments> currentAndReleased() {
        return Stream.of(RawStory.getClassSchema(), EnrichedStory.getClassSchema(), EscalationWindow.getClassSchema())
                .flatMap(current -> {
                    List<Schema> released = ReleasedSchemas.of(current.getName());
                    assertThat(released).as("released copies of %s", current.getName()).isNotEmpty();
                    return released.stream().map(old -> Arguments.of(current.getName(), current, old));
                });
    }

    @ParameterizedTest(name = "{0} reads data written with its released schema")
    @MethodSource("currentAndReleased")
    void shouldReadDataWrittenWithReleasedSchema(String name, Schema current, Schema released) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(current, released);

        assertThat(result.getType()).as(result.getDescription()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @ParameterizedTest(name = "released {0} readers read data written with the current schema")
    @MethodSource("currentAndReleased")
    void shouldBeReadableByReleasedReaders(String name, Schema current, Schema released) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(released, current);

        assertThat(result.getType()).as(result.getDescription()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
}
