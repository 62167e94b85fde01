package io.dateline.sink.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;

/**
 * An Avro record as one line of plain JSON, written straight to a stream: the same text as
 * {@link io.dateline.schemas.AvroJson#toJson} (field names of the schema, unions unwrapped, enums as symbols, times as
 * ISO-8601 strings) at a fraction of the cost, since no JSON tree is built. The sink renders every stored story
 * with it.
 */
final class RecordJson {

    private static final JsonFactory JSON = new JsonFactory();

    private RecordJson() {
    }

    static String toJson(IndexedRecord record) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            writeRecord(generator, record);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + record.getSchema().getName() + " as JSON", e);
        }
        return out.toString();
    }

    private static void writeRecord(JsonGenerator out, IndexedRecord record) throws IOException {
        out.writeStartObject();
        for (Schema.Field field : record.getSchema().getFields()) {
            out.writeFieldName(field.name());
            writeValue(out, record.get(field.pos()));
        }
        out.writeEndObject();
    }

    private static void writeValue(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof CharSequence || value instanceof Enum<?>
                || value instanceof GenericData.EnumSymbol) {
            out.writeString(value.toString());
        } else if (value instanceof IndexedRecord record) {
            writeRecord(out, record);
        } else if (value instanceof Integer i) {
            out.writeNumber(i);
        } else if (value instanceof Long l) {
            out.writeNumber(l);
        } else if (value instanceof Double d) {
            out.writeNumber(d);
        } else if (value instanceof Float f) {
            out.writeNumber(f);
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Instant instant) {
            out.writeString(instant.toString());
        } else if (value instanceof Collection<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                writeValue(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(out, entry.getValue());
            }
            out.writeEndObject();
        } else {
            out.writeString(value.toString());
        }
    }
}
