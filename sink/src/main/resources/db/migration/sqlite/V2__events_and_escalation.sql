-- Events coded in each story, the escalation index per dyad and window, the time every story is dated by, and the
-- analyst views over active stories only. See docs/storage.md.
-- Times are ISO-8601 UTC text with milliseconds, days 'YYYY-MM-DD' text, booleans 0/1.

-- The time a story is dated by: versionCreated, else firstCreated, else received. Copied onto its entity, country and
-- event rows so that "about X in this time range" is one index range scan. (The default only satisfies NOT NULL for
-- ADD COLUMN; the sink always writes the column.)
ALTER TABLE stories ADD COLUMN story_time TEXT NOT NULL DEFAULT '';
UPDATE stories SET story_time = COALESCE(version_created, first_created, received);
CREATE INDEX stories_story_time_idx ON stories (story_time);
-- story_time is what stories are dated by now; two fewer indexes to write per story
DROP INDEX stories_first_created_idx;
DROP INDEX stories_received_idx;

-- story_entities and story_countries are rebuilt: clustered on their primary key (WITHOUT ROWID: one B-tree fewer
-- to write per row), with the story time, and without the foreign key to stories (the sink writes child rows only
-- with their story, in one transaction; the check cost a tenth of the write). Only active stories have entity,
-- country and event rows: a kill or a withhold removes them (V1 kept them).
CREATE TABLE story_entities_v2 (
    story_id      TEXT    NOT NULL,
    entity_id     TEXT    NOT NULL,
    type          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    country       TEXT,
    role          TEXT,
    subtype       TEXT,
    external_id   TEXT,
    mention_count INTEGER NOT NULL,
    first_mention INTEGER,
    story_time    TEXT    NOT NULL,
    PRIMARY KEY (story_id, entity_id)
) WITHOUT ROWID;
INSERT INTO story_entities_v2 (story_id, entity_id, type, name, country, role, subtype, external_id, mention_count,
                               first_mention, story_time)
SELECT e.story_id, e.entity_id, e.type, e.name, e.country, e.role, e.subtype, e.external_id, e.mention_count,
       e.first_mention, s.story_time
FROM story_entities e
JOIN stories s ON s.id = e.story_id
WHERE s.status = 'active';
DROP TABLE story_entities;
ALTER TABLE story_entities_v2 RENAME TO story_entities;
CREATE INDEX story_entities_entity_time_idx ON story_entities (entity_id, story_time);

CREATE TABLE story_countries_v2 (
    story_id   TEXT    NOT NULL,
    country    TEXT    NOT NULL,
    rank       INTEGER NOT NULL,
    story_time TEXT    NOT NULL,
    PRIMARY KEY (story_id, country)
) WITHOUT ROWID;
INSERT INTO story_countries_v2 (story_id, country, rank, story_time)
SELECT c.story_id, c.country, c.rank, s.story_time
FROM story_countries c
JOIN stories s ON s.id = c.story_id
WHERE s.status = 'active';
DROP TABLE story_countries;
ALTER TABLE story_countries_v2 RENAME TO story_countries;
CREATE INDEX story_countries_country_time_idx ON story_countries (country, story_time);

CREATE TABLE story_events (
    story_id         TEXT    NOT NULL,
    ordinal          INTEGER NOT NULL,
    event_time       TEXT    NOT NULL,
    event_day        TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    cameo            TEXT,
    quad             INTEGER,
    intensity        REAL,
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
    sentence         INTEGER NOT NULL,
    negated          INTEGER NOT NULL CHECK (negated IN (0, 1)),
    hypothetical     INTEGER NOT NULL CHECK (hypothetical IN (0, 1)),
    background       INTEGER NOT NULL CHECK (background IN (0, 1)),
    PRIMARY KEY (story_id, ordinal)
) WITHOUT ROWID;

CREATE INDEX story_events_dyad_day_idx ON story_events (source_country, target_country, event_day);
CREATE INDEX story_events_type_day_idx ON story_events (type, event_day);

CREATE TABLE escalation_windows (
    source               TEXT    NOT NULL,
    target               TEXT    NOT NULL,
    granularity          TEXT    NOT NULL CHECK (granularity IN ('hour', 'day')),
    window_start         TEXT    NOT NULL,
    window_end           TEXT    NOT NULL,
    events               INTEGER NOT NULL,
    verbal_cooperation   INTEGER NOT NULL,
    material_cooperation INTEGER NOT NULL,
    verbal_conflict      INTEGER NOT NULL,
    material_conflict    INTEGER NOT NULL,
    intensity_sum        REAL    NOT NULL,
    intensity_mean       REAL    NOT NULL,
    conflict_intensity   REAL    NOT NULL,
    baseline             REAL,
    alert                INTEGER NOT NULL CHECK (alert IN (0, 1)),
    updated_at           TEXT    NOT NULL,
    PRIMARY KEY (source, target, granularity, window_start),
    CHECK (window_end > window_start)
) WITHOUT ROWID;

CREATE INDEX escalation_windows_time_idx ON escalation_windows (granularity, window_start);

DROP VIEW active_stories;
CREATE VIEW active_stories AS
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
SELECT source_country                                             AS source,
       target_country                                             AS target,
       event_day                                                  AS day,
       COUNT(*)                                                   AS events,
       COUNT(DISTINCT story_id)                                   AS stories,
       COUNT(*) FILTER (WHERE quad = 1)                           AS verbal_cooperation,
       COUNT(*) FILTER (WHERE quad = 2)                           AS material_cooperation,
       COUNT(*) FILTER (WHERE quad = 3)                           AS verbal_conflict,
       COUNT(*) FILTER (WHERE quad = 4)                           AS material_conflict,
       COALESCE(SUM(intensity), 0.0)                              AS intensity_sum,
       COALESCE(AVG(intensity), 0.0)                              AS intensity_mean,
       COALESCE(SUM(-intensity) FILTER (WHERE intensity < 0), 0.0) AS conflict_intensity
FROM active_story_events
WHERE source_country IS NOT NULL AND target_country IS NOT NULL
  AND NOT negated AND NOT hypothetical AND NOT background
GROUP BY source_country, target_country, event_day;

-- Per directed country pair and UTC day, as enrich's escalation aggregation last emitted it, with baseline and alert.
CREATE VIEW daily_escalation AS
SELECT source, target, substr(window_start, 1, 10) AS day, events, verbal_cooperation, material_cooperation,
       verbal_conflict, material_conflict, intensity_sum, intensity_mean, conflict_intensity, baseline, alert,
       updated_at
FROM escalation_windows
WHERE granularity = 'day';
