-- The analysts' dashboard (docs/dashboard.md) pages through the latest stories newest first, by (story_time, id): with
-- the id in the index the page is one range of it in order, cut by LIMIT, instead of a sort of every story. It serves
-- every query the story_time index served, so it replaces it: no extra index to write per story.
CREATE INDEX stories_story_time_id_idx ON stories (story_time, id);
DROP INDEX stories_story_time_idx;

-- The latest stories carrying an event type, newest first: one range of this index, in order, cut by LIMIT
-- ((type, event_day) cannot give that order within a day).
CREATE INDEX story_events_type_time_idx ON story_events (type, event_time, story_id);
