-- The area filter matches from the start (LIKE 'prefix%'), like city: PostgreSQL needs a pattern-ops index for that
-- outside the C collation (see V2_1). ix_subscriber_area (V8) still serves the exact area of bulk jobs.
CREATE INDEX ix_subscriber_area_prefix ON subscriber (area varchar_pattern_ops);
