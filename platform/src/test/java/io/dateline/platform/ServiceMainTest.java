package io.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The lifecycle every service main shares: exit codes, stop, uncaught exceptions. */
class ServiceMainTest {

    /** A service that records what was done to it. */
    static final class RecordingService implements Service {
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicInteger closes = new AtomicInteger();
        private final RuntimeException startFailure;

        RecordingService(RuntimeException startFailure) {
            this.startFailure = startFailure;
        }

        @Override
        public void start() {
            if (startFailure != null) {
                throw startFailure;
            }
            started.countDown();
        }

        @Override
        public boolean isRunning() {
            return started.getCount() == 0 && closes.get() == 0;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void shouldExitWithTheConfigurationCodeWhenASettingIsWrong() {
        ServiceMain main = new ServiceMain("test");

        int code = main.run(ConfigSource.of(Map.of()), config -> {
            throw new ConfigException("DATELINE_TEST_X='y' is invalid");
        });

        assertThat(code).isEqualTo(ServiceMain.EXIT_CONFIG);
    }

    @Test
    void shouldRefuseAnUnknownLogFormatAsAConfigurationError() {
        RecordingService service = new RecordingService(null);

        int code = new ServiceMain("test").run(ConfigSource.of(Map.of("DATELINE_LOG_FORMAT", "JSON")),
                config -> service);

        assertThat(code).isEqualTo(ServiceMain.EXIT_CONFIG);
        assertThat(service.started.getCount()).isEqualTo(1);
    }

    @Test
    void shouldExitWithFailureAndCloseWhenTheServiceCannotStart() {
        RecordingService service = new RecordingService(new IllegalStateException("Kafka said no"));

        int code = new ServiceMain("test").run(ConfigSource.of(Map.of()), config -> service);

        assertThat(code).isEqualTo(ServiceMain.EXIT_FAILURE);
        assertThat(service.closes).hasPositiveValue();
    }

    @Test
    void shouldCloseTheServiceAndExitCleanlyWhenAskedToStop() throws Exception {
        RecordingService service = new RecordingService(null);
        ServiceMain main = new ServiceMain("test");
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> main.run(ConfigSource.of(Map.of("DATELINE_LOG_FORMAT", "json")), config -> service));
        assertThat(service.started.await(30, TimeUnit.SECONDS)).isTrue();

        main.requestStop();

        assertThat(code.get(30, TimeUnit.SECONDS)).isEqualTo(ServiceMain.EXIT_OK);
        assertThat(service.closes).hasPositiveValue();
    }

    @Test
    void shouldStopWithFailureWhenAThreadDiesOfAnUncaughtException() throws Exception {
        RecordingService service = new RecordingService(null);
        ServiceMain main = new ServiceMain("test");
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> main.run(ConfigSource.of(Map.of()), config -> service));
        assertThat(service.started.await(30, TimeUnit.SECONDS)).isTrue();
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("a bug");
        }, "worker");
        worker.setUncaughtExceptionHandler(main::uncaught);

        worker.start();

        assertThat(code.get(30, TimeUnit.SECONDS)).isEqualTo(ServiceMain.EXIT_FAILURE);
        assertThat(service.closes).hasPositiveValue();
    }
}
