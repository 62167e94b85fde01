package io.dateline.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** One broker for the class, through {@link KafkaBrokerExtension}: it answers, carries records and logs quietly. */
class EmbeddedKafkaIT {

    /** Attached before the broker starts (static fields initialise in order), so it sees every startup line. */
    private static final ListAppender<ILoggingEvent> LOG_EVENTS = attachListAppender();

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void shouldAnswerRequestsAsSoonAsStartReturns() throws Exception {
        // Given a started broker
        System.out.println("Embedded Kafka start took " + KAFKA.broker().startupTime().toMillis() + " ms");

        // When a client asks for the cluster without waiting
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            List<Node> nodes = new ArrayList<>(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS));

            // Then the one node answers, on the advertised loopback address
            assertThat(nodes).hasSize(1);
            assertThat(nodes.get(0).host() + ":" + nodes.get(0).port()).isEqualTo(KAFKA.bootstrapServers());
        }
        assertThat(KAFKA.bootstrapServers()).startsWith("127.0.0.1:");
    }

    @Test
    void shouldRoundTripRecordFromProducerToConsumerGroup() {
        // Given a topic name and a group id of this test
        String prefix = KAFKA.uniquePrefix();
        String topic = prefix + "round-trip";

        // When a producer writes a record with acks=all
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "story-1", "hello wire")).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("send failed", e);
        }

        // Then a consumer in a group reads it back
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, prefix + "group",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("story-1");
            assertThat(record.value()).isEqualTo("hello wire");
        });
    }

    @Test
    void shouldKeepBrokerInfoLinesOutOfTheLog() {
        // Given the broker started with logback's root logger at INFO (logback-test.xml)
        // Then no broker logger wrote below WARN, while our own INFO line came through
        List<ILoggingEvent> brokerInfo = LOG_EVENTS.list.stream()
                .filter(event -> !event.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(event -> BrokerLogging.BROKER_LOGGERS.stream().anyMatch(name ->
                        event.getLoggerName().equals(name) || event.getLoggerName().startsWith(name + ".")))
                .toList();
        assertThat(brokerInfo).extracting(ILoggingEvent::getLoggerName).isEmpty();
        assertThat(LOG_EVENTS.list).noneSatisfy(event ->
                assertThat(event.getFormattedMessage()).startsWith("KafkaConfig values"));
        assertThat(LOG_EVENTS.list).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).startsWith("Embedded Kafka on 127.0.0.1:"));
    }

    private static ListAppender<ILoggingEvent> attachListAppender() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return appender;
    }
}
