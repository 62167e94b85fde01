-- A window row is the last state the escalation topic holds for its key, nothing else: enrich's emission time
-- (updated_at) moved forward every time the index was recomputed, so a second run over the same input changed a table
-- whose every measure stayed the same. The topic still carries updatedAt; partition order decides which state is last.
DROP VIEW daily_escalation;
ALTER TABLE escalation_windows DROP COLUMN updated_at;

-- Per directed country pair and UTC day, as enrich's escalation aggregation last emitted it, with baseline and alert.
CREATE VIEW daily_escalation AS
SELECT source, target, substr(window_start, 1, 10) AS day, events, verbal_cooperation, material_cooperation,
       verbal_conflict, material_conflict, intensity_sum, intensity_mean, conflict_intensity, baseline, alert
FROM escalation_windows
WHERE granularity = 'day';
