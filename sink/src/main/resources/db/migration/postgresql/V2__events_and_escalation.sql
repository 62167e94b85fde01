-- Events coded in each story, the escalation index per dyad and window, the time every story is dated by, and the
-- analyst views over active stories only. See docs/storage.md.

-- The time a story is dated by: versionCreated, else firstCreated, else received. Copied onto its entity, country and
-- event rows so that "about X in this time range" is one index range scan.
ALTER TABLE stories ADD COLUMN story_time TIMESTAMPTZ;
UPDATE stories SET story_time = COALESCE(version_created, first_created, received);
ALTER TABLE stories ALTER COLUMN story_time SET NOT NULL;
CREATE INDEX stories_story_time_idx ON stories (story_time);
-- story_time is what stories are dated by now; two fewer indexes to write per story
DROP INDEX stories_first_created_idx;
DROP INDEX stories_received_idx;

-- Only active stories have entity, country and event rows: a kill or a withhold removes them (V1 kept them).
-- Child rows carry no foreign key to stories: the sink writes them only with their story, in one transaction, and
-- the per-row check doubled the server's cost of writing them.
ALTER TABLE story_entities DROP CONSTRAINT IF EXISTS story_entities_story_id_fkey;
ALTER TABLE story_countries DROP CONSTRAINT IF EXISTS story_countries_story_id_fkey;
DELETE FROM story_entities WHERE story_id IN (SELECT id FROM stories WHERE status <> 'active');
DELETE FROM story_countries WHERE story_id IN (SELECT id FROM stories WHERE status <> 'active');

ALTER TABLE story_entities ADD COLUMN story_time TIMESTAMPTZ;
UPDATE story_entities e SET story_time = s.story_time FROM stories s WHERE s.id = e.story_id;
ALTER TABLE story_entities ALTER COLUMN story_time SET NOT NULL;
DROP INDEX story_entities_entity_idx;
CREATE INDEX story_entities_entity_time_idx ON story_entities (entity_id, story_time);

ALTER TABLE story_countries ADD COLUMN story_time TIMESTAMPTZ;
UPDATE story_countries c SET story_time = s.story_time FROM stories s WHERE s.id = c.story_id;
ALTER TABLE story_countries ALTER COLUMN story_time SET NOT NULL;
DROP INDEX story_countries_country_idx;
CREATE INDEX story_countries_country_time_idx ON story_countries (country, story_time);

-- The large values compress with lz4 rather than pglz: half the server's cost of writing a story, about as small.
-- A server built without lz4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE stories ALTER COLUMN body SET COMPRESSION lz4;
    ALTER TABLE stories ALTER COLUMN record_json SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 is not available on this server: stories.body and stories.record_json keep pglz';
END $$;

CREATE TABLE story_events (
    story_id         TEXT             NOT NULL,
    ordinal          INTEGER          NOT NULL,
    event_time       TIMESTAMPTZ      NOT NULL,
    event_day        DATE             NOT NULL,
    type             TEXT             NOT NULL,
    cameo            TEXT,
    quad             INTEGER,
    intensity        DOUBLE PRECISION,
    source_text      TEXT,
    source_country   TEXT,
    source_sector    TEXT,
    source_entity_id TEXT,
    target_text      TEXT,
    target_country   TEXT,
    target_sector    TEXT,
    target_entity_id TEXT,
    trigger_start    INTEGER,
    trigger_end      INTEGER,
    trigger_text     TEXT,
    sentence         INTEGER          NOT NULL,
    negated          BOOLEAN          NOT NULL,
    hypothetical     BOOLEAN          NOT NULL,
    background       BOOLEAN          NOT NULL,
    PRIMARY KEY (story_id, ordinal)
);

CREATE INDEX story_events_dyad_day_idx ON story_events (source_country, target_country, event_day);
CREATE INDEX story_events_type_day_idx ON story_events (type, event_day);

CREATE TABLE escalation_windows (
    source               TEXT             NOT NULL,
    target               TEXT             NOT NULL,
    granularity          TEXT             NOT NULL CHECK (granularity IN ('hour', 'day')),
    window_start         TIMESTAMPTZ      NOT NULL,
    window_end           TIMESTAMPTZ      NOT NULL,
    events               INTEGER          NOT NULL,
    verbal_cooperation   INTEGER          NOT NULL,
    material_cooperation INTEGER          NOT NULL,
    verbal_conflict      INTEGER          NOT NULL,
    material_conflict    INTEGER          NOT NULL,
    intensity_sum        DOUBLE PRECISION NOT NULL,
    intensity_mean       DOUBLE PRECISION NOT NULL,
    conflict_intensity   DOUBLE PRECISION NOT NULL,
    baseline             DOUBLE PRECISION,
    alert                BOOLEAN          NOT NULL,
    updated_at           TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (source, target, granularity, window_start),
    CHECK (window_end > window_start)
);

CREATE INDEX escalation_windows_time_idx ON escalation_windows (granularity, window_start);

CREATE OR REPLACE VIEW active_stories AS
SELECT id, version, headline, byline, body, dateline, agency, language, format, urgency, first_created,
       version_created, received, enriched_at, countries, escalation_score, content_hash, enrichment_version,
       stored_at, record_json, story_time
FROM stories
WHERE status = 'active';

CREATE VIEW active_story_entities AS
SELECT e.story_id, e.entity_id, e.type, e.name, e.country, e.role, e.subtype, e.external_id, e.mention_count,
       e.first_mention, e.story_time
FROM story_entities e
JOIN stories s ON s.id = e.story_id
WHERE s.status = 'active';

CREATE VIEW active_story_countries AS
SELECT c.story_id, c.country, c.rank, c.story_time
FROM story_countries c
JOIN stories s ON s.id = c.story_id
WHERE s.status = 'active';

CREATE VIEW active_story_events AS
SELECT v.story_id, v.ordinal, v.event_time, v.event_day, v.type, v.cameo, v.quad, v.intensity, v.source_text,
       v.source_country, v.source_sector, v.source_entity_id, v.target_text, v.target_country, v.target_sector,
       v.target_entity_id, v.trigger_start, v.trigger_end, v.trigger_text, v.sentence, v.negated, v.hypothetical,
       v.background
FROM story_events v
JOIN stories s ON s.id = v.story_id
WHERE s.status = 'active';

-- Per directed country pair and UTC day, from the stored events of active stories: events that happened (not
-- negated, not hypothetical, not background). Follows kills at once; no baseline.
CREATE VIEW daily_dyad_events AS
SELECT source_country                                        AS source,
       target_country                                        AS target,
       event_day                                             AS day,
       COUNT(*)                                              AS events,
       COUNT(DISTINCT story_id)                              AS stories,
       COUNT(*) FILTER (WHERE quad = 1)                      AS verbal_cooperation,
       COUNT(*) FILTER (WHERE quad = 2)                      AS material_cooperation,
       COUNT(*) FILTER (WHERE quad = 3)                      AS verbal_conflict,
       COUNT(*) FILTER (WHERE quad = 4)                      AS material_conflict,
       COALESCE(SUM(intensity), 0)                           AS intensity_sum,
       COALESCE(AVG(intensity), 0)                           AS intensity_mean,
       COALESCE(SUM(-intensity) FILTER (WHERE intensity < 0), 0) AS conflict_intensity
FROM active_story_events
WHERE source_country IS NOT NULL AND target_country IS NOT NULL
  AND NOT negated AND NOT hypothetical AND NOT background
GROUP BY source_country, target_country, event_day;

-- Per directed country pair and UTC day, as enrich's escalation aggregation last emitted it, with baseline and alert.
CREATE VIEW daily_escalation AS
SELECT source, target, (window_start AT TIME ZONE 'UTC')::date AS day, events, verbal_cooperation,
       material_cooperation, verbal_conflict, material_conflict, intensity_sum, intensity_mean, conflict_intensity,
       baseline, alert, updated_at
FROM escalation_windows
WHERE granularity = 'day';
