package io.dateline.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The released copies of each record schema ({@code released/<Record>-v<N>.avsc} on the class path), oldest first.
 * Readers use them to decode data written by older producers; the build checks new schemas stay compatible with them.
 */
public final class ReleasedSchemas {

    private ReleasedSchemas() {
    }

    /** The released schemas of the record named {@code recordName}, v1 first; empty when none was released. */
    public static List<Schema> of(String recordName) {
        List<Schema> schemas = new ArrayList<>();
        for (int version = 1; ; version++) {
            String resource = "/io/dateline/schemas/released/" + recordName + "-v" + version + ".avsc";
            try (InputStream in = ReleasedSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return schemas;
                }
                schemas.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read released schema " + resource, e);
            }
        }
    }
}
