package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.RawStory;
import java.net.URI;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The Confluent wire format against a real schema registry: Apicurio Registry's Confluent-compatible API, the one
 * docker-compose runs. Needs Docker; skipped without it (the wire format is also covered by ConfluentWireFormatTest).
 */
@Testcontainers(disabledWithoutDocker = true)
class ApicurioRegistryIT {

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>("apicurio/apicurio-registry:3.0.6")
            .withExposedPorts(8080)
            .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200));

    @Test
    void shouldRegisterWriteAndReadBackThroughTheRegistry() {
        URI url = URI.create("http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8080) + "/apis/ccompat/v7");
        AvroSerde<RawStory> writer = new AvroSerde<>(RawStory.class, new SchemaRegistryClient(url, null));
        AvroSerde<RawStory> reader = new AvroSerde<>(RawStory.class, new SchemaRegistryClient(url, null));
        RawStory story = StoryFixtures.rawStory("afp:42", 2);

        byte[] bytes = writer.serialize("dateline.stories.raw", story);

        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isPositive();
        assertThat(reader.deserialize("dateline.stories.raw", bytes)).isEqualTo(story);
    }
}
