package io.dateline.enrich.escalation;

import io.dateline.schemas.VersionStamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
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
    /** Contributions since they carry the story version's stamp; format 1 (without it) is still read. */
    private static final byte CONTRIBUTION_FORMAT = 2;

    private EscalationSerdes() {
    }

    public static Serde<StoryContribution> contribution() {
        return serde(CONTRIBUTION_FORMAT, EscalationSerdes::writeContribution, EscalationSerdes::readContribution);
    }

    public static Serde<WindowDelta> delta() {
        return serde(FORMAT, (out, delta) -> {
            out.writeUTF(delta.granularity().label());
            out.writeLong(delta.windowStartMs());
            writeTally(out, delta.tally());
        }, (format, in) -> new WindowDelta(Granularity.of(in.readUTF()), in.readLong(), readTally(in)));
    }

    public static Serde<WindowState> window() {
        return serde(FORMAT, (out, state) -> {
            writeTally(out, state.tally());
            out.writeLong(state.updatedAtMs());
        }, (format, in) -> new WindowState(readTally(in), in.readLong()));
    }

    private static void writeContribution(DataOutputStream out, StoryContribution contribution) throws IOException {
        out.writeLong(contribution.eventTimeMs());
        out.writeLong(contribution.stamp().version());
        Instant created = contribution.stamp().versionCreated();
        out.writeBoolean(created != null);
        if (created != null) {
            out.writeLong(created.toEpochMilli());
        }
        out.writeInt(contribution.dyads().size());
        for (Map.Entry<String, Tally> dyad : contribution.dyads().entrySet()) {
            out.writeUTF(dyad.getKey());
            writeTally(out, dyad.getValue());
        }
    }

    private static StoryContribution readContribution(byte format, DataInputStream in) throws IOException {
        long eventTime = in.readLong();
        // format 1 kept no stamp: any version of the story is newer than it
        VersionStamp stamp = format == 1 ? new VersionStamp(Long.MIN_VALUE, null)
                : new VersionStamp(in.readLong(), in.readBoolean() ? Instant.ofEpochMilli(in.readLong()) : null);
        int size = in.readInt();
        Map<String, Tally> dyads = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            dyads.put(in.readUTF(), readTally(in));
        }
        return new StoryContribution(eventTime, stamp, dyads);
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
        T read(byte format, DataInputStream in) throws IOException;
    }

    /** Values written as {@code format}, read back from formats 1 up to it. */
    private static <T> Serde<T> serde(byte format, Writer<T> writer, Reader<T> reader) {
        return Serdes.serdeFrom((topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(format);
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
                byte written = in.readByte();
                if (written < 1 || written > format) {
                    throw new SerializationException("unknown escalation state format " + written);
                }
                return reader.read(written, in);
            } catch (IOException e) {
                throw new SerializationException("unreadable escalation state", e);
            }
        });
    }
}
