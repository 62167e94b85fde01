package io.dateline.ingest.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.Store;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * A time budget for a jqwik property used as a fuzz target: tries run until {@link #seconds()} have passed (then the
 * property ends as satisfied), and a single try that runs longer than {@link #hangSeconds()} fails the property as
 * a hang. Use with {@code @Property(tries = Integer.MAX_VALUE)} and {@code @AddLifecycleHook(FuzzBudget.class)}.
 *
 * <p>Why jqwik and not Jazzer: jqwik is already a test dependency, runs offline under surefire's JUnit platform
 * like every other test, and its generators shrink a failing input to a small one. Jazzer (jazzer-junit) adds
 * coverage guidance, but in fuzzing mode it runs one {@code @FuzzTest} per JVM, takes its duration from an annotation
 * constant, and needs a native agent per platform; bounded random mutation of a kept corpus, with the format's
 * tokens as a dictionary, is what CI can afford here.
 *
 * <p>Budget: {@code -Ddateline.fuzz.seconds=N}; by default {@value #CI_SECONDS} when the environment has {@code CI=true}, else
 * {@value #LOCAL_SECONDS}. Hang limit: {@code -Ddateline.fuzz.hang.seconds} (default {@value #HANG_SECONDS}).
 */
public final class FuzzBudget implements AroundPropertyHook, AroundTryHook {

    static final String SECONDS_PROPERTY = "dateline.fuzz.seconds";
    static final String HANG_PROPERTY = "dateline.fuzz.hang.seconds";
    static final long LOCAL_SECONDS = 3;
    /** Per target; ingest's tests run in two JVMs, so two targets fuzz side by side (ingest/pom.xml). */
    static final long CI_SECONDS = 60;
    static final long HANG_SECONDS = 20;

    /** The budget of each fuzz target. */
    public static Duration seconds() {
        String value = System.getProperty(SECONDS_PROPERTY);
        if (value != null && !value.isBlank()) {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        }
        return Duration.ofSeconds("true".equalsIgnoreCase(System.getenv("CI")) ? CI_SECONDS : LOCAL_SECONDS);
    }

    /** How long one input may take before it counts as a hang. */
    public static Duration hangSeconds() {
        return Duration.ofSeconds(Long.getLong(HANG_PROPERTY, HANG_SECONDS));
    }

    /** Registered on a class, it applies to each property of it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Runs the property, then prints how many inputs it checked: the figure a long run is judged by. */
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        long start = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        double seconds = (System.nanoTime() - start) / 1e9;
        int tries = result.countTries();
        System.out.printf(Locale.ROOT, "fuzz %s.%s: %,d inputs in %.1f s (%,.0f/s), %s%n",
                context.containerClass().getSimpleName(), context.targetMethod().getName(), tries, seconds,
                tries / Math.max(seconds, 0.001), result.status());
        return result;
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        Store<Long> deadline = Store.getOrCreate(FuzzBudget.class, Lifespan.PROPERTY,
                () -> System.nanoTime() + seconds().toNanos());
        Store<Worker> worker = Store.getOrCreate(Worker.class, Lifespan.PROPERTY, Worker::new);
        TryExecutionResult result = worker.get().run(aTry, parameters);
        if (result.isSatisfied() && System.nanoTime() - deadline.get() > 0) {
            return TryExecutionResult.satisfied(true);
        }
        return result;
    }

    /** The thread tries run on; replaced after a hang (the hung thread is a daemon and is left behind). */
    private static final class Worker implements AutoCloseable {
        private ExecutorService executor = newExecutor();

        TryExecutionResult run(TryExecutor aTry, List<Object> parameters) {
            Future<TryExecutionResult> running = executor.submit(() -> aTry.execute(parameters));
            try {
                return running.get(hangSeconds().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                running.cancel(true);
                executor.shutdownNow();
                executor = newExecutor();
                return TryExecutionResult.falsified(new AssertionError("hang: one input took more than "
                        + hangSeconds().toSeconds() + " s (" + describe(parameters) + ")"));
            } catch (ExecutionException e) {
                return TryExecutionResult.falsified(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return TryExecutionResult.invalid(e);
            }
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }

        private static ExecutorService newExecutor() {
            return Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "fuzz-try");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    private static String describe(List<Object> parameters) {
        StringBuilder text = new StringBuilder();
        for (Object parameter : parameters) {
            String value = parameter instanceof byte[] bytes ? bytes.length + " bytes" : String.valueOf(parameter);
            text.append(text.length() == 0 ? "" : ", ").append(value.length() > 200 ? value.substring(0, 200) : value);
        }
        return text.toString();
    }
}
