package io.dateline.enrich.escalation;

import io.dateline.avro.EscalationWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@link WindowDelta}s keyed by dyad → EscalationWindow keyed {@code SOURCE|TARGET|granularity|windowStartMillis}: adds
 * the delta to the window's state (kept in the store under the same key) and emits the window with its baseline and
 * alert ({@link EscalationIndex#isAlert}). When the window's conflict intensity changed, the stored windows whose
 * baseline it is part of (the next {@link Granularity#baselineWindows()} of the dyad) are emitted again with their new
 * baseline, so the last state of every window is the same whatever order the deltas came in.
 *
 * <p>Lateness is not decided here: this stage reads every story partition at once, and its stream time runs ahead of
 * a partition that is behind (a backfill), so closing windows by it would drop changes at random. The story stage
 * ({@link ContributionProcessor}) drops late changes instead. Windows are deleted from the store once they are past
 * any partition's grace in stream time <em>and</em> have not changed for the grace period of wall-clock time.
 */
final class WindowProcessor implements Processor<String, WindowDelta, String, EscalationWindow> {

    private final String storeName;
    private ProcessorContext<String, EscalationWindow> context;
    private KeyValueStore<String, WindowState> windows;

    WindowProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, EscalationWindow> context) {
        this.context = context;
        this.windows = context.getStateStore(storeName);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::purge);
    }

    @Override
    public void process(Record<String, WindowDelta> record) {
        WindowDelta delta = record.value();
        if (delta == null) {
            return;
        }
        String dyad = record.key();
        Granularity granularity = delta.granularity();
        long start = delta.windowStartMs();
        WindowState before = windows.get(EscalationIndex.windowKey(dyad, granularity, start));
        Tally tally = (before == null ? Tally.ZERO : before.tally()).plus(delta.tally());
        emit(dyad, granularity, start, tally, before);
        if (before == null || before.tally().conflictIntensity() != tally.conflictIntensity()) {
            for (int i = 1; i <= granularity.baselineWindows(); i++) {
                long later = start + i * granularity.sizeMs();
                WindowState stored = windows.get(EscalationIndex.windowKey(dyad, granularity, later));
                if (stored != null) {
                    emit(dyad, granularity, later, stored.tally(), stored);
                }
            }
        }
    }

    /** Stores the window's new state and forwards it with its baseline, as of now. */
    private void emit(String dyad, Granularity granularity, long start, Tally tally, WindowState before) {
        String key = EscalationIndex.windowKey(dyad, granularity, start);
        long updatedAt = Math.max(context.currentSystemTimeMs(), before == null ? 0 : before.updatedAtMs() + 1);
        windows.put(key, new WindowState(tally, updatedAt));
        Double baseline = baseline(dyad, granularity, start);
        // stamped with the emission time, not the event time: the topic's retention must not delete a backfill's windows
        context.forward(new Record<>(key, window(dyad, granularity, start, tally, baseline, updatedAt), updatedAt));
    }

    /**
     * Deletes the windows that are past their grace and older than the baseline of any window still open, in stream
     * time, and unchanged for the grace period of wall-clock time (so that a story partition far behind the others
     * cannot find its window gone).
     */
    private void purge(long streamTime) {
        long now = context.currentSystemTimeMs();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, WindowState> all = windows.all()) {
            while (all.hasNext()) {
                KeyValue<String, WindowState> entry = all.next();
                String[] parts = entry.key.split("\\|");
                Granularity granularity = Granularity.of(parts[2]);
                long keepFrom = streamTime - granularity.graceMs() - (granularity.baselineWindows() + 1L)
                        * granularity.sizeMs();
                if (Long.parseLong(parts[3]) + granularity.sizeMs() < keepFrom
                        && entry.value.updatedAtMs() < now - granularity.graceMs()) {
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
