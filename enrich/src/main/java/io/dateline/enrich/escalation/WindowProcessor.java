package io.dateline.enrich.escalation;

import io.dateline.avro.EscalationWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WindowDelta}s keyed by dyad → EscalationWindow keyed {@code SOURCE|TARGET|granularity|windowStartMillis}: adds
 * the delta to the window's state (kept in the store under the same key) and emits the window with its baseline and
 * alert ({@link EscalationIndex#isAlert}). A delta for a window that is closed (end + grace reached by stream time) is
 * dropped, counted in the {@code late-dropped} sensor and logged; a closed window never changes again. Every hour of
 * stream time, windows too old to be changed or to be another window's baseline are deleted from the store.
 */
final class WindowProcessor implements Processor<String, WindowDelta, String, EscalationWindow> {

    private static final Logger LOG = LoggerFactory.getLogger(WindowProcessor.class);

    private final String storeName;
    private ProcessorContext<String, EscalationWindow> context;
    private KeyValueStore<String, WindowState> windows;
    private Sensor lateDropped;

    WindowProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, EscalationWindow> context) {
        this.context = context;
        this.windows = context.getStateStore(storeName);
        this.lateDropped = context.metrics().addRateTotalSensor("escalation-index", context.taskId().toString(),
                "late-dropped", Sensor.RecordingLevel.INFO);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::purge);
    }

    @Override
    public void process(Record<String, WindowDelta> record) {
        WindowDelta delta = record.value();
        if (delta == null) {
            return;
        }
        Granularity granularity = delta.granularity();
        long start = delta.windowStartMs();
        long streamTime = context.currentStreamTimeMs();
        if (granularity.isClosed(start, streamTime)) {
            lateDropped.record();
            LOG.info("escalation: {} window {} of {} closed at stream time {}; a late change dropped",
                    granularity.label(), Instant.ofEpochMilli(start), record.key(), Instant.ofEpochMilli(streamTime));
            return;
        }
        String key = EscalationIndex.windowKey(record.key(), granularity, start);
        WindowState before = windows.get(key);
        Tally tally = (before == null ? Tally.ZERO : before.tally()).plus(delta.tally());
        long updatedAt = Math.max(context.currentSystemTimeMs(), before == null ? 0 : before.updatedAtMs() + 1);
        windows.put(key, new WindowState(tally, updatedAt));
        Double baseline = baseline(record.key(), granularity, start);
        context.forward(new Record<>(key, window(record.key(), granularity, start, tally, baseline, updatedAt),
                record.timestamp()));
    }

    /** Deletes the windows that are closed and older than the baseline of any window still open. */
    private void purge(long streamTime) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, WindowState> all = windows.all()) {
            while (all.hasNext()) {
                KeyValue<String, WindowState> entry = all.next();
                String[] parts = entry.key.split("\\|");
                Granularity granularity = Granularity.of(parts[2]);
                long keepFrom = streamTime - granularity.graceMs() - (granularity.baselineWindows() + 1L)
                        * granularity.sizeMs();
                if (Long.parseLong(parts[3]) + granularity.sizeMs() < keepFrom) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(windows::delete);
    }

    /** Mean conflictIntensity of the previous N windows (missing ones count 0); null when none of them is stored. */
    private Double baseline(String dyad, Granularity granularity, long start) {
        int found = 0;
        double sum = 0;
        for (int i = 1; i <= granularity.baselineWindows(); i++) {
            WindowState earlier = windows.get(EscalationIndex.windowKey(dyad, granularity,
                    start - i * granularity.sizeMs()));
            if (earlier != null) {
                found++;
                sum += earlier.tally().conflictIntensity();
            }
        }
        return found == 0 ? null : sum / granularity.baselineWindows();
    }

    private static EscalationWindow window(String dyad, Granularity granularity, long start, Tally tally,
                                           Double baseline, long updatedAt) {
        int bar = dyad.indexOf('|');
        return EscalationWindow.newBuilder()
                .setSource(dyad.substring(0, bar))
                .setTarget(dyad.substring(bar + 1))
                .setGranularity(granularity.label())
                .setWindowStart(Instant.ofEpochMilli(start))
                .setWindowEnd(Instant.ofEpochMilli(start + granularity.sizeMs()))
                .setEvents(tally.events())
                .setVerbalCooperation(tally.verbalCooperation())
                .setMaterialCooperation(tally.materialCooperation())
                .setVerbalConflict(tally.verbalConflict())
                .setMaterialConflict(tally.materialConflict())
                .setIntensitySum(tally.intensitySum())
                .setIntensityMean(tally.intensityMean())
                .setConflictIntensity(tally.conflictIntensity())
                .setBaseline(baseline)
                .setAlert(EscalationIndex.isAlert(tally.conflictIntensity(), baseline))
                .setUpdatedAt(Instant.ofEpochMilli(updatedAt))
                .build();
    }
}
