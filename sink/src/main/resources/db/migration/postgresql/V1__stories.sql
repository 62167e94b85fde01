-- The latest version of every story, with what enrich found in it. See docs/storage.md.

CREATE TABLE stories (
    id                 TEXT PRIMARY KEY,
    version            BIGINT           NOT NULL,
    status             TEXT             NOT NULL CHECK (status IN ('active', 'withheld', 'canceled')),
    headline           TEXT             NOT NULL,
    byline             TEXT,
    body               TEXT             NOT NULL,
    dateline           TEXT,
    agency             TEXT,
    language           TEXT,
    format             TEXT             NOT NULL,
    urgency            INTEGER,
    first_created      TIMESTAMPTZ,
    version_created    TIMESTAMPTZ,
    received           TIMESTAMPTZ      NOT NULL,
    enriched_at        TIMESTAMPTZ      NOT NULL,
    countries          TEXT[]           NOT NULL,
    escalation_score   DOUBLE PRECISION,
    content_hash       TEXT             NOT NULL,
    enrichment_version TEXT             NOT NULL,
    stored_at          TIMESTAMPTZ      NOT NULL,
    record_json        JSONB            NOT NULL
);

CREATE INDEX stories_first_created_idx ON stories (first_created);
CREATE INDEX stories_received_idx ON stories (received);
CREATE INDEX stories_stored_at_idx ON stories (stored_at);

CREATE TABLE story_entities (
    story_id      TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    entity_id     TEXT    NOT NULL,
    type          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    country       TEXT,
    role          TEXT,
    subtype       TEXT,
    external_id   TEXT,
    mention_count INTEGER NOT NULL,
    first_mention INTEGER,
    PRIMARY KEY (story_id, entity_id)
);

CREATE INDEX story_entities_entity_idx ON story_entities (entity_id, story_id);

CREATE TABLE story_countries (
    story_id TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    country  TEXT    NOT NULL,
    rank     INTEGER NOT NULL,
    PRIMARY KEY (story_id, country)
);

CREATE INDEX story_countries_country_idx ON story_countries (country, story_id);

CREATE VIEW active_stories AS
SELECT id, version, headline, byline, body, dateline, agency, language, format, urgency, first_created,
       version_created, received, enriched_at, countries, escalation_score, content_hash, enrichment_version,
       stored_at, record_json
FROM stories
WHERE status = 'active';
