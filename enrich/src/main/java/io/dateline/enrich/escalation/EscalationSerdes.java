package io.dateline.enrich.escalation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serdes of the escalation index's internal values (stores and the repartition topic): a format byte, then the fields
 * in a fixed order with {@link DataOutputStream}. Internal only; a change of layout takes a new format byte.
 */
public final class EscalationSerdes {

    private static final byte FORMAT = 1;

    private EscalationSerdes() {
    }

    public static Serde<StoryContribution> contribution() {
        return serde(EscalationSerdes::writeContribution, EscalationSerdes::readContribution);
    }

    public static Serde<WindowDelta> delta() {
        return serde((out, delta) -> {
            out.writeUTF(delta.granularity().label());
            out.writeLong(delta.windowStartMs());
            writeTally(out, delta.tally());
        }, in -> new WindowDelta(Granularity.of(in.readUTF()), in.readLong(), readTally(in)));
    }

    public static Serde<WindowState> window() {
        return serde((out, state) -> {
            writeTally(out, state.tally());
            out.writeLong(state.updatedAtMs());
        }, in -> new WindowState(readTally(in), in.readLong()));
    }

    private static void writeContribution(DataOutputStream out, StoryContribution contribution) throws IOException {
        out.writeLong(contribution.eventTimeMs());
        out.writeInt(contribution.dyads().size());
        for (Map.Entry<String, Tally> dyad : contribution.dyads().entrySet()) {
            out.writeUTF(dyad.getKey());
            writeTally(out, dyad.getValue());
        }
    }

    private static StoryContribution readContribution(DataInputStream in) throws IOException {
        long eventTime = in.readLong();
        int size = in.readInt();
        Map<String, Tally> dyads = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            dyads.put(in.readUTF(), readTally(in));
        }
        return new StoryContribution(eventTime, dyads);
    }

    private static void writeTally(DataOutputStream out, Tally tally) throws IOException {
        out.writeInt(tally.events());
        out.writeInt(tally.verbalCooperation());
        out.writeInt(tally.materialCooperation());
        out.writeInt(tally.verbalConflict());
        out.writeInt(tally.materialConflict());
        out.writeDouble(tally.intensitySum());
        out.writeDouble(tally.conflictIntensity());
    }

    private static Tally readTally(DataInputStream in) throws IOException {
        return new Tally(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readDouble(),
                in.readDouble());
    }

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
        return Serdes.serdeFrom((topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(FORMAT);
                writer.write(out, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }, (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte format = in.readByte();
                if (format != FORMAT) {
                    throw new SerializationException("unknown escalation state format " + format);
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new SerializationException("unreadable escalation state", e);
            }
        });
    }
}
