-- Serial and card-number filters match from the start (LIKE 'prefix%'): PostgreSQL needs pattern-ops indexes for
-- that outside the C collation (see V2_1). Sorting and exact look-ups use the unique constraints' indexes.
CREATE INDEX ix_stb_serial_prefix ON stb (serial varchar_pattern_ops);
CREATE INDEX ix_smart_card_number_prefix ON smart_card (card_number varchar_pattern_ops);
CREATE INDEX ix_lco_code_prefix ON lco (code varchar_pattern_ops);
