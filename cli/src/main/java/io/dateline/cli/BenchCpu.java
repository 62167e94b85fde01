package io.dateline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time per service while the pipeline runs in one JVM, told apart by thread name ({@link ThreadMXBean}), the
 * whole process's CPU time, and the heap in use. {@link #start()} takes a snapshot; {@link Window#stop()} the
 * difference. The JIT compilers and the garbage collector run on threads {@link ThreadMXBean} does not list: they are
 * the process's time less the listed threads' ({@link #JVM}). Threads that ended inside the window are not counted
 * (the services' threads live as long as the services).
 */
final class BenchCpu {

    /** The service groups, in print order. */
    static final String INGEST = "ingest (publisher)";
    static final String ENRICH = "enrich (Kafka Streams)";
    static final String SINK = "sink";
    static final String BROKER = "broker (embedded Kafka)";
    static final String OTHER = "other threads (bench, JVM service threads)";
    /** Process CPU time outside every listed thread: the JIT compilers and the garbage collector. */
    static final String JVM = "JVM (JIT compilers, GC)";

    private final String enrichApplicationId;
    private final String sinkGroupId;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    BenchCpu(String enrichApplicationId, String sinkGroupId) {
        this.enrichApplicationId = enrichApplicationId;
        this.sinkGroupId = sinkGroupId;
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    /** Which service a thread works for, by its name. */
    String service(String threadName) {
        if (threadName.contains(enrichApplicationId)) {
            return ENRICH;                 // StreamThreads and their producers/consumers carry the application id
        }
        if (threadName.contains(sinkGroupId) || threadName.startsWith("dateline-sink")
                || threadName.startsWith("dateline-sqlite")) {
            return SINK;                   // the sink loop, its consumer's heartbeat, SQLite housekeeping
        }
        if (threadName.contains("dateline-ingest") || threadName.startsWith(BenchCommand.PUBLISHER_THREAD)) {
            return INGEST;                 // the publisher's kafka-producer-network-thread, the thread that sends
        }
        if (threadName.startsWith("data-plane-kafka") || threadName.startsWith("kafka-") || threadName.contains("raft")
                || threadName.contains("broker") || threadName.contains("controller")
                || threadName.startsWith("ExpirationReaper") || threadName.startsWith("LogDirFailureHandler")
                || threadName.contains("group-coordinator") || threadName.contains("share-coordinator")
                || threadName.contains("transaction") || threadName.startsWith("quota")
                || threadName.contains("log-cleaner") || threadName.startsWith("metrics-")
                || threadName.contains("KafkaScheduler") || threadName.contains("scheduler")) {
            return BROKER;
        }
        return OTHER;
    }

    Window start() {
        return new Window(snapshot(), processCpuSeconds(), compilationSeconds(), System.nanoTime());
    }

    private Map<Long, long[]> snapshot() {
        Map<Long, long[]> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long time = threads.getThreadCpuTime(id);
            if (time >= 0) {
                cpu.put(id, new long[] {time});
            }
        }
        return cpu;
    }

    /** The CPU and heap of one measured stretch. */
    final class Window {

        private final Map<Long, long[]> before;
        private final double processCpuBefore;
        private final double compilationBefore;
        private final long startNanos;
        private final AtomicLong peakHeap = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private Window(Map<Long, long[]> before, double processCpuBefore, double compilationBefore,
                       long startNanos) {
            this.before = before;
            this.processCpuBefore = processCpuBefore;
            this.compilationBefore = compilationBefore;
            this.startNanos = startNanos;
            sample();
            this.sampler = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "dateline-bench-heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        /**
         * CPU seconds per service since the start, in print order, then {@link #JVM} when the process time is
         * known, the JIT's compilation time and the heap figures.
         */
        Usage stop() {
            running = false;
            sampler.interrupt();
            sample();
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            Map<String, Double> cpu = new LinkedHashMap<>();
            for (String group : new String[] {INGEST, ENRICH, SINK, BROKER, OTHER}) {
                cpu.put(group, 0.0);
            }
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long now = threads.getThreadCpuTime(info.getThreadId());
                if (now < 0) {
                    continue;
                }
                long[] then = before.get(info.getThreadId());
                double seconds = (now - (then == null ? 0 : then[0])) / 1e9;
                cpu.merge(service(info.getThreadName()), seconds, Double::sum);
            }
            double processCpu = processCpuSeconds();
            if (processCpu >= 0 && processCpuBefore >= 0) {
                double listed = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
                cpu.put(JVM, Math.max(0, processCpu - processCpuBefore - listed));
            }
            var heap = memory.getHeapMemoryUsage();
            return new Usage(wallSeconds, cpu, compilationBefore < 0 ? -1 : compilationSeconds() - compilationBefore,
                    peakHeap.get(), heap.getUsed(), heap.getMax());
        }
    }

    /** The JIT compilers' time so far, or -1 when the JVM does not tell it. */
    static double compilationSeconds() {
        var compilation = ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime() / 1e3 : -1;
    }

    /** The whole process's CPU time so far, when the JVM tells it (HotSpot does), else -1. */
    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    /**
     * @param wallSeconds    how long the window lasted
     * @param cpuSeconds     CPU seconds per service
     * @param compileSeconds the JIT compilers' time compiling (wall clock, summed over compiler threads), or -1
     * @param peakHeapBytes  the most heap in use seen (sampled every 100 ms)
     * @param endHeapBytes   heap in use at the end
     * @param maxHeapBytes   the heap limit (-Xmx), or -1
     */
    record Usage(double wallSeconds, Map<String, Double> cpuSeconds, double compileSeconds, long peakHeapBytes,
                 long endHeapBytes, long maxHeapBytes) {
    }
}
