-- Subscriber search (issue 4 item 7): the list filters by LCO, area, STB serial and card number. Standard SQL for
-- PostgreSQL and H2; keep in step with oracle/ V11.
-- The STB and card filters need no index of their own: they read the unique indexes of current pairs (V9,
-- uk_pairing_current_stb / uk_pairing_current_card), then the subscriber's primary key. The LCO filter matches
-- lco_id exactly; ix_subscriber_lco (V8: lco_id, customer_id) serves it in customer ID order, and these serve an LCO's
-- list by name and an LCO's subscribers of one status (counted from the index alone, like V2 for state and status).
CREATE INDEX ix_subscriber_lco_name ON subscriber (lco_id, name_key, customer_id);
CREATE INDEX ix_subscriber_lco_status ON subscriber (lco_id, status, customer_id);

-- a bulk job on the list's filter keeps the new filters too
ALTER TABLE bulk_job ADD filter_lco VARCHAR(20);
ALTER TABLE bulk_job ADD filter_area VARCHAR(60);
ALTER TABLE bulk_job ADD filter_stb VARCHAR(64);
ALTER TABLE bulk_job ADD filter_card VARCHAR(32);
