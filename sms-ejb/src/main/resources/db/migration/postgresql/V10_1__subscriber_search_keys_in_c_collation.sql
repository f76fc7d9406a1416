-- The subscriber list's search keys (customer ID, name key, mobile, city) compare in the C collation, byte by byte.
-- Why: a search "name starts with X" sorted by name (LIMIT 25) has two plans, the prefix index of V2_1 plus a sort,
-- or a walk of the sort index (name_key, customer_id) filtering every row. PostgreSQL can bound that walk by the
-- prefix only under the C collation; outside it the walk starts at the first name in the table, and the planner,
-- which misjudges how many rows a prefix matches, chose it for names late in the alphabet: 3 to 9 s per page at
-- 1,000,000 subscribers (sms-bench RESULTS.md). Under C the sort index itself serves "starts with" and the order,
-- 1 ms, and the pattern-ops twins of V2_1 are no longer needed.
-- These columns are keys: upper-case names, ASCII customer IDs, digits and city names; C orders them A to Z (non-Latin
-- names by code point).
ALTER TABLE subscriber ALTER COLUMN customer_id TYPE VARCHAR(20) COLLATE "C";
ALTER TABLE subscriber ALTER COLUMN name_key TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE subscriber ALTER COLUMN mobile TYPE VARCHAR(10) COLLATE "C";
ALTER TABLE subscriber ALTER COLUMN billing_city TYPE VARCHAR(60) COLLATE "C";
DROP INDEX ix_subscriber_customer_id_prefix;
DROP INDEX ix_subscriber_name_key_prefix;
DROP INDEX ix_subscriber_mobile_prefix;
DROP INDEX ix_subscriber_city_prefix;
