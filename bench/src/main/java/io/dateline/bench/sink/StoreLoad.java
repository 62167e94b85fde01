package io.dateline.bench.sink;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.RawStory;
import io.dateline.bench.BenchData;
import io.dateline.enrich.Enricher;
import io.dateline.ingest.IngestPipeline;
import io.dateline.sink.SinkConfig;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Load test of the sink's store: writes N enriched stories through {@link StoryStore#write} in batches of the sink's
 * batch size, into a fresh SQLite file and a fresh PostgreSQL schema, after a warm-up; then replays the same batches
 * (nothing changes). Prints stories/s and rows/s (story + entity + country + event rows) per database. The stories are
 * synthetic ({@link SyntheticStories}: ~2 KB body, ~8 entities, ~3 events, ~4 countries; heavier than wire copy), or
 * with {@code --reuters} the Reuters-21578 development stories parsed by ingest and enriched by enrich, cycled with
 * fresh ids ({@link BenchData#reuters()}).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.dateline.bench.sink.StoreLoad [--stories N] [--warmup N] [--batch N]
 *      [--sqlite] [--postgres URL] [--runs N] [--reuters]
 * </pre>
 * Without --sqlite or --postgres both run, PostgreSQL at {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
 * in a schema of its own that is dropped afterwards.
 */
public final class StoreLoad {

    private static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final int stories;
    private final int warmup;
    private final int batch;
    private final IntFunction<EnrichedStory> source;

    private StoreLoad(int stories, int warmup, int batch, IntFunction<EnrichedStory> source) {
        this.stories = stories;
        this.warmup = warmup;
        this.batch = batch;
        this.source = source;
    }

    public static void main(String[] args) throws Exception {
        int stories = 50_000;
        int warmup = 20_000;
        int batch = Integer.parseInt(SinkConfig.BATCH_SIZE.defaultText());
        int runs = 1;
        boolean reuters = false;
        List<String> databases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--stories" -> stories = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--sqlite" -> databases.add("sqlite");
                case "--reuters" -> reuters = true;
                case "--postgres" -> databases.add(i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i]
                        : DEFAULT_POSTGRES);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (databases.isEmpty()) {
            databases = List.of("sqlite", DEFAULT_POSTGRES);
        }
        IntFunction<EnrichedStory> source = reuters ? reutersStories() : new SyntheticStories(42, "story")::story;
        StoreLoad load = new StoreLoad(stories, warmup, batch, source);
        System.out.printf(Locale.ROOT, "%d %s stories (+%d warm-up) in batches of %d, %d cores, Java %s%n", stories,
                reuters ? "Reuters" : "synthetic", warmup, batch, Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        for (int run = 0; run < runs; run++) {
            for (String database : databases) {
                if (database.equals("sqlite")) {
                    load.runSqlite();
                } else {
                    load.runPostgres(database);
                }
            }
        }
    }

    private void runSqlite() throws Exception {
        Path directory = Files.createTempDirectory("dateline-storeload-");
        Path file = directory.resolve("load.db");
        try {
            measure("SQLite", "jdbc:sqlite:" + file, null, null);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            Files.deleteIfExists(directory);
        }
    }

    private void runPostgres(String url) throws Exception {
        String schema = "storeload_" + UUID.randomUUID().toString().substring(0, 8);
        execute(url, "CREATE SCHEMA " + schema);
        try {
            measure("PostgreSQL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
        } finally {
            execute(url, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /**
     * The Reuters development stories as ingest reads them and enrich enriches them; story n is story n modulo their
     * number, under the id {@code reuters-load:n}.
     */
    private static IntFunction<EnrichedStory> reutersStories() {
        List<RawStory> raw = IngestPipeline.create().read(List.of(BenchData.reuters())).stories();
        Enricher enricher = Enricher.standard(Clock.systemUTC());
        List<EnrichedStory> enriched = raw.stream().map(enricher::enrich).toList();
        return n -> EnrichedStory.newBuilder(enriched.get(n % enriched.size())).setId("reuters-load:" + n).build();
    }

    private void measure(String name, String url, String user, String password) {
        List<EnrichedStory> warm = generate(0, warmup);
        List<EnrichedStory> load = generate(warmup, stories);
        long rows = rows(load);
        try (StoryStore store = StoryStores.open(url, user, password)) {
            writeAll(store, warm);
            long loadNanos = writeAll(store, load);
            long replayNanos = writeAll(store, load);
            report(name, "load", stories, rows, loadNanos);
            report(name, "replay", stories, rows, replayNanos);
        }
    }

    private List<EnrichedStory> generate(int from, int count) {
        List<EnrichedStory> generated = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            generated.add(source.apply(n));
        }
        return generated;
    }

    private long writeAll(StoryStore store, List<EnrichedStory> all) {
        long start = System.nanoTime();
        for (int from = 0; from < all.size(); from += batch) {
            store.write(all.subList(from, Math.min(all.size(), from + batch)));
        }
        return System.nanoTime() - start;
    }

    /** Story, entity (distinct ids), country (distinct) and event rows the stories make. */
    private static long rows(List<EnrichedStory> stories) {
        long rows = 0;
        for (EnrichedStory story : stories) {
            rows += 1 + story.getEntities().stream().map(Entity::getId).distinct().count()
                    + story.getCountries().stream().distinct().count() + story.getEvents().size();
        }
        return rows;
    }

    private static void report(String database, String phase, int stories, long rows, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-10s %-6s %,9d stories in %6.2f s = %,8.0f stories/s, %,9.0f rows/s%n",
                database, phase, stories, seconds, stories / seconds, rows / seconds);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
