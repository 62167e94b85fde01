package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.RawStory;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/** The compatibility check is only worth having if it catches breaking changes: show that it does. */
class SchemaCompatibilityGuardTest {

    @Test
    void shouldRejectNewRequiredFieldWithoutDefault() {
        Schema released = RawStory.getClassSchema();
        SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record("RawStory").namespace("io.dateline.avro")
                .fields();
        released.getFields().forEach(f -> fields.name(f.name()).type(f.schema()).noDefault());
        Schema broken = fields.name("mandatoryNewField").type().stringType().noDefault().endRecord();

        var result = SchemaCompatibility.checkReaderWriterCompatibility(broken, released);

        assertThat(result.getType()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }
}
