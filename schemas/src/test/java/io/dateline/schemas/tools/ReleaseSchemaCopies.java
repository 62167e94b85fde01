package io.dateline.schemas.tools;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.RawStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Release step, run by hand when a version ships: writes the next released copy
 * ({@code released/<Record>-v<N+1>.avsc}) of each record schema that changed since its last copy; from then on
 * {@code SchemaCompatibilityTest} holds every change against it. From the repo root:
 * <pre>
 * ./mvnw -q -pl schemas test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp
 * java -cp "schemas/target/classes:schemas/target/test-classes:$(cat /tmp/cp)" \
 *     io.dateline.schemas.tools.ReleaseSchemaCopies
 * </pre>
 */
public final class ReleaseSchemaCopies {

    private static final Path RELEASED = Path.of("schemas/src/main/resources/io/dateline/schemas/released");

    private ReleaseSchemaCopies() {
    }

    public static void main(String[] args) throws IOException {
        for (Schema schema : List.of(RawStory.getClassSchema(), EnrichedStory.getClassSchema(),
                EscalationWindow.getClassSchema())) {
            List<Schema> released = io.dateline.schemas.ReleasedSchemas.of(schema.getName());
            if (!released.isEmpty() && released.get(released.size() - 1).equals(schema)) {
                System.out.println(schema.getName() + ": unchanged since v" + released.size());
                continue;
            }
            Path copy = RELEASED.resolve(schema.getName() + "-v" + (released.size() + 1) + ".avsc");
            Files.writeString(copy, schema.toString(true) + "\n");
            System.out.println(schema.getName() + ": wrote " + copy);
        }
    }
}
